package com.newstore.sdk.client.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link OrderInjectionRequest}; the service validates it. Returned by {@link
 * OrderInjectionRequest#builder()}. Not thread-safe.
 */
public final class OrderInjectionRequestBuilder {
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
  private final List<InjectedOrderShipment> shipments = new ArrayList<>();
  private final List<OrderPayment> payments = new ArrayList<>();
  private final Map<String, Object> extras = new LinkedHashMap<>();

  OrderInjectionRequestBuilder() {}

  /**
   * Sets {@code external_id}.
   *
   * @param externalId {@code external_id}, the external OMS's order number (1 to 64 characters);
   *     the idempotency key
   * @return this builder
   */
  public OrderInjectionRequestBuilder externalId(String externalId) {
    this.externalId = Objects.requireNonNull(externalId, "externalId == null");
    return this;
  }

  /**
   * Sets {@code shop}.
   *
   * @param shop {@code shop}, 1 to 128 characters
   * @return this builder
   */
  public OrderInjectionRequestBuilder shop(String shop) {
    this.shop = Objects.requireNonNull(shop, "shop == null");
    return this;
  }

  /**
   * Sets {@code channel_type}.
   *
   * @param channelType {@code channel_type}: {@code web}, {@code mobile} or {@code store}
   * @return this builder
   */
  public OrderInjectionRequestBuilder channelType(String channelType) {
    this.channelType = Objects.requireNonNull(channelType, "channelType == null");
    return this;
  }

  /**
   * Sets {@code channel_name}.
   *
   * @param channelName {@code channel_name}, 1 to 64 characters
   * @return this builder
   */
  public OrderInjectionRequestBuilder channelName(String channelName) {
    this.channelName = Objects.requireNonNull(channelName, "channelName == null");
    return this;
  }

  /**
   * Sets {@code currency}.
   *
   * @param currency {@code currency}, an ISO 4217 code such as {@code USD}
   * @return this builder
   */
  public OrderInjectionRequestBuilder currency(String currency) {
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
  public OrderInjectionRequestBuilder shopLocale(String shopLocale) {
    this.shopLocale = Objects.requireNonNull(shopLocale, "shopLocale == null");
    return this;
  }

  /**
   * Sets {@code placed_at}.
   *
   * @param placedAt {@code placed_at}, when the order was placed
   * @return this builder
   */
  public OrderInjectionRequestBuilder placedAt(Instant placedAt) {
    this.placedAt = Objects.requireNonNull(placedAt, "placedAt == null");
    return this;
  }

  /**
   * Sets {@code price_method}.
   *
   * @param priceMethod {@code price_method}, whether prices include tax
   * @return this builder
   */
  public OrderInjectionRequestBuilder priceMethod(PriceMethod priceMethod) {
    this.priceMethod = Objects.requireNonNull(priceMethod, "priceMethod == null");
    return this;
  }

  /**
   * Sets {@code external_customer_id}.
   *
   * @param externalCustomerId {@code external_customer_id}, at most 64 characters
   * @return this builder
   */
  public OrderInjectionRequestBuilder externalCustomerId(String externalCustomerId) {
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
  public OrderInjectionRequestBuilder customerName(String customerName) {
    this.customerName = Objects.requireNonNull(customerName, "customerName == null");
    return this;
  }

  /**
   * Sets {@code customer_email}.
   *
   * @param customerEmail {@code customer_email}, a well-formed address of 1 to 64 characters
   * @return this builder
   */
  public OrderInjectionRequestBuilder customerEmail(String customerEmail) {
    this.customerEmail = Objects.requireNonNull(customerEmail, "customerEmail == null");
    return this;
  }

  /**
   * Sets {@code customer_language}.
   *
   * @param customerLanguage {@code customer_language}, an ISO 639-1 code such as {@code de}
   * @return this builder
   */
  public OrderInjectionRequestBuilder customerLanguage(String customerLanguage) {
    this.customerLanguage = Objects.requireNonNull(customerLanguage, "customerLanguage == null");
    return this;
  }

  /**
   * Sets {@code store_id}.
   *
   * @param storeId {@code store_id}, at most 256 characters
   * @return this builder
   */
  public OrderInjectionRequestBuilder storeId(String storeId) {
    this.storeId = Objects.requireNonNull(storeId, "storeId == null");
    return this;
  }

  /**
   * Sets {@code associate_id}.
   *
   * @param associateId {@code associate_id}, at most 256 characters
   * @return this builder
   */
  public OrderInjectionRequestBuilder associateId(String associateId) {
    this.associateId = Objects.requireNonNull(associateId, "associateId == null");
    return this;
  }

  /**
   * Sets {@code ip_address}.
   *
   * @param ipAddress {@code ip_address}, the customer's IP address
   * @return this builder
   */
  public OrderInjectionRequestBuilder ipAddress(String ipAddress) {
    this.ipAddress = Objects.requireNonNull(ipAddress, "ipAddress == null");
    return this;
  }

  /**
   * Sets {@code is_preconfirmed}; left out unless called.
   *
   * @param preconfirmed the value
   * @return this builder
   */
  public OrderInjectionRequestBuilder preconfirmed(boolean preconfirmed) {
    this.preconfirmed = preconfirmed;
    return this;
  }

  /**
   * Sets {@code is_fulfilled}; left out unless called.
   *
   * @param fulfilled the value
   * @return this builder
   */
  public OrderInjectionRequestBuilder fulfilled(boolean fulfilled) {
    this.fulfilled = fulfilled;
    return this;
  }

  /**
   * Sets {@code is_offline}; left out unless called.
   *
   * @param offline the value
   * @return this builder
   */
  public OrderInjectionRequestBuilder offline(boolean offline) {
    this.offline = offline;
    return this;
  }

  /**
   * Sets {@code is_historical}; left out unless called.
   *
   * @param historical the value
   * @return this builder
   */
  public OrderInjectionRequestBuilder historical(boolean historical) {
    this.historical = historical;
    return this;
  }

  /**
   * Sets {@code shipping_address}.
   *
   * @param shippingAddress {@code shipping_address}
   * @return this builder
   */
  public OrderInjectionRequestBuilder shippingAddress(OrderAddress shippingAddress) {
    this.shippingAddress = Objects.requireNonNull(shippingAddress, "shippingAddress == null");
    return this;
  }

  /**
   * Sets {@code billing_address}.
   *
   * @param billingAddress {@code billing_address}
   * @return this builder
   */
  public OrderInjectionRequestBuilder billingAddress(OrderAddress billingAddress) {
    this.billingAddress = Objects.requireNonNull(billingAddress, "billingAddress == null");
    return this;
  }

  /**
   * Adds an entry to {@code notification_blacklist}.
   *
   * @param notification a notification NewStore must not send for this order
   * @return this builder
   */
  public OrderInjectionRequestBuilder addNotificationBlacklist(String notification) {
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
  public OrderInjectionRequestBuilder addExtendedAttribute(String name, String value) {
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
  public OrderInjectionRequestBuilder addShipment(InjectedOrderShipment shipment) {
    shipments.add(Objects.requireNonNull(shipment, "shipment == null"));
    return this;
  }

  /**
   * Adds a payment.
   *
   * @param payment the payment
   * @return this builder
   */
  public OrderInjectionRequestBuilder addPayment(OrderPayment payment) {
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
  public OrderInjectionRequestBuilder extra(String name, Object value) {
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
