package com.newstore.sdk.client.internal;

/**
 * Marks a request the {@link RetryInterceptor} must send exactly once, as a request tag: the caller
 * handles failures itself (the fulfillment waiters poll again on their own schedule). With
 * Retrofit, pass it as a {@code @Tag NoRetry} parameter; by hand, {@code
 * request.newBuilder().tag(NoRetry.class, NoRetry.INSTANCE)}. The counterpart of {@link
 * SafeToRetry}.
 */
public final class NoRetry {
  /** The single tag value. */
  public static final NoRetry INSTANCE = new NoRetry();

  private NoRetry() {}

  @Override
  public String toString() {
    return "NoRetry";
  }
}
