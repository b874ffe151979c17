package com.newstore.sdk.client.internal.config;

import com.newstore.sdk.client.config.OrderInjectionConfig;
import com.newstore.sdk.client.config.OrderInjectionConfigService;
import com.newstore.sdk.client.config.VersionConflictException;
import com.newstore.sdk.client.config.VersionedConfigValue;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.Json;
import com.newstore.sdk.client.internal.JsonTree;
import com.newstore.sdk.client.internal.OrderInjectionConfigApi;
import com.newstore.sdk.client.internal.Transport;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/** {@link OrderInjectionConfigService} on a {@link Transport}. Not for users. */
public final class RealOrderInjectionConfigService implements OrderInjectionConfigService {
  private static final JsonAdapter<VersionedConfigValue<OrderInjectionConfig>> ANSWER =
      Json.moshi()
          .adapter(
              Types.newParameterizedType(VersionedConfigValue.class, OrderInjectionConfig.class));
  private static final JsonAdapter<OrderInjectionConfig> VALUE =
      Json.moshi().adapter(OrderInjectionConfig.class);

  private final OrderInjectionConfigApi api;
  private final ConfigCall calls;

  /**
   * Creates the service.
   *
   * @param transport the client's transport
   */
  public RealOrderInjectionConfigService(Transport transport) {
    this.api = transport.create(OrderInjectionConfigApi.class);
    this.calls = new ConfigCall(transport.executor());
  }

  @Override
  public Optional<VersionedConfigValue<OrderInjectionConfig>> get() {
    return calls.read(api.get()).flatMap(RealOrderInjectionConfigService::decode);
  }

  @Override
  public VersionedConfigValue<OrderInjectionConfig> replace(
      OrderInjectionConfig config, String version) {
    BeanValidation.validate(Objects.requireNonNull(config, "config == null"));
    return answerOrReread(
        api.replace(checkVersion(version), ConfigCall.json(VALUE.toJson(config))));
  }

  @Override
  public VersionedConfigValue<OrderInjectionConfig> patch(
      OrderInjectionConfig change, String version) {
    BeanValidation.validate(Objects.requireNonNull(change, "change == null"));
    return answerOrReread(api.patch(checkVersion(version), ConfigCall.json(VALUE.toJson(change))));
  }

  @Override
  public VersionedConfigValue<OrderInjectionConfig> update(
      UnaryOperator<OrderInjectionConfig> change, int maxAttempts) {
    Objects.requireNonNull(change, "change == null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
    }
    @Nullable VersionConflictException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      Optional<VersionedConfigValue<OrderInjectionConfig>> current = get();
      OrderInjectionConfig base =
          current.map(VersionedConfigValue::value).orElseGet(OrderInjectionConfig::empty);
      OrderInjectionConfig changed =
          Objects.requireNonNull(change.apply(base), "change returned null");
      try {
        // Version 1 creates the configuration; a concurrent creation answers with a conflict.
        return current.isEmpty()
            ? replace(changed, INITIAL_VERSION)
            : patch(changed, current.get().version());
      } catch (VersionConflictException e) {
        last = e;
      }
    }
    throw Objects.requireNonNull(last);
  }

  private VersionedConfigValue<OrderInjectionConfig> answerOrReread(Call<ResponseBody> call) {
    Optional<VersionedConfigValue<OrderInjectionConfig>> answer =
        calls.write(call).flatMap(RealOrderInjectionConfigService::decode);
    return answer
        .or(this::get)
        .orElseThrow(
            () ->
                new com.newstore.sdk.client.NewStoreDecodingException(
                    "NewStore accepted the order injection configuration but reads none back",
                    null));
  }

  private static Optional<VersionedConfigValue<OrderInjectionConfig>> decode(String json) {
    return ConfigCodec.decoding(
        () -> {
          Object tree = JsonTree.parse(json);
          // A stored configuration has a version; its value may legitimately be {}.
          if (!(tree instanceof Map<?, ?> map)
              || (map.get("version") == null && JsonTree.isEmpty(map.get("value")))) {
            return Optional.empty();
          }
          if (map.get("value") == null) {
            return Optional.empty();
          }
          return Optional.ofNullable(ANSWER.fromJson(json));
        });
  }

  private static String checkVersion(String version) {
    Objects.requireNonNull(version, "version == null");
    if (version.isBlank()) {
      throw new IllegalArgumentException("version is blank");
    }
    return version;
  }
}
