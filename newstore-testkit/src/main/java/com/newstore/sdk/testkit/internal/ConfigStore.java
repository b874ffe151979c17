package com.newstore.sdk.testkit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A stateful configuration store keyed by path: GET answers the stored value with {@code
 * updated_at}, POST and PUT validate and store, PATCH merges, DELETE removes. Thread-safe.
 */
public final class ConfigStore {
  /**
   * One stored value.
   *
   * @param value the value
   * @param updatedAt when it was last written
   * @param version the version (1 for the first write, +1 per write)
   * @param updatedBy the API client that wrote it
   */
  public record Entry(@Nullable Object value, Instant updatedAt, long version, String updatedBy) {}

  private final ConfigRules rules;
  private final Clock clock;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /**
   * Creates an empty store.
   *
   * @param rules the rules per path
   * @param clock the clock for {@code updated_at}
   */
  public ConfigStore(ConfigRules rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * Returns whether the store serves a path.
   *
   * @param path a request path
   * @return true for paths under a config prefix
   */
  public static boolean serves(String path) {
    return SimulatorRoutes.CONFIG_PREFIXES.stream()
        .anyMatch(p -> path.startsWith(p) && path.length() > p.length());
  }

  /**
   * Returns the stored entry of a path.
   *
   * @param path the path
   * @return the entry, if any
   */
  public synchronized Optional<Entry> get(String path) {
    return Optional.ofNullable(entries.get(path));
  }

  /**
   * Returns a snapshot of every stored entry.
   *
   * @return path to entry
   */
  public synchronized Map<String, Entry> snapshot() {
    return Map.copyOf(entries);
  }

  /**
   * Stores a value directly, bypassing the rules (for test setup).
   *
   * @param path the path
   * @param value the value
   */
  public synchronized void put(String path, Object value) {
    Entry old = entries.get(path);
    entries.put(
        path,
        new Entry(
            JsonSupport.normalize(value),
            clock.instant(),
            old == null ? 1 : old.version() + 1,
            "simulator"));
  }

  /**
   * Handles one configuration request.
   *
   * @param req the request
   * @return the reply
   */
  public synchronized Reply handle(SimRequest req) {
    ConfigRule rule = rules.ruleFor(req.path());
    return switch (req.method()) {
      case "GET" -> read(req, rule);
      case "POST", "PUT" -> write(req, rule, false);
      case "PATCH" -> write(req, rule, true);
      case "DELETE" -> delete(req);
      default ->
          Reply.problem(
              405, "method_not_allowed", req.method() + " is not allowed", req.requestId());
    };
  }

  private Reply read(SimRequest req, ConfigRule rule) {
    Entry entry = entries.get(req.path());
    if (entry == null) {
      if (rule.defaultValue() == null) {
        return Reply.problem(
            404, "not_found", "No configuration is set at " + req.path(), req.requestId());
      }
      entry = new Entry(rule.defaultValue(), Instant.EPOCH, 0, "default");
    }
    Map<String, Object> body = render(entry, rule);
    if (rule.schema() != null) {
      body.put("schema", rule.schema());
    }
    return Reply.json(200, body);
  }

  private Reply write(SimRequest req, ConfigRule rule, boolean patch) {
    Map<String, Object> body = req.jsonObject(false);
    Object value = unwrap(body, rule, req);
    Entry old = entries.get(req.path());
    if (rule.versioned()) {
      checkVersion(req, old);
    } else if (rule.writeOnce() && old != null) {
      if (!patch && java.util.Objects.equals(old.value(), value)) {
        // Writing the same value again is not a change: answer it so a retried POST is harmless.
        return Reply.json(200, render(old, rule));
      }
      return Reply.problem(
          409,
          "conflict",
          "This configuration was already applied and cannot be changed",
          req.requestId());
    }
    if (patch) {
      if (old == null) {
        return Reply.problem(
            404, "not_found", "No configuration is set at " + req.path(), req.requestId());
      }
      value = merge(old.value(), value);
    }
    List<String> violations = rule.validator().apply(value);
    if (!violations.isEmpty()) {
      return Reply.problem(400, "bad_request", String.join("; ", violations), req.requestId());
    }
    Entry entry =
        new Entry(
            rules.completeValue(req.path(), value),
            clock.instant(),
            old == null ? 1 : old.version() + 1,
            req.clientId() == null ? "anonymous" : req.clientId());
    entries.put(req.path(), entry);
    if (rule.emptyWriteReply()) {
      return Reply.empty(200);
    }
    return Reply.json(
        old == null && !req.method().equals("PATCH") ? 201 : 200, render(entry, rule));
  }

  private static void checkVersion(SimRequest req, @Nullable Entry old) {
    String raw = req.query().get("version");
    long version;
    try {
      version = raw == null ? -1 : Long.parseLong(raw);
    } catch (NumberFormatException e) {
      version = -1;
    }
    if (version < 0) {
      throw new ApiException(
          Reply.problem(
              400, "bad_request", "The version query parameter is required", req.requestId()));
    }
    long expected = old == null ? 1 : old.version();
    if (version != expected) {
      throw new ApiException(
          Reply.problem(
              409,
              "conflict_version",
              "The version " + version + " is not the current version",
              req.requestId()));
    }
  }

  private Reply delete(SimRequest req) {
    if (entries.remove(req.path()) == null) {
      return Reply.problem(
          404, "not_found", "No configuration is set at " + req.path(), req.requestId());
    }
    return Reply.empty(204);
  }

  private static @Nullable Object unwrap(
      Map<String, Object> body, ConfigRule rule, SimRequest req) {
    if (rule.shape() == ConfigRule.Shape.WRAPPED) {
      if (!body.containsKey("value")) {
        throw new ApiException(
            Reply.problem(400, "bad_request", "value is required", req.requestId()));
      }
      return body.get("value");
    }
    if (rule.shape() == ConfigRule.Shape.BARE_REQUEST && body.containsKey("value")) {
      return body.get("value");
    }
    // Bare bodies: accept a {value: {...}} envelope too, since NewStore's framing is unconfirmed.
    if (body.size() == 1 && body.get("value") instanceof Map<?, ?> inner) {
      return JsonSupport.asMap(inner);
    }
    return body;
  }

  private static @Nullable Object merge(@Nullable Object old, @Nullable Object patch) {
    if (old instanceof Map<?, ?> o && patch instanceof Map<?, ?> p) {
      Map<String, Object> merged = new LinkedHashMap<>(JsonSupport.asMap(o));
      JsonSupport.asMap(p).forEach((k, v) -> merged.put(k, merge(merged.get(k), v)));
      return merged;
    }
    return patch;
  }

  private static Map<String, Object> render(Entry entry, ConfigRule rule) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (rule.shape() == ConfigRule.Shape.BARE && entry.value() instanceof Map<?, ?> m) {
      body.putAll(JsonSupport.asMap(m));
    } else {
      body.put("value", entry.value());
    }
    if (rule.versioned()) {
      body.put("version", entry.version());
      body.put("updated_by", entry.updatedBy());
    }
    body.put("updated_at", entry.updatedAt().toString());
    return body;
  }
}
