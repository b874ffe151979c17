package com.newstore.sdk.fulfillment.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one outbox entry, as {@link FulfillmentOutbox#entry} and {@link
 * FulfillmentOutbox#entries} read it.
 *
 * @param id the entry id {@link FulfillmentOutbox} returned when it recorded the entry
 * @param requestId the fulfillment request id
 * @param operation what the entry asks NewStore to do
 * @param state where the entry is
 * @param attempts how many times delivery was started (a crash mid-delivery counts)
 * @param createdAt when it was recorded (database time)
 * @param nextAttemptAt when the worker looks at it next, for entries that are not final
 * @param sentAt when NewStore answered 2xx, or null
 * @param finishedAt when it became {@link OutboxState#CONFIRMED} or {@link OutboxState#FAILED}, or
 *     null
 * @param lastError the last retryable error (a status code or a network failure), or null
 * @param failureReason why it failed, for {@link OutboxState#FAILED}; otherwise null
 */
public record OutboxEntry(
    long id,
    String requestId,
    OutboxOperation operation,
    OutboxState state,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    @Nullable Instant sentAt,
    @Nullable Instant finishedAt,
    @Nullable String lastError,
    @Nullable String failureReason) {

  /**
   * Validates the snapshot.
   *
   * @param id see the record description
   * @param requestId see the record description
   * @param operation see the record description
   * @param state see the record description
   * @param attempts see the record description
   * @param createdAt see the record description
   * @param nextAttemptAt see the record description
   * @param sentAt see the record description
   * @param finishedAt see the record description
   * @param lastError see the record description
   * @param failureReason see the record description
   * @throws NullPointerException when a required component is null
   */
  public OutboxEntry {
    Objects.requireNonNull(requestId, "requestId == null");
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt == null");
  }

  /**
   * Returns why the entry failed.
   *
   * @return the reason, empty unless the state is {@link OutboxState#FAILED}
   */
  public Optional<String> failure() {
    return Optional.ofNullable(failureReason);
  }
}
