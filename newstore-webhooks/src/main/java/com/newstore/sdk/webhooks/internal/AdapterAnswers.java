package com.newstore.sdk.webhooks.internal;

import java.util.List;
import java.util.Map;

/**
 * The answers the JDK adapter writes itself, when the request never reaches the dispatcher or the
 * handler gives no answer in time. All are {@code application/problem+json}, built once so that
 * answering needs no allocation beyond the copy (an {@code OutOfMemoryError} may be why we answer).
 */
public final class AdapterAnswers {
  /** Seconds a client is asked to wait after a {@code 503}. */
  public static final int RETRY_AFTER_SECONDS = 1;

  /** The worker pool and its queue are full. */
  public static final Reply OVERLOADED =
      Replies.problem(
          503,
          "Service Unavailable",
          "The webhook server is busy; retry later.",
          null,
          null,
          Map.of("Retry-After", List.of(String.valueOf(RETRY_AFTER_SECONDS))));

  /** The handler did not answer within its deadline. */
  public static final Reply TIMED_OUT =
      Replies.problem(
          504,
          "Gateway Timeout",
          "The webhook handler did not answer in time; NewStore treats this as a failure.",
          null,
          null,
          Map.of());

  /** The body could not be read: a broken chunked encoding, or the peer closed mid-body. */
  public static final Reply UNREADABLE_BODY =
      Replies.problem(
          400,
          "Bad Request",
          "The request body could not be read.",
          null,
          null,
          Map.of("Connection", List.of("close")));

  /** An {@code Error} escaped the dispatcher, or the server is stopping. */
  public static final Reply FAILED =
      Replies.problem(
          500,
          "Internal Server Error",
          "The webhook could not be processed; the integrator's logs have the details.",
          null,
          null,
          Map.of());

  private AdapterAnswers() {}
}
