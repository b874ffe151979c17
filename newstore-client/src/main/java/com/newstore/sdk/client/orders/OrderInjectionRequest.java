package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Describes an order an external OMS injects into NewStore ({@code POST /v0/d/fulfill_order},
 * NewStore's {@code InjectedOrderRequest}). Each entry of a shipment's {@code items} is <em>one
 * unit</em>. NewStore deduplicates on {@code external_id}: sending the same request twice creates
 * one order, and an injected order is never changed afterwards.
 *
 * <p>The routing strategy is set per shipment on its {@link ShippingOption}; there is no
 * order-level routing member. The service checks every rule NewStore documents before sending:
 * required members and their lengths, the {@code channel_type} values, 1 to 10 shipments, at most
 * 40 payments with distinct {@code correlation_ref}s, add-on parents, and that an order with
 * several shipments uses shipping offer tokens. Members the SDK does not model can be sent with
 * {@link Builder#extra(String, Object)}.
 *
 * <pre>{@code
 * OrderInjectionRequest order = OrderInjectionRequest.builder()
 *     .externalId("EXT-1001")
 *     .shop("storefront").shopLocale("en-US")
 *     .channelType("store").channelName("store-nyc")
 *     .currency("USD")
 *     .placedAt(Instant.parse("2025-03-04T10:00:00Z"))
 *     .priceMethod(PriceMethod.TAX_INCLUDED)
 *     .customerEmail("ada@example.com")
 *     .customerLanguage("en")
 *     .shippingAddress(address)
 *     .addShipment(new Shipment(
 *         List.of(new OrderItem("line-1", "SKU-123",
 *             ItemPrice.of(new BigDecimal("20.00"), new BigDecimal("20.00")))),
 *         ShippingOption.serviceLevel("TRADITIONAL", BigDecimal.ZERO, BigDecimal.ZERO)
 *             .routedExternallyTo("store-nyc")))
 *     .addPayment(new OrderPayment(PaymentType.CAPTURED, new BigDecimal("20.00"), "credit_card",
 *         Instant.parse("2025-03-04T10:00:05Z"), "adyen", "psp-1", null, null))
 *     .build();
 * }</pre>
 *
 * @param externalId {@code external_id}, the external OMS's order number (1 to 64 characters); the
 *     idempotency key
 * @param shop {@code shop}, 1 to 128 characters
 * @param channelType {@code channel_type}: {@code web}, {@code mobile} or {@code store}
 * @param channelName {@code channel_name}, 1 to 64 characters
 * @param currency {@code currency}, an ISO 4217 code such as {@code USD}
 * @param shopLocale {@code shop_locale}, an RFC 5646 tag such as {@code en-US}; 1 to 128 characters
 * @param placedAt {@code placed_at}, when the order was placed
 * @param priceMethod {@code price_method}, whether prices include tax
 * @param externalCustomerId {@code external_customer_id}, at most 64 characters
 * @param customerName {@code customer_name}, 1 to 128 characters
 * @param customerEmail {@code customer_email}, a well-formed address of 1 to 64 characters
 * @param customerLanguage {@code customer_language}, an ISO 639-1 code such as {@code de}
 * @param storeId {@code store_id}, at most 256 characters
 * @param associateId {@code associate_id}, at most 256 characters
 * @param ipAddress {@code ip_address}, the customer's IP address
 * @param preconfirmed {@code is_preconfirmed}; NewStore's default is false
 * @param fulfilled {@code is_fulfilled}; NewStore's default is false
 * @param offline {@code is_offline}; NewStore's default is false
 * @param historical {@code is_historical}; NewStore's default is false
 * @param notificationBlacklist {@code notification_blacklist}; null to leave it out
 * @param extendedAttributes {@code extended_attributes}, at most 100; null to leave it out
 * @param shippingAddress {@code shipping_address}
 * @param billingAddress {@code billing_address}
 * @param shipments {@code shipments}, 1 to 10
 * @param payments {@code payments}, at most 40
 * @param extras members the SDK does not model, sent as given
 */
public record OrderInjectionRequest(
    @Json(name = "external_id") @NotNull @Size(min = 1, max = 64) String externalId,
    @NotNull @Size(min = 1, max = 128) String shop,
    @Json(name = "channel_type")
        @NotNull
        @Pattern(regexp = "web|mobile|store", message = "must be web, mobile or store")
        String channelType,
    @Json(name = "channel_name") @NotNull @Size(min = 1, max = 64) String channelName,
    @NotNull
        @Pattern(
            regexp = "[A-Z]{3}",
            message = "must be an ISO 4217 code: three upper-case letters")
        String currency,
    @Json(name = "shop_locale") @NotNull @Size(min = 1, max = 128) String shopLocale,
    @Json(name = "placed_at") @Nullable Instant placedAt,
    @Json(name = "price_method") @Nullable PriceMethod priceMethod,
    @Json(name = "external_customer_id") @Size(max = 64) @Nullable String externalCustomerId,
    @Json(name = "customer_name") @Size(min = 1, max = 128) @Nullable String customerName,
    @Json(name = "customer_email") @Email @Size(min = 1, max = 64) @Nullable String customerEmail,
    @Json(name = "customer_language") @Size(max = 2) @Nullable String customerLanguage,
    @Json(name = "store_id") @Size(max = 256) @Nullable String storeId,
    @Json(name = "associate_id") @Size(max = 256) @Nullable String associateId,
    @Json(name = "ip_address") @Nullable String ipAddress,
    @Json(name = "is_preconfirmed") @Nullable Boolean preconfirmed,
    @Json(name = "is_fulfilled") @Nullable Boolean fulfilled,
    @Json(name = "is_offline") @Nullable Boolean offline,
    @Json(name = "is_historical") @Nullable Boolean historical,
    @Json(name = "notification_blacklist") @Nullable List<@NotNull String> notificationBlacklist,
    @Json(name = "extended_attributes") @Size(max = 100)
        @Nullable List<@NotNull @Valid ExtendedAttribute> extendedAttributes,
    @Json(name = "shipping_address") @Valid @Nullable OrderAddress shippingAddress,
    @Json(name = "billing_address") @Valid @Nullable OrderAddress billingAddress,
    @NotEmpty @Size(max = 10) List<@NotNull @Valid Shipment> shipments,
    @Size(max = 40) List<@NotNull @Valid OrderPayment> payments,
    @UnknownFields Map<String, Object> extras) {
  /** Members NewStore does not read at the top level; each has a home elsewhere. */
  private static final Set<String> MISPLACED = Set.of("routing_strategy", "customer_locale");

  /**
   * Copies the collections; missing shipments and payments become empty lists.
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
   * @param customerLanguage {@code customer_language}
   * @param storeId {@code store_id}
   * @param associateId {@code associate_id}
   * @param ipAddress {@code ip_address}
   * @param preconfirmed {@code is_preconfirmed}
   * @param fulfilled {@code is_fulfilled}
   * @param offline {@code is_offline}
   * @param historical {@code is_historical}
   * @param notificationBlacklist {@code notification_blacklist}
   * @param extendedAttributes {@code extended_attributes}
   * @param shippingAddress {@code shipping_address}
   * @param billingAddress {@code billing_address}
   * @param shipments {@code shipments}
   * @param payments {@code payments}
   * @param extras unknown members; null means none
   */
  public OrderInjectionRequest {
    notificationBlacklist =
        notificationBlacklist == null ? null : List.copyOf(notificationBlacklist);
    extendedAttributes = extendedAttributes == null ? null : List.copyOf(extendedAttributes);
    shipments = shipments == null ? List.of() : List.copyOf(shipments);
    payments = payments == null ? List.of() : List.copyOf(payments);
    extras = Extras.copy(extras);
  }

  /**
   * Returns whether form A ({@code service_level_identifier}) is used only in an order with one
   * shipment; NewStore refuses several shipments identified by service levels.
   *
   * @return false when an order with several shipments uses a service level identifier
   */
  @AssertTrue(
      message =
          "an order with several shipments must use shipping_offer_token (form B) on every"
              + " shipment, not service_level_identifier")
  public boolean isShippingOptionFormFitForShipmentCount() {
    return shipments.size() <= 1
        || shipments.stream()
            .filter(Objects::nonNull)
            .map(Shipment::shippingOption)
            .filter(Objects::nonNull)
            .allMatch(o -> o.serviceLevelIdentifier() == null);
  }

  /**
   * Returns whether every payment's {@code correlation_ref} is unique within the order.
   *
   * @return false when two payments share a correlation reference
   */
  @AssertTrue(message = "correlation_ref must be unique within the order")
  public boolean isCorrelationRefsUnique() {
    Set<String> seen = new HashSet<>();
    return payments.stream()
        .filter(Objects::nonNull)
        .map(OrderPayment::correlationRef)
        .filter(Objects::nonNull)
        .allMatch(seen::add);
  }

  /**
   * Returns whether add-ons and their parents each have an {@code external_item_id} used once in
   * the order; NewStore refuses repeats with {@code addon_duplicate_external_item_id}. Other units
   * may share an id.
   *
   * @return false when an add-on's or a parent's id appears more than once
   */
  @AssertTrue(message = "add-ons and their parents need an external_item_id used once in the order")
  public boolean isAddonItemIdsUnique() {
    List<OrderItem> items =
        shipments.stream()
            .filter(Objects::nonNull)
            .flatMap(s -> s.items().stream())
            .filter(Objects::nonNull)
            .toList();
    Set<String> addonsAndParents = new HashSet<>();
    for (OrderItem item : items) {
      if (item.addonParentExternalItemId() != null) {
        addonsAndParents.add(item.addonParentExternalItemId());
        addonsAndParents.add(item.externalItemId());
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (OrderItem item : items) {
      if (item.externalItemId() != null) {
        counts.merge(item.externalItemId(), 1, Integer::sum);
      }
    }
    return addonsAndParents.stream().allMatch(id -> counts.getOrDefault(id, 0) <= 1);
  }

  /**
   * Returns whether the extras avoid members NewStore does not read at the top level ({@code
   * routing_strategy}, {@code customer_locale}).
   *
   * @return false when such a member was added with {@link Builder#extra(String, Object)}
   */
  @AssertTrue(
      message =
          "extras must not hold routing_strategy (set it per shipment on the ShippingOption) or"
              + " customer_locale (use customerLanguage)")
  public boolean isExtrasFreeOfMisplacedMembers() {
    return MISPLACED.stream().noneMatch(extras::containsKey);
  }

  /**
   * Returns a new builder.
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
    private @Nullable String customerLanguage;
    private @Nullable String storeId;
    private @Nullable String associateId;
    private @Nullable String ipAddress;
    private @Nullable Boolean preconfirmed;
    private @Nullable Boolean fulfilled;
    private @Nullable Boolean offline;
    private @Nullable Boolean historical;
    private @Nullable List<String> notificationBlacklist;
    private @Nullable List<ExtendedAttribute> extendedAttributes;
    private @Nullable OrderAddress shippingAddress;
    private @Nullable OrderAddress billingAddress;
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<OrderPayment> payments = new ArrayList<>();
    private final Map<String, Object> extras = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code external_id}.
     *
     * @param externalId {@code external_id}, the external OMS's order number (1 to 64 characters);
     *     the idempotency key
     * @return this builder
     */
    public Builder externalId(String externalId) {
      this.externalId = Objects.requireNonNull(externalId, "externalId == null");
      return this;
    }

    /**
     * Sets {@code shop}.
     *
     * @param shop {@code shop}, 1 to 128 characters
     * @return this builder
     */
    public Builder shop(String shop) {
      this.shop = Objects.requireNonNull(shop, "shop == null");
      return this;
    }

    /**
     * Sets {@code channel_type}.
     *
     * @param channelType {@code channel_type}: {@code web}, {@code mobile} or {@code store}
     * @return this builder
     */
    public Builder channelType(String channelType) {
      this.channelType = Objects.requireNonNull(channelType, "channelType == null");
      return this;
    }

    /**
     * Sets {@code channel_name}.
     *
     * @param channelName {@code channel_name}, 1 to 64 characters
     * @return this builder
     */
    public Builder channelName(String channelName) {
      this.channelName = Objects.requireNonNull(channelName, "channelName == null");
      return this;
    }

    /**
     * Sets {@code currency}.
     *
     * @param currency {@code currency}, an ISO 4217 code such as {@code USD}
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = Objects.requireNonNull(currency, "currency == null");
      return this;
    }

    /**
     * Sets {@code shop_locale}.
     *
     * @param shopLocale {@code shop_locale}, an RFC 5646 tag such as {@code en-US}; 1 to 128
     *     characters
     * @return this builder
     */
    public Builder shopLocale(String shopLocale) {
      this.shopLocale = Objects.requireNonNull(shopLocale, "shopLocale == null");
      return this;
    }

    /**
     * Sets {@code placed_at}.
     *
     * @param placedAt {@code placed_at}, when the order was placed
     * @return this builder
     */
    public Builder placedAt(Instant placedAt) {
      this.placedAt = Objects.requireNonNull(placedAt, "placedAt == null");
      return this;
    }

    /**
     * Sets {@code price_method}.
     *
     * @param priceMethod {@code price_method}, whether prices include tax
     * @return this builder
     */
    public Builder priceMethod(PriceMethod priceMethod) {
      this.priceMethod = Objects.requireNonNull(priceMethod, "priceMethod == null");
      return this;
    }

    /**
     * Sets {@code external_customer_id}.
     *
     * @param externalCustomerId {@code external_customer_id}, at most 64 characters
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
     * @param customerName {@code customer_name}, 1 to 128 characters
     * @return this builder
     */
    public Builder customerName(String customerName) {
      this.customerName = Objects.requireNonNull(customerName, "customerName == null");
      return this;
    }

    /**
     * Sets {@code customer_email}.
     *
     * @param customerEmail {@code customer_email}, a well-formed address of 1 to 64 characters
     * @return this builder
     */
    public Builder customerEmail(String customerEmail) {
      this.customerEmail = Objects.requireNonNull(customerEmail, "customerEmail == null");
      return this;
    }

    /**
     * Sets {@code customer_language}.
     *
     * @param customerLanguage {@code customer_language}, an ISO 639-1 code such as {@code de}
     * @return this builder
     */
    public Builder customerLanguage(String customerLanguage) {
      this.customerLanguage = Objects.requireNonNull(customerLanguage, "customerLanguage == null");
      return this;
    }

    /**
     * Sets {@code store_id}.
     *
     * @param storeId {@code store_id}, at most 256 characters
     * @return this builder
     */
    public Builder storeId(String storeId) {
      this.storeId = Objects.requireNonNull(storeId, "storeId == null");
      return this;
    }

    /**
     * Sets {@code associate_id}.
     *
     * @param associateId {@code associate_id}, at most 256 characters
     * @return this builder
     */
    public Builder associateId(String associateId) {
      this.associateId = Objects.requireNonNull(associateId, "associateId == null");
      return this;
    }

    /**
     * Sets {@code ip_address}.
     *
     * @param ipAddress {@code ip_address}, the customer's IP address
     * @return this builder
     */
    public Builder ipAddress(String ipAddress) {
      this.ipAddress = Objects.requireNonNull(ipAddress, "ipAddress == null");
      return this;
    }

    /**
     * Sets {@code is_preconfirmed}; left out unless called.
     *
     * @param preconfirmed the value
     * @return this builder
     */
    public Builder preconfirmed(boolean preconfirmed) {
      this.preconfirmed = preconfirmed;
      return this;
    }

    /**
     * Sets {@code is_fulfilled}; left out unless called.
     *
     * @param fulfilled the value
     * @return this builder
     */
    public Builder fulfilled(boolean fulfilled) {
      this.fulfilled = fulfilled;
      return this;
    }

    /**
     * Sets {@code is_offline}; left out unless called.
     *
     * @param offline the value
     * @return this builder
     */
    public Builder offline(boolean offline) {
      this.offline = offline;
      return this;
    }

    /**
     * Sets {@code is_historical}; left out unless called.
     *
     * @param historical the value
     * @return this builder
     */
    public Builder historical(boolean historical) {
      this.historical = historical;
      return this;
    }

    /**
     * Sets {@code shipping_address}.
     *
     * @param shippingAddress {@code shipping_address}
     * @return this builder
     */
    public Builder shippingAddress(OrderAddress shippingAddress) {
      this.shippingAddress = Objects.requireNonNull(shippingAddress, "shippingAddress == null");
      return this;
    }

    /**
     * Sets {@code billing_address}.
     *
     * @param billingAddress {@code billing_address}
     * @return this builder
     */
    public Builder billingAddress(OrderAddress billingAddress) {
      this.billingAddress = Objects.requireNonNull(billingAddress, "billingAddress == null");
      return this;
    }

    /**
     * Adds an entry to {@code notification_blacklist}.
     *
     * @param notification a notification NewStore must not send for this order
     * @return this builder
     */
    public Builder addNotificationBlacklist(String notification) {
      if (notificationBlacklist == null) {
        notificationBlacklist = new ArrayList<>();
      }
      notificationBlacklist.add(Objects.requireNonNull(notification, "notification == null"));
      return this;
    }

    /**
     * Adds an {@code extended_attributes} entry.
     *
     * @param name 1 to 100 characters
     * @param value at most 8192 characters
     * @return this builder
     */
    public Builder addExtendedAttribute(String name, String value) {
      if (extendedAttributes == null) {
        extendedAttributes = new ArrayList<>();
      }
      extendedAttributes.add(new ExtendedAttribute(name, value));
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
          customerLanguage,
          storeId,
          associateId,
          ipAddress,
          preconfirmed,
          fulfilled,
          offline,
          historical,
          notificationBlacklist,
          extendedAttributes,
          shippingAddress,
          billingAddress,
          shipments,
          payments,
          extras);
    }
  }
}
