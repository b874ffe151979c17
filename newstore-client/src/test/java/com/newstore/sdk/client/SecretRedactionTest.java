package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static com.newstore.sdk.client.TestServers.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs error paths with recognisable secrets and looks for them everywhere text comes out. */
@ContractExempt(
    "transport test on the made-up things API (and a test token URL), not a NewStore call")
class SecretRedactionTest {
  static final String SECRET = "SECRET-client-secret-4f1d";
  static final String TOKEN = "TOKEN-access-token-9a7c";

  @StartStop final MockWebServer api = new MockWebServer();
  @StartStop final MockWebServer id = new MockWebServer();
  final FakeTime time = new FakeTime();
  final List<String> logged = new ArrayList<>();
  final Logger sdkLogger = Logger.getLogger("com.newstore.sdk");
  final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(
              record.getMessage()
                  + " "
                  + (record.getParameters() == null ? "" : List.of(record.getParameters())));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  Level previous;

  @BeforeEach
  void captureLogs() {
    previous = sdkLogger.getLevel();
    sdkLogger.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    sdkLogger.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    sdkLogger.removeHandler(capture);
    sdkLogger.setLevel(previous);
  }

  NewStoreClient client() {
    return NewStoreClient.builder()
        .baseUrl(api.url("/").toString())
        .tokenUrl(id.url("/token").toString())
        .credentials("client-id", SECRET)
        .clock(time)
        .sleeper(time)
        .build();
  }

  @Test
  void errorPaths_neverExposeSecretOrToken() {
    id.enqueue(token(TOKEN, 3600));
    id.enqueue(token(TOKEN, 3600));
    api.enqueue(json(503, "{}"));
    api.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
    api.enqueue(json(401, "{}"));
    api.enqueue(json(401, "{}"));
    List<String> texts = new ArrayList<>();
    try (NewStoreClient client = client()) {
      texts.add(client.toString());
      Transport t = Transport.of(client);
      try {
        t.executor().execute(t.create(ThingsApi.class).get("1"));
      } catch (NewStoreException e) {
        texts.add(describe(e));
      }
    }
    id.enqueue(json(401, "{\"error\":\"invalid_client\"}"));
    try (NewStoreClient client = client()) {
      Transport t = Transport.of(client);
      try {
        t.executor().execute(t.create(ThingsApi.class).get("1"));
      } catch (NewStoreException e) {
        texts.add(describe(e));
      }
    }
    texts.add(new ClientCredentials("client-id", SECRET).toString());
    texts.add(new AccessToken(TOKEN, Instant.MAX).toString());
    texts.addAll(logged);

    assertThat(logged).isNotEmpty(); // the retries were logged, so the logs were looked at
    assertThat(texts).hasSizeGreaterThan(4);
    for (String text : texts) {
      assertThat(text).doesNotContain(SECRET).doesNotContain(TOKEN);
    }
  }

  private static String describe(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out + " " + e;
  }
}
