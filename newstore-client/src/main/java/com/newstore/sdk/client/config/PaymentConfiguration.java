package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One payment configuration document ({@code /v1/p/config/{name}}), kept whole: for example the
 * Adyen adapter's {@code {"config": [{provider_name, merchant_accounts, capture_delay, …}]}}.
 * NewStore's write replaces the whole document, so change a document you read (the withers keep
 * every other member), or use {@link ConfigResource#update}. Immutable.
 *
 * <pre>{@code
 * client.paymentConfig().config(PaymentConfigName.PAYMENT_OPTIONS)
 *     .update(c -> c.withUseChargeApi(true));
 * }</pre>
 *
 * <p>Which document holds {@code use_charge_api}, and where in it, is <strong>unknown</strong>: the
 * SDK reads and writes it at {@link #USE_CHARGE_API_POINTER} in the document you pick; pass another
 * JSON pointer to {@link #useChargeApi(String)} and {@link #withUseChargeApi(String, boolean)} if
 * your tenant keeps it elsewhere.
 *
 * @param document the JSON document, every member kept
 */
public record PaymentConfiguration(Map<String, Object> document) {
  /** The default location of {@code use_charge_api}, a JSON pointer; unconfirmed. */
  public static final String USE_CHARGE_API_POINTER = "/use_charge_api";

  /**
   * Copies the document.
   *
   * @param document see the record description
   */
  public PaymentConfiguration {
    document = JsonTree.copy(Objects.requireNonNull(document, "document == null"));
  }

  /**
   * Returns an empty document, to build one from nothing.
   *
   * @return a document without members
   */
  public static PaymentConfiguration empty() {
    return new PaymentConfiguration(Map.of());
  }

  /**
   * Returns {@code use_charge_api} at {@link #USE_CHARGE_API_POINTER}.
   *
   * @return the flag, or empty when not set there
   */
  public Optional<Boolean> useChargeApi() {
    return useChargeApi(USE_CHARGE_API_POINTER);
  }

  /**
   * Returns {@code use_charge_api} at a location of your choice.
   *
   * @param pointer a JSON pointer
   * @return the flag, or empty when not set there
   */
  public Optional<Boolean> useChargeApi(String pointer) {
    return JsonTree.flag(document, pointer);
  }

  /**
   * Returns a copy with {@code use_charge_api} set at {@link #USE_CHARGE_API_POINTER}.
   *
   * @param enabled whether payments go through the charge API
   * @return the changed copy
   */
  public PaymentConfiguration withUseChargeApi(boolean enabled) {
    return withUseChargeApi(USE_CHARGE_API_POINTER, enabled);
  }

  /**
   * Returns a copy with {@code use_charge_api} set at a location of your choice.
   *
   * @param pointer a JSON pointer
   * @param enabled whether payments go through the charge API
   * @return the changed copy
   */
  public PaymentConfiguration withUseChargeApi(String pointer, boolean enabled) {
    return with(pointer, enabled);
  }

  /**
   * Returns the member at a JSON pointer: a map, list, string, {@link java.math.BigDecimal} or
   * boolean.
   *
   * @param pointer a JSON pointer, such as {@code /config/0/capture_delay}
   * @return the member, or empty when absent
   */
  public Optional<Object> at(String pointer) {
    return JsonTree.at(document, pointer);
  }

  /**
   * Returns a copy with the member at a JSON pointer replaced, objects on the way created.
   *
   * @param pointer a JSON pointer
   * @param value the new value; null removes the member
   * @return the changed copy
   */
  public PaymentConfiguration with(String pointer, @Nullable Object value) {
    return new PaymentConfiguration(JsonTree.with(document, pointer, value));
  }
}
