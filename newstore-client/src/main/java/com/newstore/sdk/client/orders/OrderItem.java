package com.newstore.sdk.client.orders;

import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Describes <em>one unit</em> of an injected order: two units of a product are two items. They may
 * share one {@code external_item_id} (NewStore gives each unit its own id); only add-ons and their
 * parents need an id unique within the order. An add-on's parent must be a non-add-on item of the
 * same shipment.
 *
 * <pre>{@code
 * OrderItem shirt = new OrderItem("line-1", "SKU-123", price);
 * OrderItem engraving = new OrderItem("line-2", "SKU-ENGRAVE", addonPrice).asAddonOf("line-1");
 * }</pre>
 *
 * @param externalItemId {@code external_item_id}, 1 to 64 characters
 * @param productId {@code product_id}, 1 to 64 characters
 * @param price {@code price}
 * @param addonParentExternalItemId {@code addon_parent_external_item_id}: the parent's {@code
 *     external_item_id} when this unit is an add-on; 1 to 64 characters
 * @param giftWrapping {@code gift_wrapping}
 * @param extendedAttributes {@code extended_attributes}, at most 100; null to leave it out
 */
public record OrderItem(
    @Json(name = "external_item_id") @NotNull @Size(min = 1, max = 64) String externalItemId,
    @Json(name = "product_id") @NotNull @Size(min = 1, max = 64) String productId,
    @NotNull @Valid ItemPrice price,
    @Json(name = "addon_parent_external_item_id") @Size(min = 1, max = 64)
        @Nullable String addonParentExternalItemId,
    @Json(name = "gift_wrapping") @Valid @Nullable GiftWrapping giftWrapping,
    @Json(name = "extended_attributes") @Size(max = 100)
        @Nullable List<@NotNull @Valid ExtendedAttribute> extendedAttributes) {
  /**
   * Copies the extended attributes.
   *
   * @param externalItemId {@code external_item_id}
   * @param productId {@code product_id}
   * @param price {@code price}
   * @param addonParentExternalItemId {@code addon_parent_external_item_id}
   * @param giftWrapping {@code gift_wrapping}
   * @param extendedAttributes {@code extended_attributes}
   */
  public OrderItem {
    extendedAttributes = extendedAttributes == null ? null : List.copyOf(extendedAttributes);
  }

  /**
   * Creates a plain unit: no add-on parent, gift wrapping or extended attributes.
   *
   * @param externalItemId {@code external_item_id}
   * @param productId {@code product_id}
   * @param price {@code price}
   */
  public OrderItem(String externalItemId, String productId, ItemPrice price) {
    this(externalItemId, productId, price, null, null, null);
  }

  /**
   * Returns a copy that is an add-on of another unit of the same shipment.
   *
   * @param parentExternalItemId the parent's {@code external_item_id}; the parent is no add-on
   * @return the copy
   */
  public OrderItem asAddonOf(String parentExternalItemId) {
    return new OrderItem(
        externalItemId,
        productId,
        price,
        Objects.requireNonNull(parentExternalItemId, "parentExternalItemId == null"),
        giftWrapping,
        extendedAttributes);
  }

  /**
   * Returns a copy with {@code gift_wrapping}.
   *
   * @param giftWrapping the gift wrapping
   * @return the copy
   */
  public OrderItem withGiftWrapping(GiftWrapping giftWrapping) {
    return new OrderItem(
        externalItemId,
        productId,
        price,
        addonParentExternalItemId,
        Objects.requireNonNull(giftWrapping, "giftWrapping == null"),
        extendedAttributes);
  }

  /**
   * Returns a copy with {@code extended_attributes}.
   *
   * @param extendedAttributes at most 100 attributes
   * @return the copy
   */
  public OrderItem withExtendedAttributes(List<ExtendedAttribute> extendedAttributes) {
    return new OrderItem(
        externalItemId,
        productId,
        price,
        addonParentExternalItemId,
        giftWrapping,
        Objects.requireNonNull(extendedAttributes, "extendedAttributes == null"));
  }
}
