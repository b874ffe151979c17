package com.newstore.sdk.webhooks;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Holds a postal address as NewStore sends it in a fulfillment request and as order details return
 * it. Every field may be absent; {@code country_code} is 2 letters in order details and may be 3
 * letters in fulfillment requests.
 *
 * @param firstName {@code first_name}
 * @param lastName {@code last_name}
 * @param addressLine1 {@code address_line_1}
 * @param addressLine2 {@code address_line_2}
 * @param city {@code city}
 * @param state {@code state}
 * @param zipCode {@code zip_code}, at most 32 characters in order details
 * @param countryCode {@code country_code}
 * @param phone {@code phone}
 * @param unknownFields every other JSON field, kept as parsed and written back as given
 */
public record Address(
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String city,
    @Nullable String state,
    @Nullable String zipCode,
    @Nullable String countryCode,
    @Nullable String phone,
    Map<String, @Nullable Object> unknownFields) {

  /**
   * Copies the components.
   *
   * @param firstName see the record description
   * @param lastName see the record description
   * @param addressLine1 see the record description
   * @param addressLine2 see the record description
   * @param city see the record description
   * @param state see the record description
   * @param zipCode see the record description
   * @param countryCode see the record description
   * @param phone see the record description
   * @param unknownFields see the record description
   */
  public Address {
    unknownFields = com.newstore.sdk.webhooks.internal.JsonValues.immutableCopy(unknownFields);
  }

  /**
   * Returns the country and city only: addresses are personal data and stay out of logs.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Address{" + countryCode + ", " + city + ", <redacted>}";
  }
}
