package com.newstore.sdk.client.config;

import com.newstore.sdk.client.internal.JsonTree;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Associate App configuration document ({@code GET /api/v1/associate-app/config}), kept whole:
 * {@code capabilities {mixed_cart, offline_mode, cash_for_endless_aisle_orders_enabled, …}}, {@code
 * commerce_components}, {@code return_process_configuration}, {@code ui_configurations}, {@code
 * customizations}, {@code release_toggles}, {@code external_integration}, {@code
 * last_published_release} and anything NewStore adds. NewStore's update <strong>replaces</strong>
 * the whole document, so change a document you read (the withers keep every other member), or use
 * {@link ConfigResource#update}. Immutable.
 *
 * <pre>{@code
 * client.associateAppConfig().update(c -> c.withMixedCart(true).withUseNewOmUi(true));
 * }</pre>
 *
 * <p>Where {@code use_new_om_ui} lives is <strong>unknown</strong>: NewStore's published schema
 * does not show it. The SDK reads and writes it at {@link #USE_NEW_OM_UI_POINTER}; pass another
 * JSON pointer to {@link #useNewOmUi(String)} and {@link #withUseNewOmUi(String, boolean)} if your
 * tenant keeps it elsewhere.
 *
 * @param document the JSON document, every member kept
 */
public record AssociateAppConfiguration(Map<String, Object> document) {
  /** The default location of {@code use_new_om_ui}, a JSON pointer; unconfirmed. */
  public static final String USE_NEW_OM_UI_POINTER = "/use_new_om_ui";

  /** {@code capabilities.mixed_cart} (confirmed). */
  public static final String MIXED_CART_POINTER = "/capabilities/mixed_cart";

  /** {@code capabilities.offline_mode} (confirmed). */
  public static final String OFFLINE_MODE_POINTER = "/capabilities/offline_mode";

  /**
   * Copies the document.
   *
   * @param document see the record description
   */
  public AssociateAppConfiguration {
    document = JsonTree.copy(Objects.requireNonNull(document, "document == null"));
  }

  /**
   * Returns an empty document, to build one from nothing.
   *
   * @return a document without members
   */
  public static AssociateAppConfiguration empty() {
    return new AssociateAppConfiguration(Map.of());
  }

  /**
   * Returns {@code capabilities.mixed_cart}.
   *
   * @return the flag, or empty when not set
   */
  public Optional<Boolean> mixedCart() {
    return JsonTree.flag(document, MIXED_CART_POINTER);
  }

  /**
   * Returns a copy with {@code capabilities.mixed_cart} set.
   *
   * @param enabled whether mixed-cart orders are allowed
   * @return the changed copy
   */
  public AssociateAppConfiguration withMixedCart(boolean enabled) {
    return with(MIXED_CART_POINTER, enabled);
  }

  /**
   * Returns {@code capabilities.offline_mode}.
   *
   * @return the flag, or empty when not set
   */
  public Optional<Boolean> offlineMode() {
    return JsonTree.flag(document, OFFLINE_MODE_POINTER);
  }

  /**
   * Returns a copy with {@code capabilities.offline_mode} set.
   *
   * @param enabled whether the app works offline
   * @return the changed copy
   */
  public AssociateAppConfiguration withOfflineMode(boolean enabled) {
    return with(OFFLINE_MODE_POINTER, enabled);
  }

  /**
   * Returns {@code use_new_om_ui} at its default location {@link #USE_NEW_OM_UI_POINTER}.
   *
   * @return the flag, or empty when not set there
   */
  public Optional<Boolean> useNewOmUi() {
    return useNewOmUi(USE_NEW_OM_UI_POINTER);
  }

  /**
   * Returns {@code use_new_om_ui} at a location of your choice.
   *
   * @param pointer a JSON pointer, such as {@code /ui_configurations/use_new_om_ui}
   * @return the flag, or empty when not set there
   */
  public Optional<Boolean> useNewOmUi(String pointer) {
    return JsonTree.flag(document, pointer);
  }

  /**
   * Returns a copy with {@code use_new_om_ui} set at {@link #USE_NEW_OM_UI_POINTER}.
   *
   * @param enabled whether the app reads orders from the external OMS
   * @return the changed copy
   */
  public AssociateAppConfiguration withUseNewOmUi(boolean enabled) {
    return withUseNewOmUi(USE_NEW_OM_UI_POINTER, enabled);
  }

  /**
   * Returns a copy with {@code use_new_om_ui} set at a location of your choice.
   *
   * @param pointer a JSON pointer
   * @param enabled whether the app reads orders from the external OMS
   * @return the changed copy
   */
  public AssociateAppConfiguration withUseNewOmUi(String pointer, boolean enabled) {
    return with(pointer, enabled);
  }

  /**
   * Returns the member at a JSON pointer: a map, list, string, {@link java.math.BigDecimal} or
   * boolean.
   *
   * @param pointer a JSON pointer, such as {@code /capabilities/mixed_cart}
   * @return the member, or empty when absent
   */
  public Optional<Object> at(String pointer) {
    return JsonTree.at(document, pointer);
  }

  /**
   * Returns a copy with the member at a JSON pointer replaced, objects on the way created.
   *
   * @param pointer a JSON pointer
   * @param value the new value (maps, lists, strings, numbers, booleans); null removes the member
   * @return the changed copy
   */
  public AssociateAppConfiguration with(String pointer, @Nullable Object value) {
    return new AssociateAppConfiguration(JsonTree.with(document, pointer, value));
  }
}
