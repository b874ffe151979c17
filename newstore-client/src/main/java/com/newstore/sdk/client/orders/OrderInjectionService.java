package com.newstore.sdk.client.orders;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.OrderInjectionApi;
import com.newstore.sdk.client.internal.Transport;
import java.util.List;
import java.util.Objects;

/**
 * Injects orders from an external OMS into NewStore for store fulfillment and reads them back.
 * Reach it with {@code client.orders()}; thread-safe.
 *
 * <h2>Idempotency and retries</h2>
 *
 * NewStore deduplicates injected orders on {@code external_id}, so {@link
 * #create(OrderInjectionRequest)} is safe to repeat: the SDK retries it (after a {@code 500},
 * {@code 502}-{@code 504}, {@code 429} or a lost connection) with the identical body, and a retry
 * never creates a second order. NewStore limits this endpoint to about 20 requests per second.
 *
 * <h2>Routing and automatic cancellation</h2>
 *
 * Store fulfillment orders are injected with routing strategy {@code external}: NewStore does not
 * check ATP when accepting them. With {@code skip_soft_routing_on_injection} set in the order
 * injection configuration, NewStore also does not check that the service level or shipping option
 * can be offered. If stock is insufficient or no shipping option is available, NewStore
 * <b>automatically cancels</b> the order ({@code order.cancelled} is emitted); manage such orders
 * in the external OMS (they cannot be managed in Omnichannel Manager) and re-import them under a
 * <em>different</em> external order number, since NewStore never accepts a number twice. A mispick
 * or mispack in the store cancels the order the same way, and the external OMS re-routes it.
 *
 * <pre>{@code
 * InjectedOrder order = client.orders().create(OrderInjectionRequest.builder()
 *     .externalId("EXT-1001")
 *     .currency("USD")
 *     .placedAt(Instant.now())
 *     .addShipment(shipment)
 *     .build());
 * InjectedOrder again = client.orders().getByExternalId("EXT-1001");
 * }</pre>
 *
 * <p>Endpoints (ids for {@code NewStoreClient.Builder.pathOverride}), both confirmed:
 *
 * <ul>
 *   <li>{@code orders.fulfill-order.create}: {@code POST /v0/d/fulfill_order}, safe to retry
 *   <li>{@code orders.external-order.get}: {@code GET /v0/d/external_orders/{external_id}}
 * </ul>
 */
public final class OrderInjectionService {
  private final OrderInjectionApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service; {@link NewStoreClient} does this once, so use its accessor instead.
   *
   * @param client the client whose transport the service uses
   */
  public OrderInjectionService(NewStoreClient client) {
    Transport support = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = support.create(OrderInjectionApi.class);
    this.executor = support.executor();
  }

  /**
   * Injects an order. Idempotent on {@code external_id}: retried with the same body, never creating
   * two orders.
   *
   * @param order the order
   * @return NewStore's ids for the order and its units
   * @throws NewStoreValidationException when {@code order} breaks a rule; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public InjectedOrder create(OrderInjectionRequest order) {
    Objects.requireNonNull(order, "order == null");
    BeanValidation.validate(order);
    return executor.execute(api.create(order));
  }

  /**
   * Reads an injected order by its external id.
   *
   * @param externalId the external order number, not blank
   * @return the order
   * @throws NewStoreValidationException when {@code externalId} is blank; nothing is sent
   * @throws com.newstore.sdk.client.NotFoundException when no order has this external id
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public InjectedOrder getByExternalId(String externalId) {
    Objects.requireNonNull(externalId, "externalId == null");
    if (externalId.isBlank()) {
      throw new NewStoreValidationException(
          "external order id",
          List.of(new NewStoreValidationException.Violation("externalId", "must not be blank")));
    }
    return executor.execute(api.getByExternalId(externalId));
  }
}
