package com.newstore.sdk.client;

import static com.newstore.sdk.client.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreValidationException.Violation;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.contract.junit.ContractExempt;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ValidationAndJsonTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  @Test
  void invalidRequest_listsEveryViolation_andSendsNothing() {
    ThingsApi.Thing bad = new ThingsApi.Thing(" ", 26, List.of(), null);
    try (NewStoreClient client = TestServers.client(server, time).build()) {
      Transport t = Transport.of(client);
      assertThatThrownBy(
              () ->
                  t.executor()
                      .execute(t.create(ThingsApi.class).create(BeanValidation.validate(bad))))
          .isInstanceOfSatisfying(
              NewStoreValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path)
                      .containsExactly("kinds", "name", "timeout"))
          .hasMessageContaining("nothing was sent")
          .hasMessageContaining("timeout must be less than or equal to 25");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @ContractExempt("transport test on the made-up things API")
  @Test
  void response_unknownFieldsIgnored_unknownOpenEnumKept_instantParsed() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"name\":\"a\",\"timeout\":5,\"kinds\":[\"store\",\"warehouse\"],"
                + "\"updated_at\":\"2024-05-01T10:00:00.123+02:00\",\"brand_new\":{\"x\":1}}"));
    try (NewStoreClient client = TestServers.client(server, time).build()) {
      Transport t = Transport.of(client);
      ThingsApi.Thing thing = t.executor().execute(t.create(ThingsApi.class).get("1"));
      assertThat(thing.kinds())
          .containsExactly(ThingsApi.Kind.STORE, new ThingsApi.Kind("warehouse"));
      assertThat(thing.kinds().get(1).isKnown()).isFalse();
      assertThat(thing.updatedAt()).isEqualTo(Instant.parse("2024-05-01T08:00:00.123Z"));
    }
  }

  @ContractExempt("transport test on the made-up things API")
  @Test
  void request_openEnumsAndInstantsAreWrittenAsStrings() throws Exception {
    server.enqueue(TestServers.thing());
    ThingsApi.Thing thing =
        new ThingsApi.Thing(
            "a",
            5,
            List.of(new ThingsApi.Kind("warehouse")),
            Instant.parse("2024-01-01T00:00:00Z"));
    try (NewStoreClient client = TestServers.client(server, time).build()) {
      Transport t = Transport.of(client);
      t.executor().execute(t.create(ThingsApi.class).create(thing));
    }
    var sent = TestServers.take(server);
    assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
    java.util.Map<?, ?> parsed = TestServers.parse(sent);
    assertThat(parsed.get("kinds")).isEqualTo(List.of("warehouse"));
    assertThat(parsed.get("updated_at")).isEqualTo("2024-01-01T00:00:00Z");
  }
}
