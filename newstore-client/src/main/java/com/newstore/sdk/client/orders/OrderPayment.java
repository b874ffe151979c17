package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Describes a payment already made for an injected order. NewStore does not check payments; it
 * accepts only {@code authorized} and {@code captured} ones. Orders without a live payment provider
 * use the processor {@code non_integrated}.
 *
 * <pre>{@code
 * OrderPayment paid = new OrderPayment(PaymentType.CAPTURED, new BigDecimal("40.00"),
 *     "credit_card", Instant.parse("2025-03-04T10:00:05Z"), "adyen", "psp-1", null, null);
 * }</pre>
 *
 * @param type {@code type}: {@link PaymentType#AUTHORIZED} or {@link PaymentType#CAPTURED}
 * @param amount {@code amount}, more than zero
 * @param method {@code method}, such as {@code credit_card}; 1 to 64 characters
 * @param processedAt {@code processed_at}
 * @param processor {@code processor}, such as {@code adyen}; 1 to 32 characters
 * @param correlationRef {@code correlation_ref}, the processor's reference; 1 to 128 characters,
 *     unique within the order
 * @param wallet {@code wallet}, 1 to 64 characters
 * @param metadata {@code metadata}, at most 100 members, sent as given
 */
public record OrderPayment(
    @NotNull PaymentType type,
    @NotNull @Positive BigDecimal amount,
    @NotNull @Size(min = 1, max = 64) String method,
    @Json(name = "processed_at") @NotNull Instant processedAt,
    @NotNull @Size(min = 1, max = 32) String processor,
    @Json(name = "correlation_ref") @NotNull @Size(min = 1, max = 128) String correlationRef,
    @Size(min = 1, max = 64) @Nullable String wallet,
    @Size(max = 100) @Nullable Map<String, Object> metadata) {
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

  /**
   * Returns whether the type is one NewStore accepts on injection.
   *
   * @return true for {@code authorized} and {@code captured}
   */
  @AssertTrue(message = "type must be authorized or captured")
  public boolean isTypeAccepted() {
    return type == null || type.isKnown();
  }
}
