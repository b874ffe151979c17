package com.newstore.sdk.client.internal.eventstream;

import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.eventstream.EventStreamIntegration;
import com.newstore.sdk.client.eventstream.EventStreamService;
import com.newstore.sdk.client.eventstream.IntegrationLimitException;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.EventStreamApi;
import com.newstore.sdk.client.internal.Transport;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@link EventStreamService} over the client's transport. Thread-safe. */
public final class RealEventStreamService implements EventStreamService {
  private final EventStreamApi api;
  private final ApiExecutor executor;
  private final JsonAdapter<EventStreamIntegration> adapter;

  /**
   * Creates the service.
   *
   * @param transport the client's transport
   */
  public RealEventStreamService(Transport transport) {
    Objects.requireNonNull(transport, "transport == null");
    this.api = transport.create(EventStreamApi.class);
    this.executor = transport.executor();
    this.adapter = transport.moshi().adapter(EventStreamIntegration.class);
  }

  @Override
  public EventStreamIntegration create(EventStreamIntegration integration) {
    Objects.requireNonNull(integration, "integration == null");
    BeanValidation.validate(integration);
    EventStreamIntegration sent = integration.withoutStatus();
    EventStreamIntegration created;
    try {
      created = executor.executeNullable(api.create(sent));
    } catch (NewStoreApiException e) {
      throw limitReachedOr(e);
    }
    return created != null ? created : sent;
  }

  @Override
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

  @Override
  public EventStreamIntegration get(String id) {
    return executor.execute(api.get(checkedId(id)));
  }

  @Override
  public void start(String id) {
    executor.executeNullable(api.start(checkedId(id)));
  }

  @Override
  public void stop(String id) {
    executor.executeNullable(api.stop(checkedId(id)));
  }

  @Override
  public void delete(String id) {
    executor.executeNullable(api.delete(checkedId(id)));
  }

  /**
   * Names the limit when a refused create meets a full tenant. NewStore's status and error code for
   * the limit are unknown, so a 400, 403 or 422 refusal triggers one list (a 409 is read as "this
   * id exists"); if the list fails too, the original refusal is thrown.
   */
  private NewStoreApiException limitReachedOr(NewStoreApiException refusal) {
    int status = refusal.statusCode();
    if (status != 400 && status != 403 && status != 422) {
      return refusal;
    }
    try {
      int existing = list().size();
      return existing >= MAX_INTEGRATIONS
          ? new IntegrationLimitException(refusal.error(), existing)
          : refusal;
    } catch (NewStoreException listFailed) {
      refusal.addSuppressed(listFailed);
      return refusal;
    }
  }

  /** Reads {@code {"integrations": [...]}}; a bare array is accepted too. */
  private static List<?> listIn(@Nullable Object body) {
    if (body == null) {
      return List.of();
    }
    if (body instanceof List<?> list) {
      return list;
    }
    if (body instanceof Map<?, ?> map) {
      Object integrations = map.get("integrations");
      if (integrations instanceof List<?> list) {
        return list;
      }
      if (integrations == null) {
        return List.of();
      }
    }
    throw new NewStoreDecodingException(
        "NewStore answered the integration list without an \"integrations\" array", null);
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
