package com.newstore.sdk.client.eventstream;

import com.newstore.sdk.client.internal.UnknownFields;
import com.squareup.moshi.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Describes an event stream integration: its id, type, destination (a callback URL or an S3
 * bucket), optional time window and filter, and the status NewStore reports. Creating an
 * integration starts it. A {@link IntegrationType#TEMPORARY temporary} integration replays the
 * events between {@code starts_at} and {@code ends_at} and then stops itself. {@code
 * filter_conditions} has no public schema, so it is kept as raw JSON; other members NewStore adds
 * are kept in {@link #extras()}. Secrets never appear in {@link #toString()}.
 *
 * <pre>{@code
 * EventStreamIntegration live = EventStreamIntegration.permanent(
 *     "external-oms", new CallbackParameters("https://oms.example.com/newstore/events", apiKey));
 * EventStreamIntegration replay = EventStreamIntegration.temporary(
 *     "replay-march", new CallbackParameters("https://oms.example.com/newstore/replay"),
 *     Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-02T00:00:00Z"));
 * }</pre>
 *
 * @param id {@code id}, chosen by the integrator, not blank
 * @param integrationType {@code integration_type}: {@code permanent} or {@code temporary}
 * @param callbackParameters {@code callback_parameters}; set this or {@code s3Parameters}
 * @param s3Parameters {@code s3_parameters}; set this or {@code callbackParameters}
 * @param startsAt {@code starts_at}: the first event to deliver; null for now
 * @param endsAt {@code ends_at}: the last event to deliver; required for a temporary integration
 * @param filterConditions {@code filter_conditions} as raw JSON; null for every event
 * @param status {@code status} as NewStore reports it ({@code running} or {@code stopped}); null on
 *     create, where the SDK never sends it
 * @param extras members the SDK does not model, kept for round trips
 */
public record EventStreamIntegration(
    @NotBlank String id,
    @Json(name = "integration_type") @NotNull IntegrationType integrationType,
    @Json(name = "callback_parameters") @Valid @Nullable CallbackParameters callbackParameters,
    @Json(name = "s3_parameters") @Valid @Nullable S3Parameters s3Parameters,
    @Json(name = "starts_at") @Nullable Instant startsAt,
    @Json(name = "ends_at") @Nullable Instant endsAt,
    @Json(name = "filter_conditions") @Nullable Object filterConditions,
    @Nullable IntegrationStatus status,
    @UnknownFields Map<String, Object> extras) {
  /**
   * Copies the extras.
   *
   * @param id {@code id}
   * @param integrationType {@code integration_type}
   * @param callbackParameters {@code callback_parameters}
   * @param s3Parameters {@code s3_parameters}
   * @param startsAt {@code starts_at}
   * @param endsAt {@code ends_at}
   * @param filterConditions {@code filter_conditions}
   * @param status {@code status}
   * @param extras unknown members; null means none
   */
  public EventStreamIntegration {
    extras =
        extras == null || extras.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }

  /**
   * Returns a permanent integration delivering every event, from now on, to a URL.
   *
   * @param id the integration id
   * @param callback where (and with which optional key) to deliver
   * @return the integration
   */
  public static EventStreamIntegration permanent(String id, CallbackParameters callback) {
    return new EventStreamIntegration(
        id,
        IntegrationType.PERMANENT,
        Objects.requireNonNull(callback, "callback == null"),
        null,
        null,
        null,
        null,
        null,
        Map.of());
  }

  /**
   * Returns a permanent integration uploading every event, from now on, to an S3 bucket.
   *
   * @param id the integration id
   * @param s3 the bucket and credentials
   * @return the integration
   */
  public static EventStreamIntegration permanent(String id, S3Parameters s3) {
    return new EventStreamIntegration(
        id,
        IntegrationType.PERMANENT,
        null,
        Objects.requireNonNull(s3, "s3 == null"),
        null,
        null,
        null,
        null,
        Map.of());
  }

  /**
   * Returns a temporary integration that replays the events between two instants to a URL and then
   * stops itself.
   *
   * @param id the integration id
   * @param callback where (and with which optional key) to deliver
   * @param startsAt the first event to replay
   * @param endsAt the last event to replay, after {@code startsAt}
   * @return the integration
   */
  public static EventStreamIntegration temporary(
      String id, CallbackParameters callback, Instant startsAt, Instant endsAt) {
    return new EventStreamIntegration(
        id,
        IntegrationType.TEMPORARY,
        Objects.requireNonNull(callback, "callback == null"),
        null,
        Objects.requireNonNull(startsAt, "startsAt == null"),
        Objects.requireNonNull(endsAt, "endsAt == null"),
        null,
        null,
        Map.of());
  }

  /**
   * Returns a copy that starts delivering at {@code startsAt}.
   *
   * @param startsAt the start time
   * @return the copy
   */
  public EventStreamIntegration withStartsAt(Instant startsAt) {
    return new EventStreamIntegration(
        id,
        integrationType,
        callbackParameters,
        s3Parameters,
        Objects.requireNonNull(startsAt, "startsAt == null"),
        endsAt,
        filterConditions,
        status,
        extras);
  }

  /**
   * Returns a copy with {@code filter_conditions}, sent as given (its shape is unconfirmed).
   *
   * @param filterConditions the filter as maps, lists, strings, numbers and booleans
   * @return the copy
   */
  public EventStreamIntegration withFilterConditions(Object filterConditions) {
    return new EventStreamIntegration(
        id,
        integrationType,
        callbackParameters,
        s3Parameters,
        startsAt,
        endsAt,
        Objects.requireNonNull(filterConditions, "filterConditions == null"),
        status,
        extras);
  }

  /**
   * Returns a copy without {@code status}, the form the SDK sends on create.
   *
   * @return the copy
   */
  public EventStreamIntegration withoutStatus() {
    return status == null
        ? this
        : new EventStreamIntegration(
            id,
            integrationType,
            callbackParameters,
            s3Parameters,
            startsAt,
            endsAt,
            filterConditions,
            null,
            extras);
  }

  /**
   * Returns whether exactly one destination is set.
   *
   * @return false when both or neither of the callback and the S3 parameters are set
   */
  @AssertTrue(message = "set exactly one of callback_parameters and s3_parameters")
  public boolean isExactlyOneDestination() {
    return (callbackParameters == null) != (s3Parameters == null);
  }

  /**
   * Returns whether a temporary integration has its end.
   *
   * @return false for a temporary integration without {@code ends_at}
   */
  @AssertTrue(message = "ends_at is required for a temporary integration")
  public boolean isEndSetWhenTemporary() {
    return !IntegrationType.TEMPORARY.equals(integrationType) || endsAt != null;
  }

  /**
   * Returns whether the window, when both ends are set, ends after it starts.
   *
   * @return false when {@code ends_at} is not after {@code starts_at}
   */
  @AssertTrue(message = "ends_at must be after starts_at")
  public boolean isWindowOrdered() {
    return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
  }
}
