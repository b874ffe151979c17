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
import java.util.HashMap;
import java.util.HashSet;
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
 * {@link OrderInjectionRequestBuilder#extra(String, Object)}.
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
 *     .addShipment(new InjectedOrderShipment(
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
    @NotEmpty @Size(max = 10) List<@NotNull @Valid InjectedOrderShipment> shipments,
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
            .map(InjectedOrderShipment::shippingOption)
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
   * @return false when such a member was added with {@link
   *     OrderInjectionRequestBuilder#extra(String, Object)}
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
  public static OrderInjectionRequestBuilder builder() {
    return new OrderInjectionRequestBuilder();
  }
}
