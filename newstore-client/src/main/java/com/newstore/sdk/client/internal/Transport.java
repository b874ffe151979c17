package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.Sleeper;
import com.squareup.moshi.Moshi;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The machinery behind a {@link NewStoreClient}: the authenticated, retrying OkHttp client, the
 * Retrofit instance and the executor. Sibling modules (fulfillment provider, test kit) reach it
 * with {@link #of(NewStoreClient)} to build their own Retrofit services on the same transport.
 */
public final class Transport {
  private static volatile @Nullable Function<NewStoreClient, Transport> accessor;

  private final OkHttpClient http;
  private final Retrofit retrofit;
  private final ApiExecutor executor;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RetryPolicy retryPolicy;

  /**
   * Creates the transport.
   *
   * @param http the authenticated, retrying client
   * @param baseUrl the API base URL, ending in {@code /}
   * @param clock the client's clock
   * @param sleeper the client's sleeper
   * @param retryPolicy the client's retry policy
   */
  public Transport(
      OkHttpClient http, HttpUrl baseUrl, Clock clock, Sleeper sleeper, RetryPolicy retryPolicy) {
    this.http = http;
    this.clock = clock;
    this.sleeper = sleeper;
    this.retryPolicy = retryPolicy;
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(http)
            .addConverterFactory(new NullOnEmptyConverterFactory())
            .addConverterFactory(MoshiConverterFactory.create(Json.moshi()))
            .build();
    this.executor = new ApiExecutor(clock);
  }

  /**
   * Registers how to reach a client's transport. {@link NewStoreClient}'s static initializer calls
   * this once; any later call throws, so no other code can redirect every client's transport (the
   * JDK's {@code SharedSecrets} pattern).
   *
   * @param access the accessor
   * @throws IllegalStateException when an accessor is already installed
   */
  public static synchronized void installAccessor(Function<NewStoreClient, Transport> access) {
    Objects.requireNonNull(access, "access == null");
    if (accessor != null) {
      throw new IllegalStateException(
          "the Transport accessor is installed once, by NewStoreClient");
    }
    accessor = access;
  }

  /**
   * Returns the transport behind {@code client}.
   *
   * @param client a built client
   * @return its transport
   */
  public static Transport of(NewStoreClient client) {
    Objects.requireNonNull(client, "client == null");
    // Holding a NewStoreClient instance means its class, and so the accessor, is initialized.
    Function<NewStoreClient, Transport> access = accessor;
    if (access == null) {
      throw new IllegalStateException("NewStoreClient is not initialized");
    }
    return access.apply(client);
  }

  /**
   * Creates a Retrofit service on this transport.
   *
   * @param service the Retrofit interface
   * @param <T> the interface type
   * @return the service implementation
   */
  public <T> T create(Class<T> service) {
    return DirectCalls.create(service, retrofit);
  }

  /**
   * Returns the executor that runs calls and maps failures.
   *
   * @return the executor
   */
  public ApiExecutor executor() {
    return executor;
  }

  /**
   * Returns the authenticated, retrying OkHttp client.
   *
   * @return the client
   */
  public OkHttpClient http() {
    return http;
  }

  /**
   * Returns the shared JSON codec.
   *
   * @return the Moshi instance
   */
  public Moshi moshi() {
    return Json.moshi();
  }

  /**
   * Returns the client's clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the client's sleeper.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Returns the client's retry policy.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }
}
