package com.newstore.sdk.fulfillment;

import com.newstore.sdk.fulfillment.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Describes the package that carries shipped items: the {@code shipment} object of an update
 * shipping status call.
 *
 * <pre>{@code
 * Shipment shipment = Shipment.of("1Z999AA10123456784", "UPS")
 *     .withTrackingUrl("https://track.example/1Z999AA10123456784");
 * }</pre>
 *
 * @param trackingCode the carrier's tracking code ({@code tracking_code}); required
 * @param carrier the carrier, such as {@code UPS} ({@code carrier}); required
 * @param trackingUrl where the customer can track the package ({@code tracking_url}); the field
 *     name is unconfirmed
 * @param serviceLevel the service level used ({@code service_level}); the field name is unconfirmed
 * @param otherFields further fields sent as they are inside {@code shipment}, keyed by JSON name,
 *     for fields NewStore documents that the SDK does not model
 */
public record Shipment(
    String trackingCode,
    String carrier,
    @Nullable String trackingUrl,
    @Nullable String serviceLevel,
    Map<String, Object> otherFields) {
  private static final Set<String> MODELLED =
      Set.of("tracking_code", "carrier", "tracking_url", "service_level");

  /**
   * Checks and copies the components.
   *
   * @param trackingCode see the record description
   * @param carrier see the record description
   * @param trackingUrl see the record description
   * @param serviceLevel see the record description
   * @param otherFields see the record description
   * @throws com.newstore.sdk.client.NewStoreValidationException when the tracking code or carrier
   *     is blank, or another field repeats a modelled one
   */
  public Shipment {
    Checks checks =
        Checks.of("Shipment")
            .notBlank("trackingCode", trackingCode)
            .notBlank("carrier", carrier)
            .notNull("otherFields", otherFields);
    if (otherFields != null) {
      for (String key : otherFields.keySet()) {
        checks.check(!MODELLED.contains(key), "otherFields." + key, "is a modelled field");
      }
    }
    checks.throwIfInvalid();
    otherFields = Map.copyOf(otherFields);
  }

  /**
   * Returns a shipment with a tracking code and a carrier.
   *
   * @param trackingCode the tracking code
   * @param carrier the carrier
   * @return the shipment
   */
  public static Shipment of(String trackingCode, String carrier) {
    return new Shipment(trackingCode, carrier, null, null, Map.of());
  }

  /**
   * Returns a copy with a tracking URL.
   *
   * @param url the tracking URL
   * @return a new shipment
   */
  public Shipment withTrackingUrl(String url) {
    return new Shipment(trackingCode, carrier, url, serviceLevel, otherFields);
  }

  /**
   * Returns a copy with a service level.
   *
   * @param level the service level
   * @return a new shipment
   */
  public Shipment withServiceLevel(String level) {
    return new Shipment(trackingCode, carrier, trackingUrl, level, otherFields);
  }

  /**
   * Returns a copy with one more field sent as it is.
   *
   * @param jsonName the field's JSON name
   * @param value the value (string, number, boolean, list or map)
   * @return a new shipment
   */
  public Shipment withField(String jsonName, Object value) {
    Map<String, Object> fields = new LinkedHashMap<>(otherFields);
    fields.put(jsonName, value);
    return new Shipment(trackingCode, carrier, trackingUrl, serviceLevel, fields);
  }
}
