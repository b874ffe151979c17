package com.newstore.sdk.client.eventstream;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.EventStreamApi;
import com.newstore.sdk.client.internal.ExtrasJson;
import com.newstore.sdk.client.internal.Transport;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Registers, reads, updates, starts and stops event stream integrations, the webhook through which
 * an external OMS learns of {@code order.created} and the payment events. Delivery is at least once
 * and unordered. Reach it with {@code client.eventStream()}; thread-safe. Create and the start/stop
 * calls are {@code POST}s NewStore does not document as idempotent, so they are never retried after
 * a request was sent.
 *
 * <pre>{@code
 * EventStreamService events = client.eventStream();
 * events.create(EventStreamIntegration.permanent(
 *     "external-oms", new CallbackParameters("https://oms.example.com/events", apiKey)));
 * events.start("external-oms");
 * }</pre>
 *
 * <p>Endpoints (ids for {@code NewStoreClient.Builder.pathOverride}):
 *
 * <ul>
 *   <li>{@code event-stream.integration.create}: {@code POST /api/v1/org/integrations/eventstream}
 *       (confirmed)
 *   <li>{@code event-stream.integration.list}: {@code GET /api/v1/org/integrations/eventstream}
 *       (confirmed; the list envelope is unconfirmed: a bare array or the first array member of an
 *       object is accepted)
 *   <li>{@code event-stream.integration.get}: {@code GET /api/v1/org/integrations/eventstream/{id}}
 *       (confirmed)
 *   <li>{@code event-stream.integration.update}: {@code PUT
 *       /api/v1/org/integrations/eventstream/{id}} (<b>unconfirmed</b> method and path)
 *   <li>{@code event-stream.integration.start}: {@code POST
 *       /api/v1/org/integrations/eventstream/{id}/_start} (confirmed)
 *   <li>{@code event-stream.integration.stop}: {@code POST
 *       /api/v1/org/integrations/eventstream/{id}/_stop} (confirmed)
 * </ul>
 */
public final class EventStreamService {
  private final EventStreamApi api;
  private final ApiExecutor executor;
  private final JsonAdapter<EventStreamIntegration> adapter;

  /**
   * Creates the service; {@link NewStoreClient} does this once, so use its accessor instead.
   *
   * @param client the client whose transport the service uses
   */
  public EventStreamService(NewStoreClient client) {
    Transport support = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = support.create(EventStreamApi.class);
    this.executor = support.executor();
    this.adapter = ExtrasJson.moshi().adapter(EventStreamIntegration.class);
  }

  /**
   * Registers an integration.
   *
   * @param integration the integration
   * @return the integration as NewStore stored it, or {@code integration} when it answered with no
   *     body
   * @throws NewStoreValidationException when {@code integration} is invalid; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public EventStreamIntegration create(EventStreamIntegration integration) {
    Objects.requireNonNull(integration, "integration == null");
    BeanValidation.validate(integration);
    EventStreamIntegration created = executor.executeNullable(api.create(integration));
    return created != null ? created : integration;
  }

  /**
   * Lists the integrations.
   *
   * @return the integrations, possibly empty
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public List<EventStreamIntegration> list() {
    Object body = executor.executeNullable(api.list());
    List<?> items = listIn(body);
    List<EventStreamIntegration> result = new ArrayList<>(items.size());
    try {
      for (Object item : items) {
        result.add(Objects.requireNonNull(adapter.fromJsonValue(item)));
      }
    } catch (JsonDataException | NullPointerException e) {
      throw new NewStoreDecodingException(
          "NewStore answered the integration list with an unexpected entry: " + e.getMessage(), e);
    }
    return List.copyOf(result);
  }

  /**
   * Returns one integration.
   *
   * @param id the integration id, not blank
   * @return the integration
   * @throws NewStoreValidationException when {@code id} is blank; nothing is sent
   * @throws com.newstore.sdk.client.NotFoundException when no integration has this id
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public EventStreamIntegration get(String id) {
    return executor.execute(api.get(checkedId(id)));
  }

  /**
   * Replaces an integration (method and path unconfirmed).
   *
   * @param integration the integration; its id names the one to replace
   * @return the integration as NewStore stored it, or {@code integration} when it answered with no
   *     body
   * @throws NewStoreValidationException when {@code integration} is invalid; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public EventStreamIntegration update(EventStreamIntegration integration) {
    Objects.requireNonNull(integration, "integration == null");
    BeanValidation.validate(integration);
    EventStreamIntegration updated =
        executor.executeNullable(api.update(integration.id(), integration));
    return updated != null ? updated : integration;
  }

  /**
   * Starts delivering events to an integration.
   *
   * @param id the integration id, not blank
   * @throws NewStoreValidationException when {@code id} is blank; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void start(String id) {
    executor.executeNullable(api.start(checkedId(id)));
  }

  /**
   * Stops delivering events to an integration.
   *
   * @param id the integration id, not blank
   * @throws NewStoreValidationException when {@code id} is blank; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void stop(String id) {
    executor.executeNullable(api.stop(checkedId(id)));
  }

  private static List<?> listIn(@Nullable Object body) {
    if (body == null) {
      return List.of();
    }
    if (body instanceof List<?> list) {
      return list;
    }
    if (body instanceof Map<?, ?> map) {
      for (Object value : map.values()) {
        if (value instanceof List<?> list) {
          return list;
        }
      }
      return List.of();
    }
    throw new NewStoreDecodingException(
        "NewStore answered the integration list with neither an array nor an object", null);
  }

  private static String checkedId(String id) {
    Objects.requireNonNull(id, "id == null");
    if (id.isBlank()) {
      throw new NewStoreValidationException(
          "integration id",
          List.of(new NewStoreValidationException.Violation("id", "must not be blank")));
    }
    return id;
  }
}
