package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The code shown in docs/authentication.md and docs/errors-retries-timeouts.md, kept compiling. */
class DocsExamplesTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void authenticationDoc_examplesBuild() {
    String clientId = "id";
    String clientSecret = "secret";
    OkHttpClient sharedOkHttp = new OkHttpClient();
    // docs:auth-tenant
    NewStoreClient production =
        NewStoreClient.builder()
            .tenant("acme")
            .stage(Stage.PRODUCTION)
            .credentials(clientId, clientSecret)
            .build();
    // docs:auth-token-provider
    NewStoreClient withOwnTokens =
        NewStoreClient.builder()
            .tenant("acme")
            .stage(Stage.SANDBOX)
            .tokenProvider(
                () -> new AccessToken(fetchTokenFromVault(), Instant.now().plusSeconds(300)))
            .build();
    // docs:auth-okhttp
    NewStoreClient behindProxy =
        NewStoreClient.builder()
            .baseUrl("https://newstore-proxy.internal.example/")
            .tokenUrl("https://id.x.newstore.net/auth/realms/acme/protocol/openid-connect/token")
            .credentials(clientId, clientSecret)
            .okHttpClient(sharedOkHttp)
            .build();
    // docs:end
    assertThat(production.baseUrl()).hasToString("https://acme.p.newstore.net/");
    assertThat(withOwnTokens.baseUrl()).hasToString("https://acme.t.newstore.net/");
    assertThat(behindProxy.baseUrl()).hasToString("https://newstore-proxy.internal.example/");
    production.close();
    withOwnTokens.close();
    behindProxy.close();
  }

  @ContractExempt("transport test on the made-up things API")
  @Test
  void errorsDoc_examplesBehaveAsDescribed() {
    server.enqueue(
        new MockResponse.Builder()
            .code(409)
            .addHeader("Content-Type", "application/problem+json")
            .body("{\"error_code\":\"conflict\",\"request_id\":\"r-1\"}")
            .build());
    server.enqueue(json(429, "{}").newBuilder().addHeader("Retry-After", "120").build());
    // docs:retry-policy
    RetryPolicy patient =
        RetryPolicy.builder()
            .maxAttempts(6)
            .maxTotalTime(Duration.ofMinutes(2))
            .initialBackoff(Duration.ofMillis(500))
            .maxBackoff(Duration.ofSeconds(10))
            .maxRetryAfter(Duration.ofSeconds(60))
            .build();
    NewStoreClient client =
        NewStoreClient.builder()
            .baseUrl(server.url("/").toString())
            .tokenProvider(() -> new AccessToken("token", Instant.MAX))
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(20))
            .callTimeout(Duration.ofSeconds(90))
            .retryPolicy(patient)
            .build();
    // docs:end
    Transport t = Transport.of(client);
    ThingsApi api = t.create(ThingsApi.class);
    String outcome = "";
    // docs:catch
    try {
      t.executor().execute(api.get("1"));
    } catch (ConflictException e) {
      outcome = "conflict " + e.errorCode() + " request " + e.requestId();
    } catch (RateLimitException e) {
      outcome = "slow down for " + e.retryAfter().orElse(Duration.ZERO);
    } catch (NewStoreApiException e) {
      outcome = "HTTP " + e.statusCode();
    } catch (NewStoreNetworkException e) {
      outcome = "network: " + e.getMessage();
    }
    // docs:end
    assertThat(outcome).isEqualTo("conflict conflict request r-1");
    try {
      t.executor().execute(api.get("1"));
    } catch (RateLimitException e) {
      outcome = "slow down for " + e.retryAfter().orElse(Duration.ZERO);
    }
    assertThat(outcome).isEqualTo("slow down for PT2M");
    client.close();
  }

  @Test
  void configurationDoc_pathOverrideExampleBuilds() {
    String clientId = "id";
    String clientSecret = "secret";
    // docs:path-override
    NewStoreClient client =
        NewStoreClient.builder()
            .tenant("acme")
            .stage(Stage.STAGING)
            .credentials(clientId, clientSecret)
            .pathOverride("distribution-center.config.get", "v1/r/config/dc/{fulfillment_node_id}")
            .build();
    // docs:end
    assertThat(client.baseUrl()).hasToString("https://acme.x.newstore.net/");
    client.close();
  }

  private static String fetchTokenFromVault() {
    return "vault-token";
  }
}
