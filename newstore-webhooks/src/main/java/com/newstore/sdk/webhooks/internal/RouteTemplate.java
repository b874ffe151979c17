package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.WebhookKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A route such as {@code /newstore/orders/{id}}: literal segments plus at most one variable
 * segment. Matching ignores one trailing slash and percent-decodes the variable.
 */
public final class RouteTemplate {
  private final String template;
  private final List<String> segments;
  // "/a/b" for a template without variables, else null.
  private final @Nullable String literal;

  private RouteTemplate(String template, List<String> segments) {
    this.template = template;
    this.segments = segments;
    boolean variables = segments.stream().anyMatch(t -> t.startsWith("{") && t.endsWith("}"));
    this.literal = variables ? null : "/" + String.join("/", segments);
  }

  /**
   * Builds the route of every kind: its override or its default, after the prefix.
   *
   * @param kinds the registered kinds
   * @param prefix the prefix of every route
   * @param overrides the routes set per kind
   * @return kind to template
   * @throws IllegalStateException when two kinds share a route or ORDER_DETAILS has no {@code {id}}
   */
  public static Map<WebhookKind, RouteTemplate> forKinds(
      Set<WebhookKind> kinds, String prefix, Map<WebhookKind, String> overrides) {
    Map<WebhookKind, RouteTemplate> templates = new EnumMap<>(WebhookKind.class);
    Map<String, WebhookKind> seen = new HashMap<>();
    for (WebhookKind kind : kinds) {
      RouteTemplate template = of(prefix, overrides.getOrDefault(kind, kind.defaultRoute()));
      String shape = template.template().replaceAll("\\{[^/]*}", "{}");
      WebhookKind clash = seen.put(shape, kind);
      if (clash != null) {
        throw new IllegalStateException(
            clash + " and " + kind + " share the route " + template.template());
      }
      if (kind == WebhookKind.ORDER_DETAILS && !shape.contains("{}")) {
        throw new IllegalStateException("the ORDER_DETAILS route needs an {id} segment");
      }
      templates.put(kind, template);
    }
    return templates;
  }

  /**
   * Parses a template, joining a prefix and a route.
   *
   * @param prefix the route prefix, such as {@code /newstore} or empty
   * @param route the route, such as {@code /orders/{id}}
   * @return the template
   * @throws IllegalArgumentException when the result is not an absolute path
   */
  public static RouteTemplate of(String prefix, String route) {
    Objects.requireNonNull(prefix, "prefix == null");
    Objects.requireNonNull(route, "route == null");
    String joined = "/" + strip(prefix) + "/" + strip(route);
    joined = joined.replaceAll("/+", "/");
    if (joined.length() > 1 && joined.endsWith("/")) {
      joined = joined.substring(0, joined.length() - 1);
    }
    if (joined.contains("?") || joined.contains("#")) {
      throw new IllegalArgumentException("a route has no query or fragment: " + joined);
    }
    List<String> segments = split(joined);
    return new RouteTemplate(joined, segments);
  }

  private static String strip(String s) {
    String t = s.trim();
    while (t.startsWith("/")) {
      t = t.substring(1);
    }
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static List<String> split(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/", -1)) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Returns the template text.
   *
   * @return the template, such as {@code /orders/{id}}
   */
  public String template() {
    return template;
  }

  /**
   * Matches a request path.
   *
   * @param path the raw, percent-encoded request path
   * @return null when it does not match; else the decoded variable, or an empty string when the
   *     template has none
   */
  public @Nullable String match(String path) {
    String p = path;
    if (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.contains("//")) {
      return null;
    }
    if (literal != null && p.startsWith("/")) {
      // Same outcome as the segment walk below, without splitting the path on every request.
      return p.equals(literal) ? "" : null;
    }
    List<String> parts = split(p);
    if (parts.size() != segments.size()) {
      return null;
    }
    String variable = "";
    for (int i = 0; i < parts.size(); i++) {
      String t = segments.get(i);
      if (t.startsWith("{") && t.endsWith("}")) {
        String decoded = percentDecode(parts.get(i));
        if (decoded == null || decoded.isBlank()) {
          return null;
        }
        variable = decoded;
      } else if (!t.equals(parts.get(i))) {
        return null;
      }
    }
    return variable;
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8; {@code +} stays a plus.
   *
   * @param s the encoded text
   * @return the decoded text, or null when an escape is malformed
   */
  public static @Nullable String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return null;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return template;
  }
}
