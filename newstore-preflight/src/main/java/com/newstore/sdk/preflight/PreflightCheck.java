package com.newstore.sdk.preflight;

import static com.newstore.sdk.preflight.IntegrationProfile.CASH_AND_CARRY;
import static com.newstore.sdk.preflight.IntegrationProfile.DC_FULFILLMENT_PROVIDER;
import static com.newstore.sdk.preflight.IntegrationProfile.ENDLESS_AISLE;
import static com.newstore.sdk.preflight.IntegrationProfile.MIXED_CART;
import static com.newstore.sdk.preflight.IntegrationProfile.STORE_FULFILLMENT;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Lists every check the preflight knows, in the playbook's order (seed 000's prerequisites, then
 * seed 004's DC, fulfillment and transfer configurations), with the playbook line it comes from and
 * the profiles it applies to. The ATP webhook comes before the flag that makes NewStore call it
 * (seed 000: "first set up a webhook configuration for availabilities"). docs/preflight.md is the
 * long form of this list; the README's prerequisites and the quickstart's playbook follow the same
 * order (a build check compares them).
 *
 * <pre>{@code
 * for (PreflightCheck c : PreflightCheck.values()) {
 *   System.out.println(c.id() + ": " + c.playbook());
 * }
 * }</pre>
 */
public enum PreflightCheck {
  /** External OMS enabled ({@code /v0/config/sales_order/external_oms}). */
  EXTERNAL_OMS_ENABLED(
      "external-oms.enabled",
      "External OMS enabled (sales order config external_oms)",
      "Enable the external OMS configuration via the external OMS API. Enable the order"
          + " configuration in the platform via the Sales order config API.",
      Scope.EXTERNAL_OMS),
  /** An order id sequence is set (it cannot change once applied). */
  ORDER_ID_SEQUENCE(
      "sales-order.order-id-sequence",
      "Order ID sequence set",
      "Enable the order configuration in the platform via the Sales order config API.",
      Scope.EXTERNAL_OMS),
  /** The grace period reads back. */
  GRACE_PERIOD(
      "sales-order.grace-period",
      "Grace period readable (unset = NewStore's default)",
      "Enable the order configuration in the platform via the Sales order config API.",
      Scope.EXTERNAL_OMS),
  /** The cancellable locations read back. */
  CANCELLABLE_LOCATIONS(
      "sales-order.cancellable-locations",
      "Cancellable locations readable (unset = NewStore's default)",
      "Enable the order configuration in the platform via the Sales order config API.",
      Scope.EXTERNAL_OMS),
  /** The external order webhook (purchase history, order details) is configured. */
  EXTERNAL_ORDER_WEBHOOK(
      "sales-order.external-order-webhook",
      "External order webhook: URL, api key, timeout <= 25 s",
      "Register a webhook for order history or order details with the external OMS.",
      Scope.EXTERNAL_OMS),
  /** The availability webhook configuration exists and is valid when external ATP is on. */
  ATP_WEBHOOK(
      "availability.webhook",
      "ATP webhook: https URL, external_identifier product_id, api key >= 20 chars",
      "You have to register a webhook for ATP information with the external OMS. [...] Currently,"
          + " only product identifiers (product_id) are supported as possible values for the"
          + " external_identifier property in the request payload.",
      Scope.EXTERNAL_OMS),
  /** NewStore requests ATP from the external OMS (required for endless aisle and mixed cart). */
  EXTERNAL_ATP(
      "availability.external-atp",
      "External ATP requested (required for endless aisle and mixed cart)",
      "Specify that the external OMS is the source for ATP for all products in your business. It is"
          + " optional for Cash & Carry orders and required for Endless-aisle orders.",
      Scope.EXTERNAL_OMS),
  /** The Associate App uses the external OMS UI. */
  NEW_OM_UI(
      "associate-app.use-new-om-ui",
      "Associate App use_new_om_ui true",
      "Enable the external OMS UI Customization feature by using the Associate App Configuration"
          + " API and set the use_new_om_ui property to true.",
      Scope.EXTERNAL_OMS),
  /** The Associate App has the mixed cart capability. */
  MIXED_CART_CAPABILITY(
      "associate-app.mixed-cart",
      "Associate App capabilities.mixed_cart true",
      "Mixed-cart retailer and store configurations to update the mixed_cart property to true.",
      EnumSet.of(MIXED_CART)),
  /** The payment configuration uses the charge API. */
  USE_CHARGE_API(
      "payment.use-charge-api",
      "Payment config use_charge_api true",
      "Configure the payment configuration and set the use_charge_api to true.",
      Scope.EXTERNAL_OMS),
  /** Refund options hold original and external together. */
  REFUND_OPTIONS(
      "payment.refund-options",
      "Refund options: original and external together",
      "If you want to have refund option allowing to refund to the original payment method, use"
          + " original and external.",
      Scope.EXTERNAL_OMS),
  /** Order injection skips soft routing. */
  SKIP_SOFT_ROUTING(
      "order-injection.skip-soft-routing",
      "Order injection skip_soft_routing_on_injection true",
      "Use the Order Injection configuration endpoint to set the skip_soft_routing_on_injection"
          + " property to true.",
      EnumSet.of(STORE_FULFILLMENT)),
  /** Each declared DC has an https URL and an api key. */
  DISTRIBUTION_CENTER(
      "distribution-center.config",
      "DC config: https URL and api key for each declared DC",
      "A web URL (HTTPS) where the fulfillment request can be posted. [...] An API key provided by"
          + " your system to access the above URL. (seed 004)",
      EnumSet.of(DC_FULFILLMENT_PROVIDER)),
  /** Every service level is in every route's fulfilled_by. */
  SERVICE_LEVELS_ROUTED(
      "fulfillment.routes",
      "Every service level in every route's fulfilled_by",
      "All service_levels used by customers should be listed in: every route (section"
          + " fulfilled_by). (seed 000, for endless-aisle orders with an external OMS)",
      Scope.ENDLESS_AISLE_ROUTING),
  /** Every service level is in sl_levels_priority. */
  SERVICE_LEVEL_PRIORITY(
      "fulfillment.sl-levels-priority",
      "Every service level in sl_levels_priority",
      "All service_levels used by customers should be listed in: [...] section"
          + " sl_levels_priority. (seed 000, for endless-aisle orders with an external OMS)",
      Scope.ENDLESS_AISLE_ROUTING),
  /** Every provider rate a route references exists. */
  PROVIDER_RATES(
      "fulfillment.provider-rates",
      "Every referenced provider rate exists",
      "Also, ensure that delivery data (provider_rates) must be configured correctly.",
      Scope.ALL),
  /** The transfer shipping config carries the fulfillment config's service levels and priority. */
  TRANSFER_SHIPPING(
      "transfer-shipping.service-levels",
      "Transfer shipping config has the fulfillment config's service levels and priority",
      "Create a transfer configuration [...] and provide the same service levels and priority as"
          + " used in your fulfillment configuration. (seed 004)",
      EnumSet.of(DC_FULFILLMENT_PROVIDER)),
  /** Live probe: the ATP webhook answers as NewStore expects. */
  PROBE_AVAILABILITY(
      "probe.availability",
      "Probe: ATP webhook accepts the key, answers availabilities in time",
      "If the webhook request fails, or the external OMS is unavailable, NewStore assumes that no"
          + " items are available for the specified products.",
      Scope.EXTERNAL_OMS),
  /** Live probe: the purchase history webhook answers as NewStore expects. */
  PROBE_PURCHASE_HISTORY(
      "probe.purchase-history",
      "Probe: purchase history accepts the key, answers orders in time",
      "You can only retrieve the details of the last 100 orders placed by the customer, with the"
          + " latest orders listed first in the response payload.",
      Scope.EXTERNAL_OMS),
  /** Live probe: the order details webhook answers as NewStore expects. */
  PROBE_ORDER_DETAILS(
      "probe.order-details",
      "Probe: order details accepts the key, answers a valid order in time",
      "If the external OMS supports payment methods other than gift_card, credit_card, or cash,"
          + " omit the payment_history when requesting order details, so that the Associate App can"
          + " show the order details.",
      Scope.EXTERNAL_OMS);

  private final String id;
  private final String title;
  private final String playbook;
  private final Set<IntegrationProfile> profiles;

  PreflightCheck(String id, String title, String playbook, Set<IntegrationProfile> profiles) {
    this.id = id;
    this.title = title;
    this.playbook = playbook;
    this.profiles = Collections.unmodifiableSet(EnumSet.copyOf(profiles));
  }

  /**
   * Returns the stable id used in reports and JSON, such as {@code payment.use-charge-api}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns a one-line title for tables.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the playbook line (seed 000 unless it says otherwise) this check comes from.
   *
   * @return the quoted line
   */
  public String playbook() {
    return playbook;
  }

  /**
   * Returns the profiles this check applies to.
   *
   * @return an unmodifiable set
   */
  public Set<IntegrationProfile> profiles() {
    return profiles;
  }

  /**
   * Returns whether this check is a live call to the integrator's own webhook endpoints.
   *
   * @return true for the {@code probe.*} checks
   */
  public boolean isProbe() {
    return id.startsWith("probe.");
  }

  /**
   * Returns whether this check applies to any of the declared profiles.
   *
   * @param declared the declared profiles
   * @return true when at least one declared profile needs this check
   */
  public boolean appliesTo(Set<IntegrationProfile> declared) {
    Objects.requireNonNull(declared, "declared == null");
    return declared.stream().anyMatch(profiles::contains);
  }

  /**
   * Returns the check with this id.
   *
   * @param id such as {@code fulfillment.routes}
   * @return the check
   * @throws IllegalArgumentException when no check has that id
   */
  public static PreflightCheck byId(String id) {
    Objects.requireNonNull(id, "id == null");
    for (PreflightCheck c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown check id '" + id + "'");
  }

  /** Profile groups. */
  private static final class Scope {
    static final Set<IntegrationProfile> EXTERNAL_OMS =
        EnumSet.of(CASH_AND_CARRY, ENDLESS_AISLE, MIXED_CART, STORE_FULFILLMENT);
    static final Set<IntegrationProfile> ALL = EnumSet.allOf(IntegrationProfile.class);
    // Seed 000 states the routing rules only for endless-aisle orders; mixed cart carries them.
    static final Set<IntegrationProfile> ENDLESS_AISLE_ROUTING =
        EnumSet.of(ENDLESS_AISLE, MIXED_CART);

    private Scope() {}
  }
}
