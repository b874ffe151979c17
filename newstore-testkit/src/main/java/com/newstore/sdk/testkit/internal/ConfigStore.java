package com.newstore.sdk.testkit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of the configuration APIs of {@link ConfigRoutes}, keyed by path: GET answers the
 * stored value framed as its route says, the route's write methods store (replacing the whole
 * document), PATCH merges (order injection configuration only), DELETE removes where documented.
 * Thread-safe.
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

  private final ConfigRoutes routes;
  private final Clock clock;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /**
   * Creates an empty store.
   *
   * @param routes the configuration APIs it serves
   * @param clock the clock for {@code updated_at}
   */
  public ConfigStore(ConfigRoutes routes, Clock clock) {
    this.routes = routes;
    this.clock = clock;
  }

  /**
   * Returns the row serving a path.
   *
   * @param path a request path
   * @return the row, if the path is a configuration API
   */
  public Optional<ConfigRoute> route(String path) {
    return routes.find(path);
  }

  /**
   * Returns the stored entry of a path (an alternative path reads its resource's entry).
   *
   * @param path the path
   * @return the entry, if any
   */
  public synchronized Optional<Entry> get(String path) {
    return Optional.ofNullable(entries.get(key(path)));
  }

  /**
   * Returns a snapshot of every stored entry.
   *
   * @return path to entry
   */
  public synchronized Map<String, Entry> snapshot() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /**
   * Stores a value directly, bypassing the rules (for test setup).
   *
   * @param path the path
   * @param value the value (bare, without envelope)
   */
  public synchronized void put(String path, Object value) {
    String key = key(path);
    Entry old = entries.get(key);
    entries.put(
        key,
        new Entry(
            JsonSupport.normalize(value),
            clock.instant(),
            old == null ? 1 : old.version() + 1,
            "simulator"));
  }

  /**
   * Handles one request to a configuration API. The body was already checked against the route's
   * schema by the {@link RequestContract}; only stateful rules remain.
   *
   * @param req the request
   * @param route the row serving it
   * @return the reply
   */
  public synchronized Reply handle(SimRequest req, ConfigRoute route) {
    String method = req.method();
    if (method.equals("GET")) {
      return read(req, route);
    }
    if (method.equals("DELETE") && route.deletable()) {
      return delete(req, route);
    }
    if (!route.writes().contains(method)) {
      return Reply.problem(
          405,
          "method_not_allowed",
          method
              + " is not allowed on /"
              + req.path()
              + "; use "
              + String.join(" or ", new java.util.TreeSet<>(route.writes())),
          req.requestId());
    }
    return write(req, route, method.equals("PATCH"));
  }

  private String key(String path) {
    return routes.find(path).map(r -> r.storedAt() != null ? r.storedAt() : path).orElse(path);
  }

  private Reply read(SimRequest req, ConfigRoute route) {
    Entry entry = entries.get(key(req.path()));
    if (entry == null) {
      if (route.defaultValue() == null) {
        return Reply.problem(
            404, "not_found", "No configuration is set at /" + req.path(), req.requestId());
      }
      entry = new Entry(route.defaultValue(), Instant.EPOCH, 0, "default");
    }
    Object body = render(entry, route);
    if (route.getSchema() != null && body instanceof Map<?, ?> m) {
      Map<String, Object> withSchema = new LinkedHashMap<>(JsonSupport.asMap(m));
      withSchema.put("schema", route.getSchema());
      body = withSchema;
    }
    return Reply.json(200, body);
  }

  private Reply write(SimRequest req, ConfigRoute route, boolean patch) {
    Object body = req.json(false);
    Object value =
        switch (route.framing()) {
          case VALUE, FLAG ->
              JsonSupport.asMap(java.util.Objects.requireNonNull(body)).get("value");
          case BARE, VERSIONED -> body;
        };
    String key = key(req.path());
    Entry old = entries.get(key);
    if (route.framing() == ConfigRoute.Framing.VERSIONED) {
      checkVersion(req, old, patch);
    } else if (route.writeOnce() && old != null) {
      if (java.util.Objects.equals(old.value(), route.complete().apply(value))) {
        // Unconfirmed: the seed only says it "can't be changed"; the same value again is no change.
        return Reply.json(200, render(old, route));
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
            404, "not_found", "No configuration is set at /" + req.path(), req.requestId());
      }
      value = merge(old.value(), value);
    }
    Entry entry =
        new Entry(
            route.complete().apply(value),
            clock.instant(),
            old == null ? 1 : old.version() + 1,
            req.clientId() == null ? "anonymous" : req.clientId());
    entries.put(key, entry);
    if (route.framing() == ConfigRoute.Framing.FLAG) {
      return Reply.empty(200);
    }
    // NewStore's success code of configuration writes is unknown; 200 is the lenient reading.
    return Reply.json(200, render(entry, route));
  }

  /** {@code ?version=} is a string: {@code 1} creates, the current version replaces or patches. */
  private static void checkVersion(SimRequest req, @Nullable Entry old, boolean patch) {
    String version = req.query().get("version");
    if (version == null || version.isBlank()) {
      throw new ApiException(
          Reply.problem(
              400, "bad_request", "version: the query parameter is required", req.requestId()));
    }
    if (patch && old == null) {
      throw new ApiException(
          Reply.problem(
              404, "not_found", "No order injection configuration exists yet", req.requestId()));
    }
    String expected = old == null ? "1" : Long.toString(old.version());
    if (!version.equals(expected)) {
      throw new ApiException(
          Reply.problem(
              409,
              "conflict_version",
              "The version " + version + " is not the current version " + expected,
              req.requestId()));
    }
  }

  private Reply delete(SimRequest req, ConfigRoute route) {
    if (entries.remove(key(req.path())) == null) {
      return Reply.problem(
          404, "not_found", "No configuration is set at /" + req.path(), req.requestId());
    }
    return Reply.empty(204);
  }

  private static @Nullable Object merge(@Nullable Object old, @Nullable Object patch) {
    if (old instanceof Map<?, ?> o && patch instanceof Map<?, ?> p) {
      Map<String, Object> merged = new LinkedHashMap<>(JsonSupport.asMap(o));
      JsonSupport.asMap(p).forEach((k, v) -> merged.put(k, merge(merged.get(k), v)));
      return merged;
    }
    return patch;
  }

  private static @Nullable Object render(Entry entry, ConfigRoute route) {
    if (route.framing() == ConfigRoute.Framing.BARE) {
      return entry.value();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("value", entry.value());
    if (route.framing() == ConfigRoute.Framing.VERSIONED) {
      body.put("version", Long.toString(entry.version()));
      body.put("updated_by", entry.updatedBy());
    }
    body.put("updated_at", entry.updatedAt().toString());
    return body;
  }
}
