package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.WebhookKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tells which webhook a request path is for, from the route templates the dispatcher serves, so the
 * adapter can pick that webhook's handler deadline before dispatching. A {@code {name}} segment
 * matches any one non-empty segment.
 */
public final class AdapterRoutes {
  private final List<Map.Entry<WebhookKind, String[]>> routes = new ArrayList<>();

  /**
   * Compiles the routes.
   *
   * @param templates kind to route template, such as {@code ORDER_DETAILS -> /orders/{id}}
   */
  public AdapterRoutes(Map<WebhookKind, String> templates) {
    templates.forEach((kind, template) -> routes.add(Map.entry(kind, template.split("/", -1))));
  }

  /**
   * Returns the webhook the path is for.
   *
   * @param rawPath the percent-encoded request path
   * @return the kind, or null when no route matches (the dispatcher answers 404 at once)
   */
  public @Nullable WebhookKind kindOf(String rawPath) {
    String[] segments = rawPath.split("/", -1);
    for (Map.Entry<WebhookKind, String[]> route : routes) {
      if (matches(route.getValue(), segments)) {
        return route.getKey();
      }
    }
    return null;
  }

  private static boolean matches(String[] template, String[] segments) {
    if (template.length != segments.length) {
      return false;
    }
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      boolean variable = t.length() > 2 && t.startsWith("{") && t.endsWith("}");
      if (variable ? segments[i].isEmpty() : !t.equals(segments[i])) {
        return false;
      }
    }
    return true;
  }
}
