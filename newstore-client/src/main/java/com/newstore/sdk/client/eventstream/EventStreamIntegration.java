package com.newstore.sdk.client.eventstream;

import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Describes an event stream integration: its id, type, callback and optional start time and filter.
 * {@code filter_conditions} has no public schema, so it is kept as raw JSON; members NewStore adds
 * in responses (a status, timestamps) are kept in {@link #extras()}. The callback's api key never
 * appears in {@link #toString()}.
 *
 * <pre>{@code
 * EventStreamIntegration integration = EventStreamIntegration.permanent(
 *     "external-oms",
 *     new CallbackParameters("https://oms.example.com/newstore/events", apiKey));
 * }</pre>
 *
 * @param id {@code id}, chosen by the integrator, not blank
 * @param integrationType {@code integration_type}, {@link IntegrationType#PERMANENT}
 * @param callbackParameters {@code callback_parameters}
 * @param startsAt {@code starts_at}: when delivery starts; null for now
 * @param filterConditions {@code filter_conditions} as raw JSON; null for every event
 * @param extras members the SDK does not model, kept for round trips
 */
public record EventStreamIntegration(
    @NotBlank String id,
    @Json(name = "integration_type") @NotNull IntegrationType integrationType,
    @Json(name = "callback_parameters") @NotNull @Valid CallbackParameters callbackParameters,
    @Json(name = "starts_at") @Nullable Instant startsAt,
    @Json(name = "filter_conditions") @Nullable Object filterConditions,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the extras.
   *
   * @param id {@code id}
   * @param integrationType {@code integration_type}
   * @param callbackParameters {@code callback_parameters}
   * @param startsAt {@code starts_at}
   * @param filterConditions {@code filter_conditions}
   * @param extras unknown members; null means none
   */
  public EventStreamIntegration {
    extras =
        extras == null || extras.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }

  /**
   * Returns a permanent integration delivering every event from now on.
   *
   * @param id the integration id
   * @param callback where and with which key to deliver
   * @return the integration
   */
  public static EventStreamIntegration permanent(String id, CallbackParameters callback) {
    return new EventStreamIntegration(
        id, IntegrationType.PERMANENT, callback, null, null, Map.of());
  }

  /**
   * Returns a copy that starts delivering at {@code startsAt}.
   *
   * @param startsAt the start time
   * @return the copy
   */
  public EventStreamIntegration withStartsAt(Instant startsAt) {
    return new EventStreamIntegration(
        id, integrationType, callbackParameters, startsAt, filterConditions, extras);
  }

  /**
   * Returns a copy with {@code filter_conditions}, sent as given.
   *
   * @param filterConditions the filter as maps, lists, strings, numbers and booleans
   * @return the copy
   */
  public EventStreamIntegration withFilterConditions(Object filterConditions) {
    return new EventStreamIntegration(
        id, integrationType, callbackParameters, startsAt, filterConditions, extras);
  }
}
