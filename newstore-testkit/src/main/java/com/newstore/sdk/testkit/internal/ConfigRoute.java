package com.newstore.sdk.testkit.internal;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One configuration API as NewStore documents it: where it lives, which methods write it, how its
 * bodies are framed, and the schema of what it stores. One row of {@link ConfigRoutes}.
 *
 * @param template the path, {@code {name}} matching one segment
 * @param storedAt the path the value is stored under when it differs from the request path (an
 *     alternative path of the same resource), or null
 * @param writes the methods that write it ({@code POST}, {@code PUT}, {@code PATCH}); both {@code
 *     POST} and {@code PUT} where NewStore's method is unknown
 * @param deletable whether {@code DELETE} removes it
 * @param framing how bodies are framed
 * @param value the schema of the stored value (inside the {@code value} envelope if framed so)
 * @param writeOnce whether a stored value can never change (the order ID sequence)
 * @param defaultValue what {@code GET} answers before a write, or null for {@code 404}
 * @param getSchema a {@code schema} object {@code GET} adds, or null
 * @param complete fills documented defaults into a value about to be stored
 */
public record ConfigRoute(
    String template,
    @Nullable String storedAt,
    Set<String> writes,
    boolean deletable,
    Framing framing,
    Schema value,
    boolean writeOnce,
    @Nullable Object defaultValue,
    @Nullable Object getSchema,
    UnaryOperator<@Nullable Object> complete) {

  /** How a configuration's bodies are framed. */
  public enum Framing {
    /** Sales-order configs: {@code {value}} in, {@code {value, updated_at}} out (seed 003). */
    VALUE,
    /**
     * Routing flags: {@code {value}} in, {@code 200} without body; {@code GET {value, updated_at}}.
     */
    FLAG,
    /** A bare document both ways: the body is the value. */
    BARE,
    /**
     * The order injection configuration: bare value in, {@code ?version=} required, {@code {value,
     * version (string), updated_at, updated_by}} out.
     */
    VERSIONED
  }

  /**
   * Copies the method set.
   *
   * @param template see the record description
   * @param storedAt see the record description
   * @param writes see the record description
   * @param deletable see the record description
   * @param framing see the record description
   * @param value see the record description
   * @param writeOnce see the record description
   * @param defaultValue see the record description
   * @param getSchema see the record description
   * @param complete see the record description
   */
  public ConfigRoute {
    writes = Set.copyOf(writes);
  }

  /**
   * Starts a row.
   *
   * @param template the path
   * @param framing the framing
   * @param value the value schema
   * @param writes the write methods
   * @return the row
   */
  public static ConfigRoute of(String template, Framing framing, Schema value, String... writes) {
    return new ConfigRoute(
        template, null, Set.of(writes), false, framing, value, false, null, null, v -> v);
  }

  /**
   * Returns a copy stored under another path.
   *
   * @param path the canonical path
   * @return the row
   */
  public ConfigRoute storedAt(String path) {
    return edit(d -> d.storedAt = path);
  }

  /**
   * Returns a copy that {@code DELETE} removes.
   *
   * @return the row
   */
  public ConfigRoute asDeletable() {
    return edit(d -> d.deletable = true);
  }

  /**
   * Returns a copy that refuses a change once written.
   *
   * @return the row
   */
  public ConfigRoute asWriteOnce() {
    return edit(d -> d.writeOnce = true);
  }

  /**
   * Returns a copy with a default.
   *
   * @param v the default value
   * @return the row
   */
  public ConfigRoute withDefault(Object v) {
    return edit(d -> d.defaultValue = v);
  }

  /**
   * Returns a copy whose {@code GET} adds a schema.
   *
   * @param schema the schema object
   * @return the row
   */
  public ConfigRoute withGetSchema(Object schema) {
    return edit(d -> d.getSchema = schema);
  }

  /**
   * Returns a copy that fills defaults before storing.
   *
   * @param fill the function
   * @return the row
   */
  public ConfigRoute completing(UnaryOperator<@Nullable Object> fill) {
    return edit(d -> d.complete = fill);
  }

  /** Returns a copy of this row with {@code change} applied to its components. */
  private ConfigRoute edit(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new ConfigRoute(
        d.template,
        d.storedAt,
        d.writes,
        d.deletable,
        d.framing,
        d.value,
        d.writeOnce,
        d.defaultValue,
        d.getSchema,
        d.complete);
  }

  /** The components of a row, changeable, for the copy methods. */
  private static final class Draft {
    final String template;
    @Nullable String storedAt;
    final Set<String> writes;
    boolean deletable;
    final Framing framing;
    final Schema value;
    boolean writeOnce;
    @Nullable Object defaultValue;
    @Nullable Object getSchema;
    UnaryOperator<@Nullable Object> complete;

    Draft(ConfigRoute r) {
      template = r.template;
      storedAt = r.storedAt;
      writes = r.writes;
      deletable = r.deletable;
      framing = r.framing;
      value = r.value;
      writeOnce = r.writeOnce;
      defaultValue = r.defaultValue;
      getSchema = r.getSchema;
      complete = r.complete;
    }
  }

  /**
   * Returns the schema of a whole request body to this route.
   *
   * @return the body schema
   */
  public Schema body() {
    return switch (framing) {
      case VALUE, FLAG ->
          (member, v) ->
              Schema.object()
                  .req("value", Schema.any())
                  .check(member, v)
                  .or(() -> this.value.check("value", JsonSupport.asMap(v).get("value")));
      case BARE, VERSIONED -> value;
    };
  }
}
