package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Describes a payment already made for an injected order.
 *
 * <pre>{@code
 * OrderPayment paid = new OrderPayment(PaymentType.CAPTURED, new BigDecimal("20.00"),
 *     "credit_card", Instant.now(), "adyen", "psp-ref-1", null, null);
 * }</pre>
 *
 * @param type {@code type}, authorized or captured
 * @param amount {@code amount}, zero or more
 * @param method {@code method}, such as {@code credit_card}
 * @param processedAt {@code processed_at}
 * @param processor {@code processor}, such as {@code adyen}
 * @param correlationRef {@code correlation_ref}, the processor's reference
 * @param wallet {@code wallet}
 * @param metadata {@code metadata}, sent as given
 */
public record OrderPayment(
    @NotNull PaymentType type,
    @NotNull @PositiveOrZero BigDecimal amount,
    @NotBlank String method,
    @Json(name = "processed_at") @Nullable Instant processedAt,
    @Nullable String processor,
    @Json(name = "correlation_ref") @Nullable String correlationRef,
    @Nullable String wallet,
    @Nullable Map<String, Object> metadata) {
  /**
   * Copies the metadata.
   *
   * @param type {@code type}
   * @param amount {@code amount}
   * @param method {@code method}
   * @param processedAt {@code processed_at}
   * @param processor {@code processor}
   * @param correlationRef {@code correlation_ref}
   * @param wallet {@code wallet}
   * @param metadata {@code metadata}
   */
  public OrderPayment {
    metadata = metadata == null ? null : Extras.copy(metadata);
  }
}
