package com.newstore.sdk.spring;

import com.newstore.sdk.client.ClientListener;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.Stage;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the {@link NewStoreClient} from {@link NewStoreProperties}, naming bad properties. */
final class ClientFactory {
  private ClientFactory() {}

  static NewStoreClient create(NewStoreProperties p, ClientListener listener) {
    NewStoreClient.Builder b = NewStoreClient.builder().listener(listener);
    String clientId = required(p.getClientId(), "newstore.client-id", "the OAuth2 client id");
    String secret =
        required(p.getClientSecret(), "newstore.client-secret", "the OAuth2 client secret");
    b.credentials(clientId, secret);
    if (hasText(p.getBaseUrl())) {
      apply("newstore.base-url", () -> b.baseUrl(p.getBaseUrl()));
      if (hasText(p.getTokenUrl())) {
        apply("newstore.token-url", () -> b.tokenUrl(p.getTokenUrl()));
      } else if (!hasText(p.getTenant())) {
        throw new StartupCheck(
            "newstore.token-url",
            "set it with newstore.base-url (or set newstore.tenant to derive it)");
      }
    }
    if (hasText(p.getTenant())) {
      apply("newstore.tenant", () -> b.tenant(p.getTenant()));
      apply("newstore.stage", () -> b.stage(Stage.parse(p.getStage())));
    } else if (!hasText(p.getBaseUrl())) {
      throw new StartupCheck(
          "newstore.tenant", "set the tenant name (or newstore.base-url for a simulator)");
    }
    if (hasText(p.getTokenUrl()) && !hasText(p.getBaseUrl())) {
      apply("newstore.token-url", () -> b.tokenUrl(p.getTokenUrl()));
    }
    duration("newstore.connect-timeout", p.getConnectTimeout(), b::connectTimeout);
    duration("newstore.read-timeout", p.getReadTimeout(), b::readTimeout);
    duration("newstore.call-timeout", p.getCallTimeout(), b::callTimeout);
    b.retryPolicy(retryPolicy(p.getRetry()));
    for (Map.Entry<String, String> e : p.getPathOverrides().entrySet()) {
      apply(
          "newstore.path-overrides." + e.getKey(), () -> b.pathOverride(e.getKey(), e.getValue()));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new StartupCheck("newstore.*", e.getMessage());
    }
  }

  private static RetryPolicy retryPolicy(NewStoreRetryProperties retry) {
    RetryPolicy.Builder policy = RetryPolicy.defaults().toBuilder();
    if (retry.getMaxAttempts() != null) {
      apply("newstore.retry.max-attempts", () -> policy.maxAttempts(retry.getMaxAttempts()));
    }
    if (retry.getMaxTotalTime() != null) {
      apply("newstore.retry.max-total-time", () -> policy.maxTotalTime(retry.getMaxTotalTime()));
    }
    return policy.build();
  }

  private static void duration(
      String property, @Nullable Duration value, java.util.function.Consumer<Duration> setter) {
    if (value != null) {
      apply(property, () -> setter.accept(value));
    }
  }

  private static String required(@Nullable String value, String property, String what) {
    if (!hasText(value)) {
      throw new StartupCheck(property, "set " + what);
    }
    return value;
  }

  /** Runs a builder call, turning its refusal into a start-up error that names the property. */
  private static void apply(String property, Runnable call) {
    try {
      call.run();
    } catch (IllegalArgumentException e) {
      throw new StartupCheck(property, e.getMessage());
    }
  }

  static boolean hasText(@Nullable String value) {
    return value != null && !value.isBlank();
  }
}
