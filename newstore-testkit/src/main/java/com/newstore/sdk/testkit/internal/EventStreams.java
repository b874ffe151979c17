package com.newstore.sdk.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Event stream integration registrations: create, list, get, update, {@code _start}, {@code _stop}.
 * A new integration is {@code running}. Thread-safe.
 */
public final class EventStreams {
  private final Map<String, Map<String, Object>> integrations = new LinkedHashMap<>();

  /** Creates an empty registry. */
  public EventStreams() {}

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
        case "GET" ->
            Reply.json(200, Map.of("integrations", new ArrayList<>(integrations.values())));
        default -> notAllowed(req);
      };
    }
    List<String> start = SimulatorRoutes.match(SimulatorRoutes.EVENT_STREAM_START, path);
    if (start != null) {
      return req.method().equals("POST")
          ? setStatus(req, start.get(0), "running")
          : notAllowed(req);
    }
    List<String> stop = SimulatorRoutes.match(SimulatorRoutes.EVENT_STREAM_STOP, path);
    if (stop != null) {
      return req.method().equals("POST") ? setStatus(req, stop.get(0), "stopped") : notAllowed(req);
    }
    List<String> one = SimulatorRoutes.match(SimulatorRoutes.EVENT_STREAM, path);
    if (one == null) {
      return null;
    }
    Map<String, Object> existing = integrations.get(one.get(0));
    if (existing == null) {
      return Reply.problem(404, "not_found", "No integration " + one.get(0), req.requestId());
    }
    return switch (req.method()) {
      case "GET" -> Reply.json(200, existing);
      case "PUT", "PATCH" -> update(req, existing, req.method().equals("PATCH"));
      default -> notAllowed(req);
    };
  }

  /**
   * Returns one integration as stored.
   *
   * @param id the integration id
   * @return the integration, if any
   */
  public synchronized Optional<Map<String, Object>> find(String id) {
    return Optional.ofNullable(integrations.get(id)).map(Map::copyOf);
  }

  /**
   * Returns the first running integration.
   *
   * @return the integration, if any
   */
  public synchronized Optional<Map<String, Object>> firstRunning() {
    return integrations.values().stream()
        .filter(i -> "running".equals(i.get("status")))
        .findFirst()
        .map(Map::copyOf);
  }

  private Reply create(SimRequest req) {
    Map<String, Object> body = req.jsonObject(false);
    List<String> errors = validate(body);
    if (!errors.isEmpty()) {
      return Reply.problem(400, "bad_request", String.join("; ", errors), req.requestId());
    }
    String id = (String) body.get("id");
    if (integrations.containsKey(id)) {
      return Reply.problem(409, "conflict", "Integration " + id + " exists", req.requestId());
    }
    Map<String, Object> stored = new LinkedHashMap<>(body);
    stored.put("status", "running");
    integrations.put(id, stored);
    return Reply.json(201, stored);
  }

  private Reply update(SimRequest req, Map<String, Object> existing, boolean merge) {
    Map<String, Object> body = req.jsonObject(false);
    Map<String, Object> next = new LinkedHashMap<>(merge ? existing : Map.of());
    next.putAll(body);
    next.put("id", existing.get("id"));
    next.put("status", existing.get("status"));
    List<String> errors = validate(next);
    if (!errors.isEmpty()) {
      return Reply.problem(400, "bad_request", String.join("; ", errors), req.requestId());
    }
    integrations.put((String) existing.get("id"), next);
    return Reply.json(200, next);
  }

  private Reply setStatus(SimRequest req, String id, String status) {
    Map<String, Object> existing = integrations.get(id);
    if (existing == null) {
      return Reply.problem(404, "not_found", "No integration " + id, req.requestId());
    }
    existing.put("status", status);
    return Reply.json(200, existing);
  }

  private static List<String> validate(Map<String, Object> body) {
    List<String> errors = new ArrayList<>();
    if (!(body.get("id") instanceof String id) || id.isBlank()) {
      errors.add("id is required");
    }
    if (!"permanent".equals(body.get("integration_type"))) {
      errors.add("integration_type must be permanent");
    }
    if (!(body.get("callback_parameters") instanceof Map<?, ?> cb)
        || !(cb.get("callback_url") instanceof String url)
        || url.isBlank()) {
      errors.add("callback_parameters.callback_url is required");
    }
    return errors;
  }

  private static Reply notAllowed(SimRequest req) {
    return Reply.problem(
        405, "method_not_allowed", req.method() + " is not allowed", req.requestId());
  }
}
