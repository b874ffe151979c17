package com.newstore.sdk.testkit;

import com.newstore.sdk.testkit.internal.SimulatorRoutes;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Injects faults into the simulator per endpoint: {@code 429} with {@code Retry-After}, {@code
 * 5xx}, latency, dropped connections and an HTML {@code 403} block page. Scripts are counted per
 * call, so tests are deterministic. The first active script that matches a call wins. Thread-safe.
 *
 * <pre>{@code
 * sim.faults().on("GET", "/v0/config/sales_order/grace_period").nextCalls(2).respond(429, 1);
 * }</pre>
 */
public final class Faults {
  private final List<FaultScript> scripts = new CopyOnWriteArrayList<>();

  Faults() {}

  /**
   * Starts a script for calls with this method and path.
   *
   * @param method an HTTP method, or {@code *} for any
   * @param pathTemplate a path relative to the base URL (a leading slash is fine); {@code {name}}
   *     matches one segment, {@code *} matches the rest
   * @return the script; set its fault with one of its {@code respond} methods
   */
  public FaultScript on(String method, String pathTemplate) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(pathTemplate, "pathTemplate == null");
    FaultScript script =
        new FaultScript(method, pathTemplate, SimulatorRoutes.compile(pathTemplate));
    scripts.add(script);
    return script;
  }

  /** Removes every script. */
  public void clear() {
    scripts.clear();
  }

  /**
   * Finds the fault for a call, counting it against every matching script. Internal.
   *
   * @param method the request method
   * @param path the request path without leading slash
   * @return the fault, or null
   */
  @Nullable Fault match(String method, String path) {
    Fault chosen = null;
    for (FaultScript s : scripts) {
      Fault f = s.consider(method, path);
      if (chosen == null) {
        chosen = f;
      }
    }
    return chosen;
  }
}
