package com.newstore.sdk.client.internal;

/**
 * Marks an OkHttp request built by hand (not through Retrofit) as safe to repeat, as a request tag:
 * {@code request.newBuilder().tag(SafeToRetry.class, SafeToRetry.INSTANCE)}.
 */
public final class SafeToRetry {
  /** The single tag value. */
  public static final SafeToRetry INSTANCE = new SafeToRetry();

  private SafeToRetry() {}
}
