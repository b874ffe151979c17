package com.newstore.sdk.webhooks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Holds one order as the external order webhook returns it (NewStore's {@code SalesOrder}), for the
 * purchase history and, inside {@link OrderDetails}, for order details. NewStore validates these
 * members against its schema and rejects the whole answer on one bad member, so all of them are
 * required and checked here ({@link InvalidAnswerException}); send anything else NewStore documents
 * (such as {@code catalog}) through {@code additionalFields}, keyed by JSON name. A typed member
 * always wins over an additional field of the same name.
 *
 * <p>{@code status}, {@code channel_type} and {@code fulfillment_type} stay open strings:
 * NewStore's schema lists {@code on_hold}, {@code open}, {@code closed}, {@code
 * created_for_blind_return} and {@code failed} as order statuses, but its own samples use item
 * statuses such as {@code complete}.
 *
 * @param id the order id shown to associates
 * @param origin where the order was captured
 * @param originId the order id in the origin system (NewStore's UUID when {@code origin} is {@code
 *     newstore})
 * @param placedAt when the order was placed; the purchase history is sorted by it, latest first
 * @param status the order status
 * @param currency the ISO 4217 currency code, 3 letters
 * @param channelType {@code store} or {@code web}
 * @param fulfillmentType {@code traditional}, {@code same_day_delivery}, {@code in_store_pickup},
 *     {@code in_store_purchase} or {@code multiple}
 * @param items the order items
 * @param additionalFields more JSON fields to send, written as given
 */
public record SalesOrder(
    String id,
    OrderOrigin origin,
    String originId,
    Instant placedAt,
    String status,
    String currency,
    String channelType,
    String fulfillmentType,
    List<Item> items,
    Map<String, @Nullable Object> additionalFields) {

  /**
   * Checks and copies the components.
   *
   * @param id see the record description
   * @param origin see the record description
   * @param originId see the record description
   * @param placedAt see the record description
   * @param status see the record description
   * @param currency see the record description
   * @param channelType see the record description
   * @param fulfillmentType see the record description
   * @param items see the record description
   * @param additionalFields see the record description
   * @throws InvalidAnswerException when {@code currency} is not 3 characters long
   */
  public SalesOrder {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(origin, "origin == null");
    Objects.requireNonNull(originId, "originId == null");
    Objects.requireNonNull(placedAt, "placedAt == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(currency, "currency == null");
    if (currency.length() != 3) {
      // NewStore rejects the whole answer otherwise; fail where the order is built instead.
      throw new InvalidAnswerException("currency", "must be a 3-letter ISO 4217 code");
    }
    Objects.requireNonNull(channelType, "channelType == null");
    Objects.requireNonNull(fulfillmentType, "fulfillmentType == null");
    items = List.copyOf(items);
    additionalFields =
        com.newstore.sdk.webhooks.internal.JsonValues.immutableCopy(additionalFields);
  }

  /**
   * Holds one order item.
   *
   * @param id the item id
   * @param originId the item id in the origin system
   * @param status {@code pending}, {@code in_fulfillment}, {@code on_hold}, {@code complete},
   *     {@code cancelled} or {@code returned}
   * @param price the item's prices
   * @param externalIdentifier {@code external_identifier}, required by NewStore in the purchase
   *     history; {@link ExternalIdentifier#NONE} when the item has neither EPC nor serial number
   * @param productAttributes {@code product_attributes}: a non-blank string {@code name} (required
   *     by NewStore) and optionally {@code size}, {@code color}, {@code image_url}, {@code
   *     additional_variant_1}, {@code additional_variant_2}
   * @param additionalFields more JSON fields (such as {@code product_id} or {@code tax_lines} in
   *     order details), written as given
   */
  public record Item(
      String id,
      String originId,
      String status,
      Price price,
      ExternalIdentifier externalIdentifier,
      Map<String, @Nullable Object> productAttributes,
      Map<String, @Nullable Object> additionalFields) {
    /**
     * Checks and copies the components.
     *
     * @param id see the record description
     * @param originId see the record description
     * @param status see the record description
     * @param price see the record description
     * @param externalIdentifier see the record description
     * @param productAttributes see the record description
     * @param additionalFields see the record description
     * @throws InvalidAnswerException when {@code productAttributes} has no non-blank string {@code
     *     name}
     */
    public Item {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(originId, "originId == null");
      Objects.requireNonNull(status, "status == null");
      Objects.requireNonNull(price, "price == null");
      Objects.requireNonNull(externalIdentifier, "externalIdentifier == null");
      if (!(productAttributes.get("name") instanceof String name) || name.isBlank()) {
        throw new InvalidAnswerException(
            "items[].product_attributes.name",
            "NewStore requires a non-blank string name for every item");
      }
      productAttributes =
          com.newstore.sdk.webhooks.internal.JsonValues.immutableCopy(productAttributes);
      additionalFields =
          com.newstore.sdk.webhooks.internal.JsonValues.immutableCopy(additionalFields);
    }
  }

  /**
   * Holds an item's {@code external_identifier}, NewStore's {@code SalesOrderExternalIdentifier}:
   * an object whose members are both optional.
   *
   * @param epc the EPC (RFID) code, if any
   * @param serialNumber the serial number, if any
   */
  public record ExternalIdentifier(@Nullable String epc, @Nullable String serialNumber) {
    /** An identifier without EPC or serial number, written as {@code {}}. */
    public static final ExternalIdentifier NONE = new ExternalIdentifier(null, null);
  }

  /**
   * Holds an item's prices.
   *
   * @param base the base price
   * @param discount the discount
   * @param gross the gross price
   * @param net the net price
   * @param tax the tax
   */
  public record Price(
      BigDecimal base, BigDecimal discount, BigDecimal gross, BigDecimal net, BigDecimal tax) {
    /**
     * Checks the components.
     *
     * @param base see the record description
     * @param discount see the record description
     * @param gross see the record description
     * @param net see the record description
     * @param tax see the record description
     */
    public Price {
      Objects.requireNonNull(base, "base == null");
      Objects.requireNonNull(discount, "discount == null");
      Objects.requireNonNull(gross, "gross == null");
      Objects.requireNonNull(net, "net == null");
      Objects.requireNonNull(tax, "tax == null");
    }
  }
}
