package com.newstore.sdk.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.internal.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigRecordsTest {
  private static final String ATP_KEY = "atp-secret-key-0123456789";

  @Test
  void availabilityWebhookConfig_toString_redactsApiKey() {
    AvailabilityWebhookConfig config =
        AvailabilityWebhookConfig.of("https://oms.example.com/atp", ATP_KEY, Duration.ofSeconds(9));

    assertThat(config.toString())
        .doesNotContain(ATP_KEY)
        .contains("<redacted>")
        .contains("https://oms.example.com/atp");
  }

  @Test
  void externalOrderWebhookConfig_toString_redactsApiKey() {
    ExternalOrderWebhookConfig config =
        ExternalOrderWebhookConfig.of("https://oms.example.com", "oms-secret-key");

    assertThat(config.toString()).doesNotContain("oms-secret-key").contains("<redacted>");
    assertThat(new ConfigValue<>(config, null).toString()).doesNotContain("oms-secret-key");
  }

  @Test
  void externalOrderWebhookConfig_of_defaultsTo15Seconds() {
    assertThat(ExternalOrderWebhookConfig.of("https://x.example", "k").timeout())
        .isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void openEnums_roundTripUnknownValues() throws Exception {
    assertThat(Json.moshi().adapter(LocationType.class).fromJson("\"warehouse\""))
        .isEqualTo(LocationType.of("warehouse"));
    assertThat(Json.moshi().adapter(ExternalIdentifier.class).toJson(ExternalIdentifier.of("sku")))
        .isEqualTo("\"sku\"");
    assertThat(LocationType.STORE.isKnown()).isTrue();
    assertThat(ExternalIdentifier.PRODUCT_ID.isKnown()).isTrue();
    assertThat(LocationType.DC).hasToString("dc");
  }

  @Test
  void configValue_nullValue_rejected() {
    assertThatThrownBy(() -> new ConfigValue<>(null, null))
        .isInstanceOf(NullPointerException.class);
  }
}
