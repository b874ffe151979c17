package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static com.newstore.sdk.client.TestServers.thing;
import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The examples of docs/observability.md, compiled and run (DocSnippetsTest finds them here). */
@ContractExempt(
    "transport test on the made-up things API (and a test token URL), not a NewStore call")
class ObservabilityDocExamplesTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  /** The log-based listener for teams without Micrometer. */
  static final class LoggingClientListener implements ClientListener {
    private static final Logger LOG = Logger.getLogger("newstore.client");

    @Override
    public void onAttempt(AttemptEvent attempt) {
      attempt
          .retryReason()
          .ifPresent(reason -> LOG.info(() -> "retry " + attempt.endpointId() + ": " + reason));
    }

    @Override
    public void onCall(CallEvent call) {
      LOG.info(
          () ->
              call.method()
                  + " "
                  + call.endpointId()
                  + " -> "
                  + call.status()
                  + " "
                  + call.outcome()
                  + " in "
                  + call.duration().toMillis()
                  + " ms, "
                  + call.attempts()
                  + " attempt(s)");
    }
  }

  @Test
  void loggingListener_logsTheRetryAndTheCall_neverASecret() {
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger("newstore.client");
    logger.addHandler(handler);
    server.enqueue(json(503, ""));
    server.enqueue(thing());
    try (NewStoreClient client =
        TestServers.client(server, time).listener(new LoggingClientListener()).build()) {
      Transport t = Transport.of(client);
      t.executor().execute(t.create(ThingsApi.class).get("1"));
    } finally {
      logger.removeHandler(handler);
    }
    assertThat(lines)
        .containsExactly(
            "retry things.get: status 503",
            "GET things.get -> 200 SUCCESS in "
                + time.sleeps.get(0).toMillis()
                + " ms, 2 attempt(s)");
  }
}
