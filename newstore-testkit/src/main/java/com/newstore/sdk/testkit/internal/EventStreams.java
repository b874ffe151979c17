package com.newstore.sdk.testkit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Event stream integrations (newstore-api.md section 7), after the {@link RequestContract} checked
 * the body: creating one starts it ({@code running}); {@code GET} list and one; {@code _start},
 * {@code _stop}; {@code DELETE …/{id}} (path inferred). There is no update: {@code PUT} and {@code
 * PATCH} answer {@code 405}. At most {@value #LIMIT} integrations, temporary and stopped ones
 * included; one more answers {@code 409 integration_limit_reached} (status and code unconfirmed). A
 * {@code temporary} integration reads as {@code stopped} once its {@code ends_at} has passed.
 * Thread-safe.
 */
public final class EventStreams {
  /** The documented maximum number of integrations per tenant. */
  public static final int LIMIT = 25;

  private final Clock clock;
  private final Map<String, Map<String, Object>> integrations = new LinkedHashMap<>();

  /**
   * Creates an empty registry.
   *
   * @param clock decides when temporary integrations end
   */
  public EventStreams(Clock clock) {
    this.clock = clock;
  }

  /**
   * Handles a request under the event stream path.
   *
   * @param req the request
   * @return the reply, or null when the path is not an event stream path
   */
  public synchronized @Nullable Reply handle(SimRequest req) {
    String path = req.path();
    if (path.equals(SimulatorRoutes.EVENT_STREAMS)) {
      return switch (req.method()) {
        case "POST" -> create(req);
        case "GET" -> Reply.json(200, Map.of("integrations", all()));
        default -> notAllowed(req, "GET or POST");
      };
    }
    List<String> start = SimulatorRoutes.match(SimulatorRoutes.EVENT_STREAM_START, path);
    if (start != null) {
      return req.method().equals("POST")
          ? setStatus(req, start.get(0), "running")
          : notAllowed(req, "POST");
    }
    List<String> stop = SimulatorRoutes.match(SimulatorRoutes.EVENT_STREAM_STOP, path);
    if (stop != null) {
      return req.method().equals("POST")
          ? setStatus(req, stop.get(0), "stopped")
          : notAllowed(req, "POST");
    }
    List<String> one = SimulatorRoutes.match(SimulatorRoutes.EVENT_STREAM, path);
    if (one == null) {
      return null;
    }
    String id = one.get(0);
    Map<String, Object> existing = integrations.get(id);
    if (existing == null) {
      return Reply.problem(404, "not_found", "No integration " + id, req.requestId());
    }
    return switch (req.method()) {
      case "GET" -> Reply.json(200, view(existing));
      case "DELETE" -> {
        integrations.remove(id);
        yield Reply.empty(204);
      }
      default -> notAllowed(req, "GET or DELETE (there is no update: delete and create again)");
    };
  }

  /**
   * Returns one integration as stored.
   *
   * @param id the integration id
   * @return the integration, if any
   */
  public synchronized Optional<Map<String, Object>> find(String id) {
    return Optional.ofNullable(integrations.get(id)).map(this::view);
  }

  /**
   * Returns every running integration with a callback URL, oldest first.
   *
   * @return the integrations
   */
  public synchronized List<Map<String, Object>> running() {
    return all().stream()
        .filter(i -> "running".equals(i.get("status")) && i.get("callback_parameters") != null)
        .toList();
  }

  /**
   * Returns the first running integration with a callback URL.
   *
   * @return the integration, if any
   */
  public synchronized Optional<Map<String, Object>> firstRunning() {
    return running().stream().findFirst();
  }

  private List<Map<String, Object>> all() {
    List<Map<String, Object>> out = new ArrayList<>();
    integrations.values().forEach(i -> out.add(view(i)));
    return out;
  }

  private Map<String, Object> view(Map<String, Object> stored) {
    Map<String, Object> copy = new LinkedHashMap<>(stored);
    if ("temporary".equals(copy.get("integration_type"))
        && copy.get("ends_at") instanceof String endsAt
        && !clock.instant().isBefore(OffsetDateTime.parse(endsAt).toInstant())) {
      copy.put("status", "stopped");
    }
    return Map.copyOf(copy);
  }

  private Reply create(SimRequest req) {
    Map<String, Object> body = req.jsonObject(false);
    String id = (String) body.get("id");
    if (integrations.containsKey(id)) {
      return Reply.problem(409, "conflict", "Integration " + id + " exists", req.requestId());
    }
    if (integrations.size() >= LIMIT) {
      return Reply.problem(
          409,
          "integration_limit_reached",
          "At most "
              + LIMIT
              + " event stream integrations, temporary and stopped ones included: delete one"
              + " first",
          req.requestId());
    }
    Map<String, Object> stored = new LinkedHashMap<>(body);
    stored.put("status", "running");
    integrations.put(id, stored);
    return Reply.json(201, view(stored));
  }

  private Reply setStatus(SimRequest req, String id, String status) {
    Map<String, Object> existing = integrations.get(id);
    if (existing == null) {
      return Reply.problem(404, "not_found", "No integration " + id, req.requestId());
    }
    existing.put("status", status);
    return Reply.json(200, view(existing));
  }

  private static Reply notAllowed(SimRequest req, String allowed) {
    return Reply.problem(
        405,
        "method_not_allowed",
        req.method() + " is not allowed on /" + req.path() + "; use " + allowed,
        req.requestId());
  }
}
