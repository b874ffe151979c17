package com.newstore.sdk.webhooks;

import com.newstore.sdk.webhooks.internal.JsonValues;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Holds the payload of {@code payment_account.amount_authorized} and {@code
 * payment_account.amount_captured}. The field names are unconfirmed: each may be absent, and the
 * whole payload is in {@link StreamEvent#payload()}.
 *
 * @param id {@code id} (the payment account), if sent
 * @param orderId {@code order_id}, if sent
 * @param amount {@code amount}, if sent
 * @param currency {@code currency}, if sent
 * @param unknownFields every other payload field, kept as parsed
 */
public record PaymentAccountEventPayload(
    @Nullable String id,
    @Nullable String orderId,
    @Nullable BigDecimal amount,
    @Nullable String currency,
    Map<String, @Nullable Object> unknownFields) {
  /**
   * Copies the components.
   *
   * @param id see the record description
   * @param orderId see the record description
   * @param amount see the record description
   * @param currency see the record description
   * @param unknownFields see the record description
   */
  public PaymentAccountEventPayload {
    unknownFields = JsonValues.immutableCopy(unknownFields);
  }
}
