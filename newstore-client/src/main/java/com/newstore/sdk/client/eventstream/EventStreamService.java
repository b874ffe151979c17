package com.newstore.sdk.client.eventstream;

import com.newstore.sdk.client.NewStoreValidationException;
import java.util.List;

/**
 * Registers, reads, starts, stops and deletes event stream integrations: the webhook (or S3 export)
 * through which an external OMS learns of {@code order.created}, {@code order.cancelled}, the
 * payment events and the others. Delivery is at least once and unordered. Reach it with {@code
 * client.eventStream()}; implementations are thread-safe.
 *
 * <p>Creating an integration <b>starts it</b>: there is no need to call {@link #start(String)}
 * afterwards; start and stop pause and resume an existing one. NewStore documents no update: to
 * change an integration, {@link #delete(String)} it and create it again (deleting also removes its
 * logs and rejected events). A tenant has at most {@value #MAX_INTEGRATIONS} integrations,
 * temporary and stopped ones included; a create refused because of that limit throws {@link
 * IntegrationLimitException}. Create, start and stop are {@code POST}s NewStore does not document
 * as idempotent, so they are never retried after a request was sent.
 *
 * <pre>{@code
 * client.eventStream().create(EventStreamIntegration.permanent(
 *     "external-oms", new CallbackParameters("https://oms.example.com/events", apiKey)));
 * }</pre>
 *
 * <p>Endpoints (ids for {@code NewStoreClient.Builder.pathOverride}):
 *
 * <ul>
 *   <li>{@code event-stream.integration.create}: {@code POST /api/v1/org/integrations/eventstream}
 *       (confirmed)
 *   <li>{@code event-stream.integration.list}: {@code GET /api/v1/org/integrations/eventstream}
 *       (confirmed; answer {@code {"integrations": [...]}})
 *   <li>{@code event-stream.integration.get}: {@code GET /api/v1/org/integrations/eventstream/{id}}
 *       (confirmed)
 *   <li>{@code event-stream.integration.start}: {@code POST
 *       /api/v1/org/integrations/eventstream/{id}/_start} (confirmed)
 *   <li>{@code event-stream.integration.stop}: {@code POST
 *       /api/v1/org/integrations/eventstream/{id}/_stop} (confirmed)
 *   <li>{@code event-stream.integration.delete}: {@code DELETE
 *       /api/v1/org/integrations/eventstream/{id}} (the operation is documented; its method and
 *       path are <b>unconfirmed</b>, inferred from the others)
 * </ul>
 */
public interface EventStreamService {
  /** The most integrations NewStore allows per tenant, temporary and stopped ones included. */
  int MAX_INTEGRATIONS = 25;

  /**
   * Registers an integration; NewStore starts it at once.
   *
   * @param integration the integration; its {@code status} is not sent
   * @return the integration as NewStore stored it, or {@code integration} when it answered with no
   *     body
   * @throws NewStoreValidationException when {@code integration} is invalid; nothing is sent
   * @throws IntegrationLimitException when NewStore refused and the tenant already has {@value
   *     #MAX_INTEGRATIONS} integrations
   * @throws com.newstore.sdk.client.NewStoreException when the call fails otherwise
   */
  EventStreamIntegration create(EventStreamIntegration integration);

  /**
   * Lists the integrations.
   *
   * @return the integrations, possibly empty
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  List<EventStreamIntegration> list();

  /**
   * Returns one integration.
   *
   * @param id the integration id, not blank
   * @return the integration
   * @throws NewStoreValidationException when {@code id} is blank; nothing is sent
   * @throws com.newstore.sdk.client.NotFoundException when no integration has this id
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  EventStreamIntegration get(String id);

  /**
   * Resumes delivery to a stopped integration. Not needed after {@link
   * #create(EventStreamIntegration)}.
   *
   * @param id the integration id, not blank
   * @throws NewStoreValidationException when {@code id} is blank; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  void start(String id);

  /**
   * Stops delivering events to an integration; it still counts towards the limit.
   *
   * @param id the integration id, not blank
   * @throws NewStoreValidationException when {@code id} is blank; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  void stop(String id);

  /**
   * Deletes an integration with its logs and rejected events (method and path unconfirmed).
   *
   * @param id the integration id, not blank
   * @throws NewStoreValidationException when {@code id} is blank; nothing is sent
   * @throws com.newstore.sdk.client.NotFoundException when no integration has this id
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  void delete(String id);
}
