package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.WebhookRequest;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a route's parse step: the typed request, or the answer to send instead (a {@code
 * 400} naming the field, or a {@code 200} for an event acknowledged without a handler).
 *
 * @param <T> the typed request
 */
public final class Parsed<T> {
  private final @Nullable T value;
  private final @Nullable Reply reply;

  private Parsed(@Nullable T value, @Nullable Reply reply) {
    this.value = value;
    this.reply = reply;
  }

  static <T> Parsed<T> of(T value) {
    return new Parsed<>(value, null);
  }

  static <T> Parsed<T> answer(Reply reply) {
    return new Parsed<>(null, reply);
  }

  /** Returns the answer to send instead of calling the handler, or null to call it. */
  @Nullable Reply reply() {
    return reply;
  }

  /** Returns the typed request; only when {@link #reply()} is null. */
  T value() {
    if (value == null) {
      throw new IllegalStateException("no value: " + reply);
    }
    return value;
  }

  /**
   * Parses a JSON body and maps it. Malformed or mistyped input is the only failure the mappers
   * signal, and it ends here as a {@code 400}: nothing above this method sees it.
   */
  static <T> Parsed<T> json(
      WebhookRequest request, JsonLimits limits, Function<@Nullable Object, T> mapper) {
    try {
      return of(mapper.apply(JsonValues.parse(request.bodyBuffer(), limits)));
    } catch (BadInputException e) {
      return answer(Replies.badRequest(e));
    }
  }
}
