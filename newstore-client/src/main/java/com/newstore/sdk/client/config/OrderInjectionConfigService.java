package com.newstore.sdk.client.config;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.Json;
import com.newstore.sdk.client.internal.OrderInjectionConfigApi;
import com.newstore.sdk.client.internal.Transport;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import java.util.Objects;
import java.util.function.UnaryOperator;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Reads and changes the order injection configuration ({@code /v1/r/config/order_injection},
 * confirmed): whether injected orders skip soft routing, and the hard limit for big orders. The
 * configuration is versioned: every write names the version it was based on, and a stale version
 * throws {@link VersionConflictException}. {@link #update(UnaryOperator)} handles that for you.
 * Thread-safe; get it from {@link NewStoreClient#orderInjectionConfig()}.
 *
 * <pre>{@code
 * client.orderInjectionConfig().update(c -> c.withSkipSoftRoutingOnInjection(true));
 * }</pre>
 *
 * <p>Endpoint ids for {@link NewStoreClient.Builder#pathOverride(String, String)}: {@code
 * order-injection.get}, {@code order-injection.replace} and {@code order-injection.patch}.
 */
public final class OrderInjectionConfigService {
  /** How many times {@link #update(UnaryOperator)} tries before giving up. */
  public static final int DEFAULT_UPDATE_ATTEMPTS = 3;

  private static final JsonAdapter<VersionedConfigValue<OrderInjectionConfig>> ANSWER =
      Json.moshi()
          .adapter(
              Types.newParameterizedType(VersionedConfigValue.class, OrderInjectionConfig.class));

  private final OrderInjectionConfigApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service on a client's transport; use {@link NewStoreClient#orderInjectionConfig()}.
   *
   * @param client the client
   */
  public OrderInjectionConfigService(NewStoreClient client) {
    Transport transport = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = transport.create(OrderInjectionConfigApi.class);
    this.executor = transport.executor();
  }

  /**
   * Returns the configuration with its version ({@code GET /v1/r/config/order_injection}).
   *
   * @return the value, its version, and when and by whom it changed
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public VersionedConfigValue<OrderInjectionConfig> get() {
    return ConfigCalls.execute(executor, api.get());
  }

  /**
   * Creates or replaces the whole configuration ({@code POST ...?version=v}). Fields left {@code
   * null} are not sent. When NewStore answers without a body, the new state is read back.
   *
   * @param config the whole configuration
   * @param version {@code 1} to create it, or the current version to replace it
   * @return the stored configuration with its new version
   * @throws NewStoreValidationException when {@code config} breaks a rule; nothing is sent
   * @throws VersionConflictException when {@code version} is stale
   * @throws com.newstore.sdk.client.NewStoreException when the call fails otherwise
   */
  public VersionedConfigValue<OrderInjectionConfig> replace(
      OrderInjectionConfig config, long version) {
    BeanValidation.validate(Objects.requireNonNull(config, "config == null"));
    return answerOrReread(api.replace(version, config));
  }

  /**
   * Changes only the non-null fields of {@code change} ({@code PATCH ...?version=v}). When NewStore
   * answers without a body, the new state is read back.
   *
   * @param change the fields to change
   * @param version the current version
   * @return the stored configuration with its new version
   * @throws NewStoreValidationException when {@code change} breaks a rule; nothing is sent
   * @throws VersionConflictException when {@code version} is stale
   * @throws com.newstore.sdk.client.NewStoreException when the call fails otherwise
   */
  public VersionedConfigValue<OrderInjectionConfig> patch(
      OrderInjectionConfig change, long version) {
    BeanValidation.validate(Objects.requireNonNull(change, "change == null"));
    return answerOrReread(api.patch(version, change));
  }

  /**
   * Reads the configuration, applies {@code change} to it and writes the result with the version
   * read, trying again from a fresh read after a {@link VersionConflictException}, at most {@value
   * #DEFAULT_UPDATE_ATTEMPTS} times. The result is sent as a partial update ({@code PATCH}), so
   * fields the SDK does not know keep their values; a field set to {@code null} is left unchanged.
   * When no configuration exists yet ({@code 404}), {@code change} is applied to {@link
   * OrderInjectionConfig#empty()} and the result is created with version {@code 1}.
   *
   * @param change computes the new configuration from the current one; may run several times
   * @return the stored configuration with its new version
   * @throws VersionConflictException when every attempt met a concurrent change
   * @throws NewStoreValidationException when the changed configuration breaks a rule
   * @throws com.newstore.sdk.client.NewStoreException when a call fails otherwise
   */
  public VersionedConfigValue<OrderInjectionConfig> update(
      UnaryOperator<OrderInjectionConfig> change) {
    return update(change, DEFAULT_UPDATE_ATTEMPTS);
  }

  /**
   * Works like {@link #update(UnaryOperator)} with a chosen number of attempts.
   *
   * @param change computes the new configuration from the current one; may run several times
   * @param maxAttempts how many read-change-write rounds to try; at least 1
   * @return the stored configuration with its new version
   * @throws IllegalArgumentException when {@code maxAttempts} is less than 1
   * @throws VersionConflictException when every attempt met a concurrent change
   * @throws NewStoreValidationException when the changed configuration breaks a rule
   * @throws com.newstore.sdk.client.NewStoreException when a call fails otherwise
   */
  public VersionedConfigValue<OrderInjectionConfig> update(
      UnaryOperator<OrderInjectionConfig> change, int maxAttempts) {
    Objects.requireNonNull(change, "change == null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
    }
    @Nullable VersionConflictException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      @Nullable VersionedConfigValue<OrderInjectionConfig> current;
      try {
        current = get();
      } catch (NotFoundException notCreatedYet) {
        current = null;
      }
      OrderInjectionConfig base = current == null ? OrderInjectionConfig.empty() : current.value();
      OrderInjectionConfig changed =
          Objects.requireNonNull(change.apply(base), "change returned null");
      try {
        // Version 1 creates the configuration; a concurrent creation answers with a conflict.
        return current == null ? replace(changed, 1) : patch(changed, current.version());
      } catch (VersionConflictException e) {
        last = e;
      }
    }
    throw Objects.requireNonNull(last);
  }

  private VersionedConfigValue<OrderInjectionConfig> answerOrReread(Call<ResponseBody> call) {
    VersionedConfigValue<OrderInjectionConfig> answer =
        ConfigCalls.executeOptionalBody(executor, call, ANSWER);
    return answer != null ? answer : get();
  }
}
