package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.NewStoreValidationException;

/**
 * Injects orders from an external OMS into NewStore and reads them back. Reach it with {@code
 * client.orders()}; implementations are thread-safe.
 *
 * <h2>Idempotency and retries</h2>
 *
 * NewStore deduplicates injected orders on {@code external_id}: the same request sent again returns
 * the same answer, so {@link #create(OrderInjectionRequest)} is safe to repeat. The SDK retries it
 * (after a {@code 500}, {@code 502}-{@code 504}, {@code 429} or a lost connection) with the
 * identical body. After a {@code 504} NewStore keeps processing in the background; repeating the
 * call returns the result. Only {@code 200} means the order was created: another {@code 2xx} throws
 * {@link UnexpectedInjectionStatusException}. NewStore limits this endpoint to about 20 requests
 * per second.
 *
 * <h2>Store fulfillment through an external OMS (seed 000)</h2>
 *
 * The external OMS chooses the store and routes each shipment {@code external} to it ({@link
 * ShippingOption#routedExternallyTo(String)}): NewStore does not check ATP. With {@code
 * skip_soft_routing_on_injection} set in the order injection configuration, NewStore also does not
 * check the shipping option on injection. If the node is unknown, stock is insufficient or no
 * shipping option is available, NewStore <b>cancels the order automatically</b> ({@code
 * order.cancelled} is emitted); a mispick or mispack in the store cancels it the same way. Manage
 * such orders in the external OMS and re-import them under a <em>new</em> external id: NewStore
 * never accepts a number twice and never changes an injected order ({@link
 * OrderAlreadyInjectedException}).
 *
 * <pre>{@code
 * OrderAddress address = OrderAddress.builder().country("US").addressLine1("1 Main St").build();
 * InjectedOrder order = client.orders().create(OrderInjectionRequest.builder()
 *     .externalId("EXT-1001")
 *     .shop("storefront").shopLocale("en-US")
 *     .channelType("store").channelName("store-nyc")
 *     .currency("USD")
 *     .shippingAddress(address)
 *     .addShipment(new InjectedOrderShipment(
 *         List.of(new OrderItem("line-1", "SKU-123",
 *             ItemPrice.of(new BigDecimal("20.00"), new BigDecimal("20.00")))),
 *         ShippingOption.serviceLevel("TRADITIONAL", BigDecimal.ZERO, BigDecimal.ZERO)
 *             .routedExternallyTo("store-nyc")))
 *     .build());
 * InjectedOrder again = client.orders().getByExternalId("EXT-1001");
 * }</pre>
 *
 * <p>Endpoints (ids for {@code NewStoreClient.Builder.pathOverride}), both confirmed:
 *
 * <ul>
 *   <li>{@code orders.fulfill-order.create}: {@code POST /v0/d/fulfill_order}, safe to retry
 *   <li>{@code orders.external-order.get}: {@code GET /v0/d/external_orders/{id}}, where {@code
 *       {id}} is the bare id or {@code {id_type}={id}}; optional queries {@code email} and {@code
 *       country_code}
 * </ul>
 */
public interface OrderInjectionService {
  /**
   * Injects an order. Idempotent on {@code external_id}: retried with the same body, never creating
   * two orders.
   *
   * @param order the order
   * @return NewStore's ids for the order and its units
   * @throws NewStoreValidationException when {@code order} breaks a documented rule; nothing is
   *     sent
   * @throws OrderAlreadyInjectedException when a different order already has this {@code
   *     external_id}
   * @throws InvalidAddonParentException when NewStore refused an add-on's parent
   * @throws DuplicateAddonItemIdException when NewStore refused a repeated add-on item id
   * @throws UnexpectedInjectionStatusException when NewStore answered a {@code 2xx} other than
   *     {@code 200}
   * @throws com.newstore.sdk.client.NewStoreException when the call fails otherwise
   */
  InjectedOrder create(OrderInjectionRequest order);

  /**
   * Reads an injected order by its external order number (the bare id, no {@code id_type}).
   *
   * @param externalId the external order number, not blank
   * @return the order
   * @throws NewStoreValidationException when {@code externalId} is blank; nothing is sent
   * @throws com.newstore.sdk.client.NotFoundException when no order has this external id
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  InjectedOrder getByExternalId(String externalId);

  /**
   * Reads an injected order by any id type, optionally narrowed by email and country.
   *
   * @param lookup which order to read
   * @return the order
   * @throws NewStoreValidationException when {@code lookup} is invalid; nothing is sent
   * @throws com.newstore.sdk.client.NotFoundException when no order matches
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  InjectedOrder get(ExternalOrderLookup lookup);
}
