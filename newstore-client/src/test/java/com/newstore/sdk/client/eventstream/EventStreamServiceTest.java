package com.newstore.sdk.client.eventstream;

import static com.newstore.sdk.client.testing.ServiceTestSupport.body;
import static com.newstore.sdk.client.testing.ServiceTestSupport.empty;
import static com.newstore.sdk.client.testing.ServiceTestSupport.fixture;
import static com.newstore.sdk.client.testing.ServiceTestSupport.json;
import static com.newstore.sdk.client.testing.ServiceTestSupport.parse;
import static com.newstore.sdk.client.testing.ServiceTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.ServerException;
import com.newstore.sdk.client.UnprocessableEntityException;
import com.newstore.sdk.client.testing.ServiceTestSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventStreamServiceTest {
  private static final String KEY = "stream-secret-key-0123456789";
  private static final String URL = "https://oms.example.com/newstore/events";
  private static final Instant MARCH_1 = Instant.parse("2025-03-01T00:00:00Z");
  private static final Instant MARCH_2 = Instant.parse("2025-03-02T00:00:00Z");

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
    return EventStreamIntegration.permanent("external-oms", new CallbackParameters(URL, KEY));
  }

  private static String listOf(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                "{\"id\":\"i-"
                    + i
                    + "\",\"status\":\"stopped\",\"integration_type\":\"permanent\","
                    + "\"callback_parameters\":{\"callback_url\":\"https://x.example.com\"}}")
        .collect(Collectors.joining(",", "{\"integrations\":[", "]}"));
  }

  @Test
  void create_withApiKey_sendsDocumentedBodyOnce() {
    server.enqueue(json(201, fixture("eventstream/integration.json")));

    client.eventStream().create(integration());

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/org/integrations/eventstream");
    assertThat(body(request))
        .isEqualTo(
            parse(
                "{\"id\":\"external-oms\",\"integration_type\":\"permanent\","
                    + "\"callback_parameters\":{\"callback_url\":\""
                    + URL
                    + "\",\"api_key\":\""
                    + KEY
                    + "\"}}"));
    assertThat(server.getRequestCount()).as("no start call after create").isEqualTo(1);
  }

  @Test
  void create_withoutApiKey_leavesItOut() {
    server.enqueue(empty(201));

    client
        .eventStream()
        .create(EventStreamIntegration.permanent("oms", new CallbackParameters(URL)));

    assertThat(body(take(server)))
        .isEqualTo(
            parse(
                "{\"id\":\"oms\",\"integration_type\":\"permanent\","
                    + "\"callback_parameters\":{\"callback_url\":\""
                    + URL
                    + "\"}}"));
  }

  @Test
  void create_temporaryReplay_sendsWindow() {
    server.enqueue(empty(201));

    client
        .eventStream()
        .create(
            EventStreamIntegration.temporary(
                "replay", new CallbackParameters(URL), MARCH_1, MARCH_2));

    assertThat(body(take(server)))
        .isEqualTo(
            parse(
                "{\"id\":\"replay\",\"integration_type\":\"temporary\","
                    + "\"callback_parameters\":{\"callback_url\":\""
                    + URL
                    + "\"},\"starts_at\":\"2025-03-01T00:00:00Z\","
                    + "\"ends_at\":\"2025-03-02T00:00:00Z\"}"));
  }

  @Test
  void create_s3Destination_sendsS3Parameters() {
    server.enqueue(empty(201));
    S3Parameters s3 =
        new S3Parameters("AKIAEXAMPLE", "s3-secret-0123456789", "eu-west-1", "events", "prod");

    client.eventStream().create(EventStreamIntegration.permanent("s3-export", s3));

    assertThat(body(take(server)))
        .isEqualTo(
            parse(
                "{\"id\":\"s3-export\",\"integration_type\":\"permanent\",\"s3_parameters\":"
                    + "{\"aws_access_key_id\":\"AKIAEXAMPLE\",\"aws_secret_access_key\":"
                    + "\"s3-secret-0123456789\",\"aws_region\":\"eu-west-1\","
                    + "\"bucket\":\"events\",\"key_prefix\":\"prod\"}}"));
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
    Map<?, ?> body = (Map<?, ?>) body(take(server));
    assertThat(body.get("starts_at")).isEqualTo("2025-03-04T00:00:00Z");
    assertThat(body.get("filter_conditions")).isEqualTo(Map.of("names", List.of("order.created")));
  }

  @Test
  void create_integrationReadBack_neverSendsStatusButKeepsUnknownMembers() {
    server.enqueue(json(fixture("eventstream/integration.json")));
    server.enqueue(empty(201));

    EventStreamIntegration got = client.eventStream().get("external-oms");
    client.eventStream().create(got);

    take(server);
    @SuppressWarnings("unchecked")
    Map<String, Object> sent = (Map<String, Object>) body(take(server));
    assertThat(sent)
        .doesNotContainKey("status")
        .containsEntry("created_at", "2025-03-01T08:00:00Z");
  }

  @Test
  void create_refusedAtTheLimit_throwsIntegrationLimit() {
    server.enqueue(json(400, "{\"message\":\"too many integrations\"}"));
    server.enqueue(json(listOf(25)));

    assertThatThrownBy(() -> client.eventStream().create(integration()))
        .isInstanceOfSatisfying(
            IntegrationLimitException.class,
            e -> {
              assertThat(e.existing()).isEqualTo(25);
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.getMessage()).contains("at most 25").contains("delete(id)");
            });
    take(server);
    assertThat(take(server).getMethod()).isEqualTo("GET");
  }

  @Test
  void create_refusedBelowTheLimit_throwsTheRefusal() {
    server.enqueue(json(422, "{\"error_code\":\"invalid_filter\"}"));
    server.enqueue(json(listOf(3)));

    assertThatThrownBy(() -> client.eventStream().create(integration()))
        .isExactlyInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("invalid_filter");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void create_conflict_isThrownWithoutListing() {
    server.enqueue(json(409, "{\"error_code\":\"integration_exists\"}"));

    assertThatThrownBy(() -> client.eventStream().create(integration()))
        .isExactlyInstanceOf(ConflictException.class)
        .hasMessageContaining("integration_exists");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void create_refusedAndListFails_throwsTheRefusal() {
    server.enqueue(json(400, "{\"error_code\":\"invalid\"}"));
    server.enqueue(json(404, "{}"));

    assertThatThrownBy(() -> client.eventStream().create(integration()))
        .isExactlyInstanceOf(BadRequestException.class)
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
  }

  @Test
  void create_serverError_isNotRetriedNorListed() {
    server.enqueue(json(500, "{\"error_code\":\"boom\"}"));

    assertThatThrownBy(() -> client.eventStream().create(integration()))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void get_documentedSample_parsesAndKeepsUnknownMembers() {
    server.enqueue(json(fixture("eventstream/integration.json")));

    EventStreamIntegration got = client.eventStream().get("external-oms");

    assertThat(got.id()).isEqualTo("external-oms");
    assertThat(got.integrationType()).isEqualTo(IntegrationType.PERMANENT);
    assertThat(got.status()).isEqualTo(IntegrationStatus.RUNNING);
    assertThat(got.callbackParameters().callbackUrl()).isEqualTo(URL);
    assertThat(got.callbackParameters().apiKey()).isEqualTo(KEY);
    assertThat(got.startsAt()).isEqualTo(Instant.parse("2025-03-04T00:00:00Z"));
    assertThat(got.filterConditions())
        .isEqualTo(Map.of("names", List.of("order.created", "payment_account.amount_captured")));
    assertThat(got.extras()).containsKey("created_at").doesNotContainKey("status");
  }

  @Test
  void list_documentedEnvelope_parsesEveryShape() {
    server.enqueue(json(fixture("eventstream/list.json")));

    List<EventStreamIntegration> all = client.eventStream().list();

    assertThat(all)
        .extracting(EventStreamIntegration::id)
        .containsExactly("external-oms", "replay-march", "s3-export");
    assertThat(all)
        .extracting(EventStreamIntegration::status)
        .containsExactly(
            IntegrationStatus.RUNNING, IntegrationStatus.STOPPED, IntegrationStatus.RUNNING);
    EventStreamIntegration replay = all.get(1);
    assertThat(replay.integrationType()).isEqualTo(IntegrationType.TEMPORARY);
    assertThat(replay.integrationType().isKnown()).isTrue();
    assertThat(replay.endsAt()).isEqualTo(MARCH_2);
    assertThat(replay.callbackParameters().apiKey()).isNull();
    assertThat(all.get(2).s3Parameters().bucket()).isEqualTo("newstore-events");
    assertThat(all.get(2).callbackParameters()).isNull();
  }

  @Test
  void list_bareArray_parsesEntries() {
    server.enqueue(
        json(
            "[{\"id\":\"a\",\"integration_type\":\"permanent\",\"callback_parameters\":"
                + "{\"callback_url\":\"https://a.example.com\"}}]"));

    assertThat(client.eventStream().list())
        .extracting(EventStreamIntegration::id)
        .containsExactly("a");
  }

  @Test
  void list_emptyBodyOrNoIntegrations_returnsEmpty() {
    server.enqueue(empty(200));
    server.enqueue(json("{\"integrations\":[]}"));

    assertThat(client.eventStream().list()).isEmpty();
    assertThat(client.eventStream().list()).isEmpty();
  }

  @Test
  void list_unexpectedShapes_throwDecoding() {
    server.enqueue(json("42"));
    server.enqueue(json("[\"oops\"]"));
    server.enqueue(json("{\"integrations\":{}}"));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> client.eventStream().list())
          .isInstanceOf(NewStoreDecodingException.class);
    }
  }

  @Test
  void startStopDelete_sendDocumentedMethodsAndPaths() {
    server.enqueue(empty(204));
    server.enqueue(json("{\"status\":\"stopped\"}"));
    server.enqueue(empty(204));

    client.eventStream().start("external-oms");
    client.eventStream().stop("external-oms");
    client.eventStream().delete("external-oms");

    RecordedRequest start = take(server);
    RecordedRequest stop = take(server);
    RecordedRequest delete = take(server);
    assertThat(start.getMethod()).isEqualTo("POST");
    assertThat(start.getUrl().encodedPath())
        .isEqualTo("/api/v1/org/integrations/eventstream/external-oms/_start");
    assertThat(stop.getMethod()).isEqualTo("POST");
    assertThat(stop.getUrl().encodedPath())
        .isEqualTo("/api/v1/org/integrations/eventstream/external-oms/_stop");
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getUrl().encodedPath())
        .isEqualTo("/api/v1/org/integrations/eventstream/external-oms");
  }

  @Test
  void delete_unknownId_throwsNotFound() {
    server.enqueue(json(404, "{\"message\":\"no such integration\"}"));

    assertThatThrownBy(() -> client.eventStream().delete("nope"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void start_serverError_isNotRetriedBecauseNotIdempotent() {
    server.enqueue(json(500, "{\"error_code\":\"boom\"}"));
    server.enqueue(empty(204));

    assertThatThrownBy(() -> client.eventStream().start("external-oms"))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void toString_neverShowsSecrets() {
    server.enqueue(json(fixture("eventstream/list.json")));

    List<EventStreamIntegration> all = client.eventStream().list();

    assertThat(all.toString())
        .doesNotContain("k1-0123456789")
        .doesNotContain("s3-secret-0123456789")
        .contains("<redacted>");
    assertThat(integration().toString()).doesNotContain(KEY);
    assertThat(new CallbackParameters(URL).toString()).contains("apiKey=none");
  }

  @Test
  void openEnums_blankIsRejected_unknownIsKept() {
    assertThatThrownBy(() -> IntegrationType.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IntegrationStatus.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(IntegrationStatus.of("paused").isKnown()).isFalse();
  }

  @Test
  void javadocExamples_areValid() {
    String apiKey = KEY;
    String accessKeyId = "AKIAEXAMPLE";
    EventStreamIntegration live =
        EventStreamIntegration.permanent(
            "external-oms",
            new CallbackParameters("https://oms.example.com/newstore/events", apiKey));
    EventStreamIntegration replay =
        EventStreamIntegration.temporary(
            "replay-march",
            new CallbackParameters("https://oms.example.com/newstore/replay"),
            Instant.parse("2025-03-01T00:00:00Z"),
            Instant.parse("2025-03-02T00:00:00Z"));
    S3Parameters s3 =
        new S3Parameters(
            accessKeyId, "s3-secret-0123456789", "eu-west-1", "newstore-events", "prod");
    server.enqueue(empty(201));
    server.enqueue(empty(201));
    server.enqueue(empty(201));

    for (EventStreamIntegration integration :
        List.of(live, replay, EventStreamIntegration.permanent("s3-export", s3))) {
      assertThat(client.eventStream().create(integration)).isSameAs(integration);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  record Rule(String name, String violationPath, Consumer<EventStreamService> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Rule> rules() {
    CallbackParameters callback = new CallbackParameters(URL, KEY);
    return Stream.of(
        new Rule("blank id", "id", s -> s.create(EventStreamIntegration.permanent(" ", callback))),
        new Rule(
            "callback not https",
            "callbackParameters.callbackUrl",
            s ->
                s.create(
                    EventStreamIntegration.permanent(
                        "oms", new CallbackParameters("ftp://x", KEY)))),
        new Rule(
            "blank api key",
            "callbackParameters.apiKey",
            s ->
                s.create(
                    EventStreamIntegration.permanent("oms", new CallbackParameters(URL, " ")))),
        new Rule(
            "missing type",
            "integrationType",
            s ->
                s.create(
                    new EventStreamIntegration(
                        "oms", null, callback, null, null, null, null, null, null))),
        new Rule(
            "no destination",
            "exactlyOneDestination",
            s ->
                s.create(
                    new EventStreamIntegration(
                        "oms",
                        IntegrationType.PERMANENT,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))),
        new Rule(
            "two destinations",
            "exactlyOneDestination",
            s ->
                s.create(
                    new EventStreamIntegration(
                        "oms",
                        IntegrationType.PERMANENT,
                        callback,
                        new S3Parameters("id", "secret", "eu-west-1", "b", null),
                        null,
                        null,
                        null,
                        null,
                        null))),
        new Rule(
            "temporary without end",
            "endSetWhenTemporary",
            s ->
                s.create(
                    new EventStreamIntegration(
                        "oms",
                        IntegrationType.TEMPORARY,
                        callback,
                        null,
                        MARCH_1,
                        null,
                        null,
                        null,
                        null))),
        new Rule(
            "window ends before it starts",
            "windowOrdered",
            s -> s.create(EventStreamIntegration.temporary("oms", callback, MARCH_2, MARCH_1))),
        new Rule(
            "s3 without bucket",
            "s3Parameters.bucket",
            s ->
                s.create(
                    EventStreamIntegration.permanent(
                        "oms", new S3Parameters("id", "secret", "eu-west-1", " ", null)))),
        new Rule("get blank id", "id", s -> s.get(" ")),
        new Rule("start blank id", "id", s -> s.start("")),
        new Rule("stop blank id", "id", s -> s.stop("")),
        new Rule("delete blank id", "id", s -> s.delete(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void call_brokenRule_throwsValidationAndSendsNothing(Rule rule) {
    assertThatThrownBy(() -> rule.call().accept(client.eventStream()))
        .isInstanceOfSatisfying(
            NewStoreValidationException.class,
            e -> {
              assertThat(e.violations())
                  .anySatisfy(v -> assertThat(v.path()).isEqualTo(rule.violationPath()));
              assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("secret");
            });
    assertThat(server.getRequestCount()).isZero();
  }
}
