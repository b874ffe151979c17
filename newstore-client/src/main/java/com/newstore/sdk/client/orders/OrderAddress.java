package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds a shipping or billing address of an injected order.
 *
 * <pre>{@code
 * OrderAddress address = OrderAddress.builder()
 *     .country("US").addressLine1("1 Main St").city("Boston").zipCode("02110")
 *     .firstName("Ada").lastName("Lovelace")
 *     .build();
 * }</pre>
 *
 * @param country {@code country}, the country code
 * @param addressLine1 {@code address_line_1}
 * @param addressLine2 {@code address_line_2}
 * @param city {@code city}
 * @param state {@code state}
 * @param province {@code province}
 * @param zipCode {@code zip_code}
 * @param firstName {@code first_name}
 * @param lastName {@code last_name}
 * @param phone {@code phone}
 * @param salutation {@code salutation}
 */
public record OrderAddress(
    @NotBlank String country,
    @Json(name = "address_line_1") @NotBlank String addressLine1,
    @Json(name = "address_line_2") @Nullable String addressLine2,
    @Nullable String city,
    @Nullable String state,
    @Nullable String province,
    @Json(name = "zip_code") @Nullable String zipCode,
    @Json(name = "first_name") @Nullable String firstName,
    @Json(name = "last_name") @Nullable String lastName,
    @Nullable String phone,
    @Nullable String salutation) {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link OrderAddress}; {@link #build()} runs no validation, the service does. Not
   * thread-safe.
   */
  public static final class Builder {
    private @Nullable String country;
    private @Nullable String addressLine1;
    private @Nullable String addressLine2;
    private @Nullable String city;
    private @Nullable String state;
    private @Nullable String province;
    private @Nullable String zipCode;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String phone;
    private @Nullable String salutation;

    private Builder() {}

    /**
     * Sets {@code country}.
     *
     * @param country {@code country}, the country code
     * @return this builder
     */
    public Builder country(String country) {
      this.country = Objects.requireNonNull(country, "country == null");
      return this;
    }

    /**
     * Sets {@code address_line_1}.
     *
     * @param addressLine1 {@code address_line_1}
     * @return this builder
     */
    public Builder addressLine1(String addressLine1) {
      this.addressLine1 = Objects.requireNonNull(addressLine1, "addressLine1 == null");
      return this;
    }

    /**
     * Sets {@code address_line_2}.
     *
     * @param addressLine2 {@code address_line_2}
     * @return this builder
     */
    public Builder addressLine2(String addressLine2) {
      this.addressLine2 = Objects.requireNonNull(addressLine2, "addressLine2 == null");
      return this;
    }

    /**
     * Sets {@code city}.
     *
     * @param city {@code city}
     * @return this builder
     */
    public Builder city(String city) {
      this.city = Objects.requireNonNull(city, "city == null");
      return this;
    }

    /**
     * Sets {@code state}.
     *
     * @param state {@code state}
     * @return this builder
     */
    public Builder state(String state) {
      this.state = Objects.requireNonNull(state, "state == null");
      return this;
    }

    /**
     * Sets {@code province}.
     *
     * @param province {@code province}
     * @return this builder
     */
    public Builder province(String province) {
      this.province = Objects.requireNonNull(province, "province == null");
      return this;
    }

    /**
     * Sets {@code zip_code}.
     *
     * @param zipCode {@code zip_code}
     * @return this builder
     */
    public Builder zipCode(String zipCode) {
      this.zipCode = Objects.requireNonNull(zipCode, "zipCode == null");
      return this;
    }

    /**
     * Sets {@code first_name}.
     *
     * @param firstName {@code first_name}
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = Objects.requireNonNull(firstName, "firstName == null");
      return this;
    }

    /**
     * Sets {@code last_name}.
     *
     * @param lastName {@code last_name}
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = Objects.requireNonNull(lastName, "lastName == null");
      return this;
    }

    /**
     * Sets {@code phone}.
     *
     * @param phone {@code phone}
     * @return this builder
     */
    public Builder phone(String phone) {
      this.phone = Objects.requireNonNull(phone, "phone == null");
      return this;
    }

    /**
     * Sets {@code salutation}.
     *
     * @param salutation {@code salutation}
     * @return this builder
     */
    public Builder salutation(String salutation) {
      this.salutation = Objects.requireNonNull(salutation, "salutation == null");
      return this;
    }

    /**
     * Builds the OrderAddress.
     *
     * @return the value
     */
    public OrderAddress build() {
      return new OrderAddress(
          country,
          addressLine1,
          addressLine2,
          city,
          state,
          province,
          zipCode,
          firstName,
          lastName,
          phone,
          salutation);
    }
  }
}
