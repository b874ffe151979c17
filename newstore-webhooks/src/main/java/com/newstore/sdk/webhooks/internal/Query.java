package com.newstore.sdk.webhooks.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Decodes an {@code application/x-www-form-urlencoded} query string. */
final class Query {
  private Query() {}

  /** Decodes a query; a malformed percent escape is a {@link BadInputException}. */
  static Map<String, List<String>> decode(@Nullable String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decodePart(eq < 0 ? pair : pair.substring(0, eq), null);
      String value = eq < 0 ? "" : decodePart(pair.substring(eq + 1), name);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /** Returns the first non-blank value of a parameter, or null. */
  static @Nullable String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0);
  }

  private static String decodePart(String s, @Nullable String field) {
    String decoded = RouteTemplate.percentDecode(s.replace('+', ' '));
    if (decoded == null) {
      throw new BadInputException(field, "The query has a malformed percent escape.");
    }
    return decoded;
  }
}
