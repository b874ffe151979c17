package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds a shipping or billing address of an injected order ({@code InjectedOrderAddress}). NewStore
 * requires {@code address_line_1} and {@code country}; it has no {@code province} or {@code email}
 * member.
 *
 * <pre>{@code
 * OrderAddress address = OrderAddress.builder()
 *     .country("US").addressLine1("1 Main St").city("Boston").zipCode("02110")
 *     .firstName("Ada").lastName("Lovelace")
 *     .build();
 * }</pre>
 *
 * @param country {@code country}, the ISO 3166-1 alpha-2 code, such as {@code US}
 * @param addressLine1 {@code address_line_1}, 1 to 128 characters
 * @param addressLine2 {@code address_line_2}, at most 256 characters
 * @param city {@code city}, at most 64 characters
 * @param state {@code state}, at most 32 characters
 * @param zipCode {@code zip_code}, at most 32 characters
 * @param firstName {@code first_name}, at most 64 characters
 * @param lastName {@code last_name}, at most 64 characters
 * @param phone {@code phone}, at most 128 characters; NewStore normalises it to E.164
 * @param salutation {@code salutation}, at most 32 characters
 * @param title {@code title}, at most 32 characters
 * @param suffix {@code suffix}, at most 32 characters
 */
public record OrderAddress(
    @NotNull
        @Pattern(
            regexp = "[A-Za-z]{2}",
            message = "must be an ISO 3166-1 alpha-2 code: exactly 2 letters")
        String country,
    @Json(name = "address_line_1") @NotNull @Size(min = 1, max = 128) String addressLine1,
    @Json(name = "address_line_2") @Size(max = 256) @Nullable String addressLine2,
    @Size(max = 64) @Nullable String city,
    @Size(max = 32) @Nullable String state,
    @Json(name = "zip_code") @Size(max = 32) @Nullable String zipCode,
    @Json(name = "first_name") @Size(max = 64) @Nullable String firstName,
    @Json(name = "last_name") @Size(max = 64) @Nullable String lastName,
    @Size(max = 128) @Nullable String phone,
    @Size(max = 32) @Nullable String salutation,
    @Size(max = 32) @Nullable String title,
    @Size(max = 32) @Nullable String suffix) {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link OrderAddress}; {@link #build()} runs no validation, the service does. Not
   * thread-safe.
   */
  public static final class Builder {
    private @Nullable String country;
    private @Nullable String addressLine1;
    private @Nullable String addressLine2;
    private @Nullable String city;
    private @Nullable String state;
    private @Nullable String zipCode;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String phone;
    private @Nullable String salutation;
    private @Nullable String title;
    private @Nullable String suffix;

    private Builder() {}

    /**
     * Sets {@code country}.
     *
     * @param country {@code country}, the ISO 3166-1 alpha-2 code, such as {@code US}
     * @return this builder
     */
    public Builder country(String country) {
      this.country = Objects.requireNonNull(country, "country == null");
      return this;
    }

    /**
     * Sets {@code address_line_1}.
     *
     * @param addressLine1 {@code address_line_1}, 1 to 128 characters
     * @return this builder
     */
    public Builder addressLine1(String addressLine1) {
      this.addressLine1 = Objects.requireNonNull(addressLine1, "addressLine1 == null");
      return this;
    }

    /**
     * Sets {@code address_line_2}.
     *
     * @param addressLine2 {@code address_line_2}, at most 256 characters
     * @return this builder
     */
    public Builder addressLine2(String addressLine2) {
      this.addressLine2 = Objects.requireNonNull(addressLine2, "addressLine2 == null");
      return this;
    }

    /**
     * Sets {@code city}.
     *
     * @param city {@code city}, at most 64 characters
     * @return this builder
     */
    public Builder city(String city) {
      this.city = Objects.requireNonNull(city, "city == null");
      return this;
    }

    /**
     * Sets {@code state}.
     *
     * @param state {@code state}, at most 32 characters
     * @return this builder
     */
    public Builder state(String state) {
      this.state = Objects.requireNonNull(state, "state == null");
      return this;
    }

    /**
     * Sets {@code zip_code}.
     *
     * @param zipCode {@code zip_code}, at most 32 characters
     * @return this builder
     */
    public Builder zipCode(String zipCode) {
      this.zipCode = Objects.requireNonNull(zipCode, "zipCode == null");
      return this;
    }

    /**
     * Sets {@code first_name}.
     *
     * @param firstName {@code first_name}, at most 64 characters
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = Objects.requireNonNull(firstName, "firstName == null");
      return this;
    }

    /**
     * Sets {@code last_name}.
     *
     * @param lastName {@code last_name}, at most 64 characters
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = Objects.requireNonNull(lastName, "lastName == null");
      return this;
    }

    /**
     * Sets {@code phone}.
     *
     * @param phone {@code phone}, at most 128 characters; NewStore normalises it to E.164
     * @return this builder
     */
    public Builder phone(String phone) {
      this.phone = Objects.requireNonNull(phone, "phone == null");
      return this;
    }

    /**
     * Sets {@code salutation}.
     *
     * @param salutation {@code salutation}, at most 32 characters
     * @return this builder
     */
    public Builder salutation(String salutation) {
      this.salutation = Objects.requireNonNull(salutation, "salutation == null");
      return this;
    }

    /**
     * Sets {@code title}.
     *
     * @param title {@code title}, at most 32 characters
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title == null");
      return this;
    }

    /**
     * Sets {@code suffix}.
     *
     * @param suffix {@code suffix}, at most 32 characters
     * @return this builder
     */
    public Builder suffix(String suffix) {
      this.suffix = Objects.requireNonNull(suffix, "suffix == null");
      return this;
    }

    /**
     * Builds the address.
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
          zipCode,
          firstName,
          lastName,
          phone,
          salutation,
          title,
          suffix);
    }
  }
}
