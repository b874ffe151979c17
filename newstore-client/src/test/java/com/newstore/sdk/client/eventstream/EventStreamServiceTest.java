package com.newstore.sdk.client.eventstream;

import static com.newstore.sdk.client.testing.ServiceTestSupport.body;
import static com.newstore.sdk.client.testing.ServiceTestSupport.empty;
import static com.newstore.sdk.client.testing.ServiceTestSupport.fixture;
import static com.newstore.sdk.client.testing.ServiceTestSupport.json;
import static com.newstore.sdk.client.testing.ServiceTestSupport.parse;
import static com.newstore.sdk.client.testing.ServiceTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.testing.ServiceTestSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventStreamServiceTest {
  private static final String KEY = "stream-secret-key-0123456789";

  @StartStop final MockWebServer server = new MockWebServer();
  private NewStoreClient client;

  @BeforeEach
  void setUp() {
    client = ServiceTestSupport.client(server);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static EventStreamIntegration integration() {
    return EventStreamIntegration.permanent(
        "external-oms", new CallbackParameters("https://oms.example.com/newstore/events", KEY));
  }

  @Test
  void create_minimal_sendsDocumentedBody() {
    server.enqueue(json(201, fixture("eventstream/integration.json")));

    client.eventStream().create(integration());

    assertThat(body(take(server)))
        .isEqualTo(
            parse(
                "{\"id\":\"external-oms\",\"integration_type\":\"permanent\","
                    + "\"callback_parameters\":{\"callback_url\":"
                    + "\"https://oms.example.com/newstore/events\",\"api_key\":\""
                    + KEY
                    + "\"}}"));
  }

  @Test
  void create_withStartAndFilter_sendsOptionalMembers() {
    server.enqueue(empty(201));
    EventStreamIntegration sent =
        integration()
            .withStartsAt(Instant.parse("2025-03-04T00:00:00Z"))
            .withFilterConditions(Map.of("names", List.of("order.created")));

    EventStreamIntegration result = client.eventStream().create(sent);

    assertThat(result).isSameAs(sent);
    assertThat(body(take(server)))
        .isEqualTo(
            parse(
                "{\"id\":\"external-oms\",\"integration_type\":\"permanent\","
                    + "\"callback_parameters\":{\"callback_url\":"
                    + "\"https://oms.example.com/newstore/events\",\"api_key\":\""
                    + KEY
                    + "\"},\"starts_at\":\"2025-03-04T00:00:00Z\","
                    + "\"filter_conditions\":{\"names\":[\"order.created\"]}}"));
  }

  @Test
  void get_documentedSample_parsesAndKeepsUnknownMembers() {
    server.enqueue(json(fixture("eventstream/integration.json")));

    EventStreamIntegration got = client.eventStream().get("external-oms");

    assertThat(got.id()).isEqualTo("external-oms");
    assertThat(got.integrationType()).isEqualTo(IntegrationType.PERMANENT);
    assertThat(got.callbackParameters().callbackUrl())
        .isEqualTo("https://oms.example.com/newstore/events");
    assertThat(got.callbackParameters().apiKey()).isEqualTo(KEY);
    assertThat(got.startsAt()).isEqualTo(Instant.parse("2025-03-04T00:00:00Z"));
    assertThat(got.filterConditions())
        .isEqualTo(Map.of("names", List.of("order.created", "payment_account.amount_captured")));
    assertThat(got.extras()).containsEntry("status", "running").containsKey("created_at");
  }

  @Test
  void update_readThenWrite_sendsUnknownMembersBack() {
    server.enqueue(json(fixture("eventstream/integration.json")));
    server.enqueue(json(fixture("eventstream/integration.json")));

    EventStreamIntegration got = client.eventStream().get("external-oms");
    client.eventStream().update(got);

    take(server);
    assertThat(body(take(server))).isEqualTo(parse(fixture("eventstream/integration.json")));
  }

  @Test
  void update_emptyAnswer_returnsSentIntegration() {
    server.enqueue(empty(204));

    EventStreamIntegration sent = integration();

    assertThat(client.eventStream().update(sent)).isSameAs(sent);
  }

  @Test
  void list_objectEnvelope_parsesEntriesAndKeepsUnknownType() {
    server.enqueue(json(fixture("eventstream/list.json")));

    List<EventStreamIntegration> all = client.eventStream().list();

    assertThat(all).extracting(EventStreamIntegration::id).containsExactly("external-oms", "audit");
    assertThat(all.get(1).integrationType()).isEqualTo(IntegrationType.of("temporary"));
    assertThat(all.get(1).integrationType().isKnown()).isFalse();
  }

  @Test
  void list_bareArray_parsesEntries() {
    server.enqueue(
        json(
            "[{\"id\":\"a\",\"integration_type\":\"permanent\",\"callback_parameters\":"
                + "{\"callback_url\":\"https://a.example.com\",\"api_key\":\"k-0123456789\"}}]"));

    assertThat(client.eventStream().list())
        .extracting(EventStreamIntegration::id)
        .containsExactly("a");
  }

  @Test
  void list_emptyBodyOrNoArray_returnsEmpty() {
    server.enqueue(empty(200));
    server.enqueue(json("{\"count\":0}"));

    assertThat(client.eventStream().list()).isEmpty();
    assertThat(client.eventStream().list()).isEmpty();
  }

  @Test
  void list_scalarBody_throwsDecoding() {
    server.enqueue(json("42"));

    assertThatThrownBy(() -> client.eventStream().list())
        .isInstanceOf(NewStoreDecodingException.class);
  }

  @Test
  void list_entryNotAnObject_throwsDecoding() {
    server.enqueue(json("[\"oops\"]"));

    assertThatThrownBy(() -> client.eventStream().list())
        .isInstanceOf(NewStoreDecodingException.class);
  }

  @Test
  void startAndStop_sendEmptyPosts() {
    server.enqueue(empty(204));
    server.enqueue(json("{\"status\":\"stopped\"}"));

    client.eventStream().start("external-oms");
    client.eventStream().stop("external-oms");

    assertThat(take(server).getUrl().encodedPath()).endsWith("/external-oms/_start");
    assertThat(take(server).getUrl().encodedPath()).endsWith("/external-oms/_stop");
  }

  @Test
  void start_serverError_isNotRetriedBecauseNotIdempotent() {
    server.enqueue(json(500, "{\"error_code\":\"boom\"}"));
    server.enqueue(empty(204));

    assertThatThrownBy(() -> client.eventStream().start("external-oms"))
        .isInstanceOf(com.newstore.sdk.client.ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void toString_neverShowsCallbackApiKey() {
    server.enqueue(json(fixture("eventstream/integration.json")));

    EventStreamIntegration got = client.eventStream().get("external-oms");

    assertThat(got.toString()).doesNotContain(KEY).contains("<redacted>");
    assertThat(got.callbackParameters().toString())
        .doesNotContain(KEY)
        .contains("https://oms.example.com/newstore/events");
    assertThat(integration().toString()).doesNotContain(KEY);
  }

  @Test
  void integrationType_blank_isRejected() {
    assertThatThrownBy(() -> IntegrationType.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
