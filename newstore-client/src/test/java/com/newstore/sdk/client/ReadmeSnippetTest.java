package com.newstore.sdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keeps the README's usage snippet compiling and true. */
class ReadmeSnippetTest {

  @Test
  void readmeSnippet_buildsClientForTenantAndStage() {
    String clientId = "integration";
    String clientSecret = "not-a-real-secret";
    // README snippet begins
    try (NewStoreClient client =
        NewStoreClient.builder()
            .tenant("acme")
            .stage(Stage.STAGING)
            .credentials(clientId, clientSecret)
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
            .build()) {
      System.out.println("Calling " + client.baseUrl());
      // README snippet ends
      assertThat(client.baseUrl()).hasToString("https://acme.x.newstore.net/");
    }
  }
}
