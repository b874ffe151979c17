package com.newstore.sdk.preflight;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Names the kind of integration a tenant is set up for; it decides which checks run and which
 * settings are required rather than recommended. Declare several when a tenant runs several flows.
 *
 * <pre>{@code
 * IntegrationProfile p = IntegrationProfile.parse("endless-aisle"); // ENDLESS_AISLE
 * }</pre>
 */
public enum IntegrationProfile {
  /** Cash &amp; carry orders captured in the Associate App and sent to the external OMS. */
  CASH_AND_CARRY("cash-and-carry", true),
  /** Endless-aisle orders: ATP comes from the external OMS, payment is pre-captured. */
  ENDLESS_AISLE("endless-aisle", true),
  /** Mixed-cart orders: cash &amp; carry and endless-aisle items in one order. */
  MIXED_CART("mixed-cart", true),
  /** Orders injected by the external OMS and fulfilled by NewStore stores. */
  STORE_FULFILLMENT("store-fulfillment", true),
  /** A distribution center's WMS acting as a fulfillment provider (seed 004). */
  DC_FULFILLMENT_PROVIDER("dc-fulfillment-provider", false);

  private final String cliName;
  private final boolean externalOms;

  IntegrationProfile(String cliName, boolean externalOms) {
    this.cliName = cliName;
    this.externalOms = externalOms;
  }

  /**
   * Returns the name used on the command line and in JSON, such as {@code endless-aisle}.
   *
   * @return the kebab-case name
   */
  public String cliName() {
    return cliName;
  }

  /**
   * Returns whether this profile puts an external OMS in charge of orders.
   *
   * @return true for every profile but {@link #DC_FULFILLMENT_PROVIDER}
   */
  public boolean externalOms() {
    return externalOms;
  }

  /**
   * Returns the profile with this command-line name or constant name, ignoring case.
   *
   * @param name such as {@code mixed-cart} or {@code MIXED_CART}
   * @return the profile
   * @throws IllegalArgumentException when no profile has that name; the message lists them all
   */
  public static IntegrationProfile parse(String name) {
    Objects.requireNonNull(name, "name == null");
    String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (IntegrationProfile p : values()) {
      if (p.cliName.equals(wanted)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown profile '"
            + name
            + "'; use one of "
            + Arrays.stream(values())
                .map(IntegrationProfile::cliName)
                .collect(Collectors.joining(", ")));
  }
}
