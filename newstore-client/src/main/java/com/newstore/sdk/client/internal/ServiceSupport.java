package com.newstore.sdk.client.internal;

import java.net.URI;
import okhttp3.HttpUrl;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Builds the Retrofit instance of the configuration, event stream and order services: the client's
 * authenticated, retrying OkHttp client (path overrides included) with the {@link ExtrasJson}
 * codec, so documents keep the members the SDK does not model.
 */
public final class ServiceSupport {
  private final Retrofit retrofit;
  private final ApiExecutor executor;

  /**
   * Creates the support object.
   *
   * @param transport the client's transport
   * @param baseUrl the client's base URL, ending in {@code /}
   */
  public ServiceSupport(Transport transport, URI baseUrl) {
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(HttpUrl.get(baseUrl))
            .client(transport.http())
            .addConverterFactory(new NullOnEmptyConverterFactory())
            .addConverterFactory(MoshiConverterFactory.create(ExtrasJson.moshi()))
            .build();
    this.executor = transport.executor();
  }

  /**
   * Creates a Retrofit service.
   *
   * @param service the Retrofit interface
   * @param <T> the interface type
   * @return the implementation
   */
  public <T> T create(Class<T> service) {
    return retrofit.create(service);
  }

  /**
   * Returns the executor that runs calls and maps failures.
   *
   * @return the executor
   */
  public ApiExecutor executor() {
    return executor;
  }
}
