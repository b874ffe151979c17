package com.newstore.sdk.client;

/**
 * Observes every call a {@link NewStoreClient} makes, for metrics and logs: one {@link
 * #onAttempt(AttemptEvent)} per HTTP attempt (retries included) and one {@link #onCall(CallEvent)}
 * when the call has its final answer or failure. The events carry the endpoint id, the method, the
 * status, durations and the retry reason; never a header, a body, a token or a secret.
 *
 * <p>Register one with {@link NewStoreClient.Builder#listener(ClientListener)}:
 *
 * <pre>{@code
 * NewStoreClient client =
 *     NewStoreClient.builder()
 *         .tenant("acme")
 *         .credentials(clientId, clientSecret)
 *         .listener(
 *             new ClientListener() {
 *               @Override
 *               public void onCall(CallEvent call) {
 *                 System.out.printf(
 *                     "%s %s -> %d in %d ms after %d attempt(s)%n",
 *                     call.method(), call.endpointId(), call.status(),
 *                     call.duration().toMillis(), call.attempts());
 *               }
 *             })
 *         .build();
 * }</pre>
 *
 * <p>Methods run on the thread that makes the call, inside the call: keep them fast and
 * non-blocking. An exception thrown by a listener is logged and never fails the call.
 * Implementations must be thread-safe.
 */
public interface ClientListener {

  /**
   * Called after each HTTP attempt, whether it got an answer or failed.
   *
   * @param attempt what happened in this attempt
   */
  default void onAttempt(AttemptEvent attempt) {}

  /**
   * Called once per call, after its last attempt.
   *
   * @param call the outcome of the whole call
   */
  default void onCall(CallEvent call) {}

  /**
   * Returns a listener that ignores every event (the default).
   *
   * @return a no-op listener
   */
  static ClientListener none() {
    return NoOpClientListener.INSTANCE;
  }
}
