package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Describes a service level customers can pick: an entry of {@code service_levels}, keyed by its
 * identifier, which the customer defines.
 *
 * <pre>{@code
 * ServiceLevel priority = ServiceLevel.builder("Priority", "USD")
 *     .deliveryTime("2-4 business days")
 *     .price(BigDecimal.ZERO)
 *     .build();
 * }</pre>
 *
 * @param currencyCode {@code currency_code}, three upper-case letters
 * @param deliveryTime {@code delivery_time}, free text such as {@code 2-4 business days}
 * @param deliveryTimeAfterCutoffHour {@code delivery_time_after_cutoff_hour}, may be empty
 * @param displayName {@code display_name}
 * @param price {@code price}, zero or more
 * @param remorsePeriod {@code remorse_period}, zero or more
 * @param taxCode {@code tax_code}, may be empty
 * @param extras members the SDK does not model, kept for round trips
 */
public record ServiceLevel(
    @Json(name = "currency_code") @NotBlank @Pattern(regexp = "[A-Z]{3}") String currencyCode,
    @Json(name = "delivery_time") @Nullable String deliveryTime,
    @Json(name = "delivery_time_after_cutoff_hour") @Nullable String deliveryTimeAfterCutoffHour,
    @Json(name = "display_name") @NotBlank String displayName,
    @PositiveOrZero @Nullable BigDecimal price,
    @Json(name = "remorse_period") @PositiveOrZero @Nullable Integer remorsePeriod,
    @Json(name = "tax_code") @Nullable String taxCode,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the extras.
   *
   * @param currencyCode {@code currency_code}
   * @param deliveryTime {@code delivery_time}
   * @param deliveryTimeAfterCutoffHour {@code delivery_time_after_cutoff_hour}
   * @param displayName {@code display_name}
   * @param price {@code price}
   * @param remorsePeriod {@code remorse_period}
   * @param taxCode {@code tax_code}
   * @param extras unknown members; null means none
   */
  public ServiceLevel {
    extras = JsonTree.copy(extras);
  }

  /**
   * Returns a builder.
   *
   * @param displayName {@code display_name}
   * @param currencyCode {@code currency_code}
   * @return a builder
   */
  public static Builder builder(String displayName, String currencyCode) {
    return new Builder(displayName, currencyCode);
  }

  /** Builds a {@link ServiceLevel}. Not thread-safe. */
  public static final class Builder {
    private final String displayName;
    private final String currencyCode;
    private @Nullable String deliveryTime;
    private @Nullable String deliveryTimeAfterCutoffHour;
    private @Nullable BigDecimal price;
    private @Nullable Integer remorsePeriod;
    private @Nullable String taxCode;

    private Builder(String displayName, String currencyCode) {
      this.displayName = displayName;
      this.currencyCode = currencyCode;
    }

    /**
     * Sets {@code delivery_time}.
     *
     * @param deliveryTime free text
     * @return this builder
     */
    public Builder deliveryTime(String deliveryTime) {
      this.deliveryTime = deliveryTime;
      return this;
    }

    /**
     * Sets {@code delivery_time_after_cutoff_hour}.
     *
     * @param text free text
     * @return this builder
     */
    public Builder deliveryTimeAfterCutoffHour(String text) {
      this.deliveryTimeAfterCutoffHour = text;
      return this;
    }

    /**
     * Sets {@code price}.
     *
     * @param price zero or more
     * @return this builder
     */
    public Builder price(BigDecimal price) {
      this.price = price;
      return this;
    }

    /**
     * Sets {@code remorse_period}.
     *
     * @param remorsePeriod zero or more
     * @return this builder
     */
    public Builder remorsePeriod(int remorsePeriod) {
      this.remorsePeriod = remorsePeriod;
      return this;
    }

    /**
     * Sets {@code tax_code}.
     *
     * @param taxCode the tax code
     * @return this builder
     */
    public Builder taxCode(String taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Builds the service level.
     *
     * @return the service level
     */
    public ServiceLevel build() {
      return new ServiceLevel(
          currencyCode,
          deliveryTime,
          deliveryTimeAfterCutoffHour,
          displayName,
          price,
          remorsePeriod,
          taxCode,
          Map.of());
    }
  }
}
