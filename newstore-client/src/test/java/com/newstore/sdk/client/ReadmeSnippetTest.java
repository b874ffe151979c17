package com.newstore.sdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Keeps the README's usage snippet compiling and true. */
class ReadmeSnippetTest {

  @Test
  void readmeSnippet_buildsClientForTenantAndStage() {
    String clientId = "integration";
    String clientSecret = "not-a-real-secret";
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      try (NewStoreClient client =
          NewStoreClient.builder()
              .tenant("acme")
              .stage(Stage.STAGING)
              .credentials(clientId, clientSecret)
              .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
              .build()) {
        System.out.println("Calling " + client.baseUrl());
      }
    } finally {
      System.setOut(stdout);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Calling https://acme.x.newstore.net/");
  }
}
