package com.newstore.sdk.testkit.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A tiny schema language for NewStore's documented request bodies: each schema checks a parsed JSON
 * value and names the first offending member. Only what the documents state is checked; members a
 * schema does not list are allowed (whether NewStore rejects them is unknown, so the simulator is
 * lenient).
 */
@FunctionalInterface
public interface Schema {
  /**
   * Checks a value.
   *
   * @param member the member path of the value ({@code ""} for the body)
   * @param value the parsed value; null when the member is JSON null
   * @return the first violation, or empty
   */
  Optional<Violation> check(String member, @Nullable Object value);

  /**
   * Returns a schema that also runs {@code next} once this one passed.
   *
   * @param next the next check
   * @return the combined schema
   */
  default Schema and(Schema next) {
    return (member, value) -> {
      Optional<Violation> first = check(member, value);
      return first.isPresent() ? first : next.check(member, value);
    };
  }

  /**
   * Any value.
   *
   * @return the schema
   */
  static Schema any() {
    return (member, value) -> Optional.empty();
  }

  /**
   * A string whose length is within bounds.
   *
   * @param min the least length
   * @param max the greatest length
   * @return the schema
   */
  static Schema string(int min, int max) {
    return (member, value) -> {
      if (!(value instanceof String s)) {
        return fail(member, "must be a string");
      }
      if (s.length() < min) {
        return fail(
            member, min == 1 ? "must not be empty" : "must have at least " + min + " characters");
      }
      return s.length() > max ? fail(member, "must have at most " + max + " characters") : ok();
    };
  }

  /**
   * Any string.
   *
   * @return the schema
   */
  static Schema string() {
    return string(0, Integer.MAX_VALUE);
  }

  /**
   * One of fixed strings.
   *
   * @param values the allowed values
   * @return the schema
   */
  static Schema oneOf(String... values) {
    Set<String> allowed = Set.of(values);
    String list = String.join(", ", values);
    return (member, value) ->
        value instanceof String s && allowed.contains(s)
            ? ok()
            : fail(member, "must be one of " + list);
  }

  /**
   * One of fixed strings.
   *
   * @param values the allowed values
   * @param what how the message names the set
   * @return the schema
   */
  static Schema oneOf(Set<String> values, String what) {
    return (member, value) ->
        value instanceof String s && values.contains(s) ? ok() : fail(member, "must be " + what);
  }

  /**
   * A boolean.
   *
   * @return the schema
   */
  static Schema bool() {
    return (member, value) -> value instanceof Boolean ? ok() : fail(member, "must be a boolean");
  }

  /**
   * An integer within bounds.
   *
   * @param min the least value
   * @param max the greatest value
   * @return the schema
   */
  static Schema integer(long min, long max) {
    return (member, value) -> {
      if (!(value instanceof Long l)) {
        return fail(member, "must be an integer");
      }
      if (l < min || l > max) {
        return fail(
            member,
            max == Long.MAX_VALUE
                ? "must be at least " + min
                : "must be between " + min + " and " + max);
      }
      return ok();
    };
  }

  /**
   * A number of at least {@code min}; {@code exclusive} makes the bound strict.
   *
   * @param min the bound
   * @param exclusive whether the bound itself is refused
   * @return the schema
   */
  static Schema number(double min, boolean exclusive) {
    return (member, value) -> {
      if (!(value instanceof Number n)) {
        return fail(member, "must be a number");
      }
      double d = n.doubleValue();
      if (exclusive ? d <= min : d < min) {
        return fail(member, "must be " + (exclusive ? "greater than " : "at least ") + fmt(min));
      }
      return ok();
    };
  }

  /**
   * A number within bounds.
   *
   * @param min the least value
   * @param max the greatest value
   * @return the schema
   */
  static Schema number(double min, double max) {
    return (member, value) -> {
      if (!(value instanceof Number n)) {
        return fail(member, "must be a number");
      }
      double d = n.doubleValue();
      return d < min || d > max
          ? fail(member, "must be between " + fmt(min) + " and " + fmt(max))
          : ok();
    };
  }

  /**
   * An absolute URI; with {@code httpsOnly} it must use {@code https}.
   *
   * @param httpsOnly whether only https is accepted
   * @return the schema
   */
  static Schema url(boolean httpsOnly) {
    return (member, value) -> {
      if (!(value instanceof String s) || s.isBlank()) {
        return fail(member, "must be a non-empty URL");
      }
      try {
        URI uri = new URI(s);
        if (!uri.isAbsolute() || uri.getHost() == null) {
          return fail(member, "must be an absolute URL");
        }
        if (httpsOnly && !"https".equals(uri.getScheme().toLowerCase(Locale.ROOT))) {
          return fail(member, "must be an https URL");
        }
        return ok();
      } catch (URISyntaxException e) {
        return fail(member, "must be a URL");
      }
    };
  }

  /**
   * An array whose size is within bounds, each item checked by {@code items}.
   *
   * @param items the item schema
   * @param min the least size
   * @param max the greatest size
   * @return the schema
   */
  static Schema array(Schema items, int min, int max) {
    return (member, value) -> {
      if (!(value instanceof List<?> list)) {
        return fail(member, "must be an array");
      }
      if (list.size() < min) {
        return fail(
            member, min == 1 ? "must not be empty" : "must have at least " + min + " items");
      }
      if (list.size() > max) {
        return fail(member, "must have at most " + max + " items");
      }
      for (int i = 0; i < list.size(); i++) {
        Optional<Violation> v = items.check(member + "[" + i + "]", list.get(i));
        if (v.isPresent()) {
          return v;
        }
      }
      return ok();
    };
  }

  /**
   * A check on an object that already passed {@link Obj}: for rules across members.
   *
   * @param rule returns the violation, given the member path and the object
   * @return the schema
   */
  static Schema rule(
      java.util.function.BiFunction<String, Map<String, Object>, Optional<Violation>> rule) {
    return (member, value) ->
        value instanceof Map<?, ?> m ? rule.apply(member, JsonSupport.asMap(m)) : ok();
  }

  /**
   * Starts an object schema.
   *
   * @return an object schema with no members
   */
  static Obj object() {
    return new Obj(new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /**
   * A schema chosen by the value: for the two shipping option forms and the routing strategies.
   *
   * @param choose picks the schema for a value
   * @return the schema
   */
  static Schema dispatch(Function<@Nullable Object, Schema> choose) {
    return (member, value) -> choose.apply(value).check(member, value);
  }

  /**
   * An object with required and optional members; other members are allowed.
   *
   * @param required the required members
   * @param optional the optional members
   */
  record Obj(Map<String, Schema> required, Map<String, Schema> optional) implements Schema {
    /**
     * Adds a required member.
     *
     * @param name the member name
     * @param schema its schema
     * @return this schema
     */
    public Obj req(String name, Schema schema) {
      required.put(name, schema);
      return this;
    }

    /**
     * Adds an optional member (JSON null counts as absent).
     *
     * @param name the member name
     * @param schema its schema
     * @return this schema
     */
    public Obj opt(String name, Schema schema) {
      optional.put(name, schema);
      return this;
    }

    @Override
    public Optional<Violation> check(String member, @Nullable Object value) {
      if (!(value instanceof Map<?, ?> raw)) {
        return fail(member, "must be an object");
      }
      Map<String, Object> m = JsonSupport.asMap(raw);
      for (Map.Entry<String, Schema> e : required.entrySet()) {
        String child = child(member, e.getKey());
        if (m.get(e.getKey()) == null) {
          return fail(child, "is required");
        }
        Optional<Violation> v = e.getValue().check(child, m.get(e.getKey()));
        if (v.isPresent()) {
          return v;
        }
      }
      for (Map.Entry<String, Schema> e : optional.entrySet()) {
        Object v0 = m.get(e.getKey());
        if (v0 != null) {
          Optional<Violation> v = e.getValue().check(child(member, e.getKey()), v0);
          if (v.isPresent()) {
            return v;
          }
        }
      }
      return ok();
    }

    private static String child(String member, String name) {
      return member.isEmpty() ? name : member + "." + name;
    }
  }

  /**
   * Returns no violation.
   *
   * @return empty
   */
  static Optional<Violation> ok() {
    return Optional.empty();
  }

  /**
   * Returns a violation.
   *
   * @param member the member
   * @param message the message
   * @return the violation
   */
  static Optional<Violation> fail(String member, String message) {
    return Optional.of(new Violation(member, message));
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
