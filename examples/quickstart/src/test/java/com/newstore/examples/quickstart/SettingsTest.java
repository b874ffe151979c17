package com.newstore.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.Stage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quickstart's environment variables: each error names the variable to set or fix. */
class SettingsTest {
  private static Map<String, String> tenantEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("NEWSTORE_TENANT", "acme");
    env.put("NEWSTORE_CLIENT_ID", "id");
    env.put("NEWSTORE_CLIENT_SECRET", "very-secret");
    return env;
  }

  @Test
  void from_withoutTheClientSecret_namesItAndSaysWhatToDo() {
    Map<String, String> env = tenantEnv();
    env.remove("NEWSTORE_CLIENT_SECRET");

    assertThatThrownBy(() -> Settings.from(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("NEWSTORE_CLIENT_SECRET is not set: export it");
  }

  @Test
  void from_withABlankClientIdAndNoSecret_namesBoth() {
    Map<String, String> env = tenantEnv();
    env.put("NEWSTORE_CLIENT_ID", "  ");
    env.remove("NEWSTORE_CLIENT_SECRET");

    assertThatThrownBy(() -> Settings.from(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "NEWSTORE_CLIENT_ID and NEWSTORE_CLIENT_SECRET are not set: export them");
  }

  @Test
  void from_withAMalformedStage_namesTheVariableAndTheAcceptedValues() {
    Map<String, String> env = tenantEnv();
    env.put("NEWSTORE_STAGE", "prod");

    assertThatThrownBy(() -> Settings.from(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("NEWSTORE_STAGE is malformed")
        .hasMessageContaining("'prod'")
        .hasMessageContaining("production, staging or sandbox")
        .hasMessageNotContaining("very-secret");
  }

  @Test
  void from_withAStageHostCode_parsesItWithStageParse() {
    Map<String, String> env = tenantEnv();
    env.put("NEWSTORE_STAGE", " X ");

    assertThat(Settings.from(env).stage()).isEqualTo(Stage.STAGING);
  }

  @Test
  void from_withAnHttpPublicUrl_namesTheVariable() {
    Map<String, String> env = tenantEnv();
    env.put("NEWSTORE_PUBLIC_URL", "http://oms.example.com/newstore");

    assertThatThrownBy(() -> Settings.from(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("NEWSTORE_PUBLIC_URL must be an absolute https URL")
        .hasMessageContaining("'http://oms.example.com/newstore'");
  }

  @Test
  void from_withAShortWebhookKey_namesTheVariableNotTheKey() {
    Map<String, String> env = tenantEnv();
    env.put("NEWSTORE_WEBHOOK_KEY", "short-key");

    assertThatThrownBy(() -> Settings.from(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "NEWSTORE_WEBHOOK_KEY has 9 characters: export a key of at least 20")
        .hasMessageNotContaining("short-key");
  }

  @Test
  void from_withAnHttpsPublicUrl_dropsTheTrailingSlash() {
    Map<String, String> env = tenantEnv();
    env.put("NEWSTORE_PUBLIC_URL", "https://oms.example.com/newstore/");

    assertThat(Settings.from(env).publicUrl()).isEqualTo("https://oms.example.com/newstore");
  }
}
