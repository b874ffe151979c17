package com.newstore.sdk.client.config;

import static com.newstore.sdk.client.config.ConfigTestSupport.client;
import static com.newstore.sdk.client.config.ConfigTestSupport.expect;
import static com.newstore.sdk.client.config.ConfigTestSupport.expectJson;
import static com.newstore.sdk.client.config.ConfigTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.NewStoreClient;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ExternalOmsConfigServiceTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void get_seedSample_parsesEnabled() throws Exception {
    server.enqueue(json(200, "external-oms-v0.json"));
    try (NewStoreClient client = client(server)) {
      ConfigValue<ExternalOmsSetting> value = client.externalOmsConfig().get();

      assertThat(value.value().enabled()).isTrue();
      assertThat(value.updatedAt()).isNull();
    }
    expect(server, "GET", "/v0/config/external_oms");
  }

  @Test
  void enable_sendsEnabledTrue() throws Exception {
    server.enqueue(json(200, "external-oms-v0.json"));
    try (NewStoreClient client = client(server)) {
      assertThat(client.externalOmsConfig().enable().value().enabled()).isTrue();
    }
    expectJson(server, "POST", "/v0/config/external_oms", "{\"enabled\": true}");
  }

  @Test
  void disable_sendsEnabledFalse() throws Exception {
    server.enqueue(
        new mockwebserver3.MockResponse.Builder()
            .code(200)
            .body("{\"enabled\": false, \"updated_at\": \"2021-07-13T20:18:25Z\"}")
            .build());
    try (NewStoreClient client = client(server)) {
      ConfigValue<ExternalOmsSetting> value = client.externalOmsConfig().disable();

      assertThat(value.value().enabled()).isFalse();
      assertThat(value.updatedAt()).isEqualTo(ConfigTestSupport.SEED_UPDATED_AT);
    }
    expectJson(server, "POST", "/v0/config/external_oms", "{\"enabled\": false}");
  }

  @Test
  void get_pathOverridden_usesOverride() throws Exception {
    server.enqueue(json(200, "external-oms-v0.json"));
    try (NewStoreClient client =
        ConfigTestSupport.builder(server)
            .pathOverride("external-oms.get", "v0/external_oms_config")
            .build()) {
      client.externalOmsConfig().get();
    }
    expect(server, "GET", "/v0/external_oms_config");
  }
}
