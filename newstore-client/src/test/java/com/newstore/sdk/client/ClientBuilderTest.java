package com.newstore.sdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {
  final TokenProvider fixed = () -> new AccessToken("t", Instant.MAX);

  @Test
  void tenantAndStage_deriveApiHost() {
    for (Stage stage : Stage.values()) {
      try (NewStoreClient c =
          NewStoreClient.builder().tenant("acme-eu").stage(stage).tokenProvider(fixed).build()) {
        assertThat(c.baseUrl()).hasToString("https://acme-eu." + stage.code() + ".newstore.net/");
      }
    }
  }

  @Test
  void baseUrl_getsTrailingSlash() {
    try (NewStoreClient c =
        NewStoreClient.builder()
            .baseUrl("http://127.0.0.1:8080/proxy")
            .tokenProvider(fixed)
            .build()) {
      assertThat(c.baseUrl()).hasToString("http://127.0.0.1:8080/proxy/");
    }
  }

  @Test
  void nullTenant_namesTheArgument() {
    assertThatThrownBy(() -> NewStoreClient.builder().tenant(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tenant");
  }

  @Test
  void blankOrMalformedTenant_failsAtBuild() {
    assertThatThrownBy(() -> NewStoreClient.builder().tenant(" ").tokenProvider(fixed).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tenant");
    assertThatThrownBy(() -> NewStoreClient.builder().tenant("a/b").tokenProvider(fixed).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tenant");
  }

  @Test
  void noTenantNorBaseUrl_failsAtBuild() {
    assertThatThrownBy(() -> NewStoreClient.builder().tokenProvider(fixed).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tenant")
        .hasMessageContaining("baseUrl");
  }

  @Test
  void malformedBaseUrl_failsAtBuild() {
    assertThatThrownBy(
            () -> NewStoreClient.builder().baseUrl("not a url").tokenProvider(fixed).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(
            () -> NewStoreClient.builder().baseUrl("ftp://x/").tokenProvider(fixed).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
  }

  @Test
  void negativeOrZeroTimeouts_fail() {
    assertThatThrownBy(() -> NewStoreClient.builder().connectTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> NewStoreClient.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> NewStoreClient.builder().callTimeout(Duration.ofMillis(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callTimeout");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
  }

  @Test
  void missingCredentials_failAtBuild() {
    assertThatThrownBy(() -> NewStoreClient.builder().tenant("acme").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials");
    assertThatThrownBy(() -> NewStoreClient.builder().tenant("acme").credentials("id", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clientSecret");
  }

  @Test
  void credentialsWithBaseUrlButNoTenant_requireTokenUrl() {
    assertThatThrownBy(
            () ->
                NewStoreClient.builder()
                    .baseUrl("http://127.0.0.1:1/")
                    .credentials("id", "secret")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokenUrl");
  }

  @Test
  void pathOverride_rejectsAbsoluteUrlsAndQueries() {
    assertThatThrownBy(() -> NewStoreClient.builder().pathOverride("x", "https://evil/x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NewStoreClient.builder().pathOverride("x", "a?b=c"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
