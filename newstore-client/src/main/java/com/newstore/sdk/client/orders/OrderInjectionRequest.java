package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.config.RoutingStrategy;
import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Describes an order an external OMS injects into NewStore for store fulfillment ({@code POST
 * /v0/d/fulfill_order}). NewStore deduplicates on {@code external_id}: sending the same request
 * twice creates one order. Each entry of a shipment's {@code items} is <em>one unit</em>.
 *
 * <p>By default the builder sets {@code routing_strategy} to {@link RoutingStrategy#EXTERNAL}
 * (where NewStore reads it on an injected order is unconfirmed; the fulfillment configuration
 * carries it too). Members the SDK does not model can be sent with {@link Builder#extra(String,
 * Object)}.
 *
 * <pre>{@code
 * OrderInjectionRequest order = OrderInjectionRequest.builder()
 *     .externalId("EXT-1001")
 *     .channelType("store").channelName("store-42")
 *     .currency("USD")
 *     .placedAt(Instant.parse("2025-03-04T10:00:00Z"))
 *     .priceMethod(PriceMethod.TAX_INCLUDED)
 *     .customerEmail("ada@example.com")
 *     .shippingAddress(address)
 *     .addShipment(new Shipment(List.of(
 *         new OrderItem("EXT-1001-1", "SKU-123", ItemPrice.of(new BigDecimal("20.00")))),
 *         new ShippingOption("Priority", BigDecimal.ZERO, null)))
 *     .build();
 * }</pre>
 *
 * @param externalId {@code external_id}, the external OMS's order number; the idempotency key
 * @param shop {@code shop}
 * @param channelType {@code channel_type}, such as {@code store} or {@code web}
 * @param channelName {@code channel_name}
 * @param currency {@code currency}, three upper-case letters
 * @param shopLocale {@code shop_locale}, such as {@code en-US}
 * @param placedAt {@code placed_at}
 * @param priceMethod {@code price_method}
 * @param externalCustomerId {@code external_customer_id}
 * @param customerName {@code customer_name}
 * @param customerEmail {@code customer_email}, a well-formed address
 * @param customerLocale {@code customer_locale}
 * @param shippingAddress {@code shipping_address}
 * @param billingAddress {@code billing_address}
 * @param shipments {@code shipments}, not empty
 * @param payments {@code payments}
 * @param routingStrategy {@code routing_strategy}, {@link RoutingStrategy#EXTERNAL} by default
 * @param extras members the SDK does not model, sent as given
 */
public record OrderInjectionRequest(
    @Json(name = "external_id") @NotBlank String externalId,
    @Nullable String shop,
    @Json(name = "channel_type") @Nullable String channelType,
    @Json(name = "channel_name") @Nullable String channelName,
    @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be three upper-case letters")
        String currency,
    @Json(name = "shop_locale") @Nullable String shopLocale,
    @Json(name = "placed_at") @NotNull Instant placedAt,
    @Json(name = "price_method") @Nullable PriceMethod priceMethod,
    @Json(name = "external_customer_id") @Nullable String externalCustomerId,
    @Json(name = "customer_name") @Nullable String customerName,
    @Json(name = "customer_email") @Email @Nullable String customerEmail,
    @Json(name = "customer_locale") @Nullable String customerLocale,
    @Json(name = "shipping_address") @Valid @Nullable OrderAddress shippingAddress,
    @Json(name = "billing_address") @Valid @Nullable OrderAddress billingAddress,
    @NotEmpty List<@NotNull @Valid Shipment> shipments,
    List<@NotNull @Valid OrderPayment> payments,
    @Json(name = "routing_strategy") @Nullable RoutingStrategy routingStrategy,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the collections; a missing list becomes empty.
   *
   * @param externalId {@code external_id}
   * @param shop {@code shop}
   * @param channelType {@code channel_type}
   * @param channelName {@code channel_name}
   * @param currency {@code currency}
   * @param shopLocale {@code shop_locale}
   * @param placedAt {@code placed_at}
   * @param priceMethod {@code price_method}
   * @param externalCustomerId {@code external_customer_id}
   * @param customerName {@code customer_name}
   * @param customerEmail {@code customer_email}
   * @param customerLocale {@code customer_locale}
   * @param shippingAddress {@code shipping_address}
   * @param billingAddress {@code billing_address}
   * @param shipments {@code shipments}
   * @param payments {@code payments}
   * @param routingStrategy {@code routing_strategy}
   * @param extras unknown members; null means none
   */
  public OrderInjectionRequest {
    shipments = shipments == null ? List.of() : List.copyOf(shipments);
    payments = payments == null ? List.of() : List.copyOf(payments);
    extras = Extras.copy(extras);
  }

  /**
   * Returns whether every unit has its own {@code external_item_id} across all shipments.
   *
   * @return true when no external item id repeats
   */
  @AssertTrue(message = "external_item_id must be unique: one item entry per unit")
  public boolean isExternalItemIdsUnique() {
    Set<String> seen = new HashSet<>();
    return shipments.stream()
        .filter(Objects::nonNull)
        .flatMap(s -> s.items().stream())
        .filter(Objects::nonNull)
        .map(OrderItem::externalItemId)
        .filter(Objects::nonNull)
        .allMatch(seen::add);
  }

  /**
   * Returns a new builder with {@code routing_strategy} set to {@link RoutingStrategy#EXTERNAL}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderInjectionRequest}; the service validates it. Not thread-safe. */
  public static final class Builder {
    private @Nullable String externalId;
    private @Nullable String shop;
    private @Nullable String channelType;
    private @Nullable String channelName;
    private @Nullable String currency;
    private @Nullable String shopLocale;
    private @Nullable Instant placedAt;
    private @Nullable PriceMethod priceMethod;
    private @Nullable String externalCustomerId;
    private @Nullable String customerName;
    private @Nullable String customerEmail;
    private @Nullable String customerLocale;
    private @Nullable OrderAddress shippingAddress;
    private @Nullable OrderAddress billingAddress;
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<OrderPayment> payments = new ArrayList<>();
    private @Nullable RoutingStrategy routingStrategy = RoutingStrategy.EXTERNAL;
    private final Map<String, Object> extras = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code external_id}, the idempotency key.
     *
     * @param externalId the external order number
     * @return this builder
     */
    public Builder externalId(String externalId) {
      this.externalId = Objects.requireNonNull(externalId, "externalId == null");
      return this;
    }

    /**
     * Sets {@code shop}.
     *
     * @param shop the shop
     * @return this builder
     */
    public Builder shop(String shop) {
      this.shop = Objects.requireNonNull(shop, "shop == null");
      return this;
    }

    /**
     * Sets {@code channel_type}.
     *
     * @param channelType such as {@code store} or {@code web}
     * @return this builder
     */
    public Builder channelType(String channelType) {
      this.channelType = Objects.requireNonNull(channelType, "channelType == null");
      return this;
    }

    /**
     * Sets {@code channel_name}.
     *
     * @param channelName the channel name
     * @return this builder
     */
    public Builder channelName(String channelName) {
      this.channelName = Objects.requireNonNull(channelName, "channelName == null");
      return this;
    }

    /**
     * Sets {@code currency}.
     *
     * @param currency three upper-case letters
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = Objects.requireNonNull(currency, "currency == null");
      return this;
    }

    /**
     * Sets {@code shop_locale}.
     *
     * @param shopLocale such as {@code en-US}
     * @return this builder
     */
    public Builder shopLocale(String shopLocale) {
      this.shopLocale = Objects.requireNonNull(shopLocale, "shopLocale == null");
      return this;
    }

    /**
     * Sets {@code placed_at}.
     *
     * @param placedAt when the order was placed
     * @return this builder
     */
    public Builder placedAt(Instant placedAt) {
      this.placedAt = Objects.requireNonNull(placedAt, "placedAt == null");
      return this;
    }

    /**
     * Sets {@code price_method}.
     *
     * @param priceMethod whether prices include tax
     * @return this builder
     */
    public Builder priceMethod(PriceMethod priceMethod) {
      this.priceMethod = Objects.requireNonNull(priceMethod, "priceMethod == null");
      return this;
    }

    /**
     * Sets {@code external_customer_id}.
     *
     * @param externalCustomerId the customer's id in the external OMS
     * @return this builder
     */
    public Builder externalCustomerId(String externalCustomerId) {
      this.externalCustomerId =
          Objects.requireNonNull(externalCustomerId, "externalCustomerId == null");
      return this;
    }

    /**
     * Sets {@code customer_name}.
     *
     * @param customerName the customer's name
     * @return this builder
     */
    public Builder customerName(String customerName) {
      this.customerName = Objects.requireNonNull(customerName, "customerName == null");
      return this;
    }

    /**
     * Sets {@code customer_email}.
     *
     * @param customerEmail a well-formed address
     * @return this builder
     */
    public Builder customerEmail(String customerEmail) {
      this.customerEmail = Objects.requireNonNull(customerEmail, "customerEmail == null");
      return this;
    }

    /**
     * Sets {@code customer_locale}.
     *
     * @param customerLocale such as {@code en-US}
     * @return this builder
     */
    public Builder customerLocale(String customerLocale) {
      this.customerLocale = Objects.requireNonNull(customerLocale, "customerLocale == null");
      return this;
    }

    /**
     * Sets {@code shipping_address}.
     *
     * @param address the address
     * @return this builder
     */
    public Builder shippingAddress(OrderAddress address) {
      this.shippingAddress = Objects.requireNonNull(address, "address == null");
      return this;
    }

    /**
     * Sets {@code billing_address}.
     *
     * @param address the address
     * @return this builder
     */
    public Builder billingAddress(OrderAddress address) {
      this.billingAddress = Objects.requireNonNull(address, "address == null");
      return this;
    }

    /**
     * Adds a shipment.
     *
     * @param shipment the shipment; its items are one entry per unit
     * @return this builder
     */
    public Builder addShipment(Shipment shipment) {
      shipments.add(Objects.requireNonNull(shipment, "shipment == null"));
      return this;
    }

    /**
     * Adds a payment.
     *
     * @param payment the payment
     * @return this builder
     */
    public Builder addPayment(OrderPayment payment) {
      payments.add(Objects.requireNonNull(payment, "payment == null"));
      return this;
    }

    /**
     * Sets {@code routing_strategy}; {@link RoutingStrategy#EXTERNAL} by default.
     *
     * @param routingStrategy the strategy, or null to leave it out
     * @return this builder
     */
    public Builder routingStrategy(@Nullable RoutingStrategy routingStrategy) {
      this.routingStrategy = routingStrategy;
      return this;
    }

    /**
     * Adds a member the SDK does not model; it is sent as given.
     *
     * @param name the JSON member name
     * @param value maps, lists, strings, numbers or booleans
     * @return this builder
     */
    public Builder extra(String name, Object value) {
      extras.put(
          Objects.requireNonNull(name, "name == null"),
          Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * Builds the request; the service validates it before sending.
     *
     * @return the request
     */
    public OrderInjectionRequest build() {
      return new OrderInjectionRequest(
          externalId,
          shop,
          channelType,
          channelName,
          currency,
          shopLocale,
          placedAt,
          priceMethod,
          externalCustomerId,
          customerName,
          customerEmail,
          customerLocale,
          shippingAddress,
          billingAddress,
          shipments,
          payments,
          routingStrategy,
          extras);
    }
  }
}
