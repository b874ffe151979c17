package com.newstore.sdk.client.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Objects;
import org.hibernate.validator.constraints.URL;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Tells NewStore how to ask the external OMS for product availability (ATP): the https {@code url}
 * it POSTs to, the {@code apiKey} it authenticates with (at least 20 characters), the product
 * identifier it sends (only {@code product_id} today) and how long it waits (5 to 60 seconds; a
 * failure or timeout counts as no stock). The key never appears in {@link #toString()}. Immutable.
 *
 * <pre>{@code
 * client.availabilityConfig().webhook().set(
 *     AvailabilityWebhookConfig.of("https://oms.example.com/atp", apiKey, Duration.ofSeconds(10)));
 * }</pre>
 *
 * @param url the absolute https URL NewStore calls
 * @param apiKey the key NewStore sends, at least 20 characters
 * @param externalIdentifier the product identifier NewStore sends; only {@code product_id}
 * @param timeout how long NewStore waits, whole seconds, 5 to 60 seconds
 */
public record AvailabilityWebhookConfig(
    @NotNull @URL(protocol = "https", message = "must be an absolute https URL") String url,
    @NotNull @Size(min = 20, message = "must be at least 20 characters long") String apiKey,
    @NotNull @Valid ExternalIdentifier externalIdentifier,
    @DurationMin(seconds = 5, message = "must be at least 5 seconds")
        @DurationMax(seconds = 60, message = "must be at most 60 seconds")
        Duration timeout) {
  /**
   * Checks the components.
   *
   * @param url see the record description
   * @param apiKey see the record description
   * @param externalIdentifier see the record description
   * @param timeout see the record description
   */
  public AvailabilityWebhookConfig {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(apiKey, "apiKey == null");
    Objects.requireNonNull(externalIdentifier, "externalIdentifier == null");
    Objects.requireNonNull(timeout, "timeout == null");
  }

  /**
   * Returns a configuration that identifies products by {@code product_id}.
   *
   * @param url the absolute https URL NewStore calls
   * @param apiKey the key NewStore sends, at least 20 characters
   * @param timeout how long NewStore waits, 5 to 60 seconds
   * @return the configuration
   */
  public static AvailabilityWebhookConfig of(String url, String apiKey, Duration timeout) {
    return new AvailabilityWebhookConfig(url, apiKey, ExternalIdentifier.PRODUCT_ID, timeout);
  }

  @Override
  public String toString() {
    return "AvailabilityWebhookConfig[url="
        + url
        + ", apiKey=<redacted>, externalIdentifier="
        + externalIdentifier
        + ", timeout="
        + timeout
        + "]";
  }
}
