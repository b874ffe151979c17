package com.newstore.sdk.testkit.internal;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the config store treats one configuration path.
 *
 * @param shape whether bodies are wrapped in {@code {value: ...}} or bare
 * @param validator returns the rule violations of a value to store (empty when valid)
 * @param writeOnce true when a stored value cannot be changed (the order ID sequence)
 * @param emptyWriteReply true when a write answers 200 with no body
 * @param defaultValue what GET answers before anything was stored, or null for 404
 * @param schema a {@code schema} object GET adds to the answer, or null
 * @param versioned true for {@code {value, version, updated_at, updated_by}} with {@code ?version=}
 */
public record ConfigRule(
    Shape shape,
    Function<@Nullable Object, List<String>> validator,
    boolean writeOnce,
    boolean emptyWriteReply,
    @Nullable Object defaultValue,
    @Nullable Object schema,
    boolean versioned) {

  /** How a configuration body is framed. */
  public enum Shape {
    /** {@code {"value": ...}} in requests, {@code {"value": ..., "updated_at": ...}} in answers. */
    WRAPPED,
    /** The value object itself, with {@code updated_at} added to answers. */
    BARE,
    /**
     * The value object itself in requests (an {@code {"value": ...}} envelope is accepted too),
     * {@code {"value": ...}} in answers: the order injection configuration, as its client sends it.
     */
    BARE_REQUEST
  }

  /**
   * Returns a wrapped rule with only a validator.
   *
   * @param validator the validator
   * @return the rule
   */
  public static ConfigRule wrapped(Function<@Nullable Object, List<String>> validator) {
    return new ConfigRule(Shape.WRAPPED, validator, false, false, null, null, false);
  }

  /**
   * Returns a bare rule with only a validator.
   *
   * @param validator the validator
   * @return the rule
   */
  public static ConfigRule bare(Function<@Nullable Object, List<String>> validator) {
    return new ConfigRule(Shape.BARE, validator, false, false, null, null, false);
  }

  /**
   * Returns a rule that takes the bare value in requests and answers it wrapped.
   *
   * @param validator the validator
   * @return the rule
   */
  public static ConfigRule bareRequest(Function<@Nullable Object, List<String>> validator) {
    return new ConfigRule(Shape.BARE_REQUEST, validator, false, false, null, null, false);
  }

  /**
   * Returns a copy that refuses a second write.
   *
   * @return the rule
   */
  public ConfigRule asWriteOnce() {
    return new ConfigRule(shape, validator, true, emptyWriteReply, defaultValue, schema, versioned);
  }

  /**
   * Returns a copy whose writes answer 200 with no body.
   *
   * @return the rule
   */
  public ConfigRule asEmptyWriteReply() {
    return new ConfigRule(shape, validator, writeOnce, true, defaultValue, schema, versioned);
  }

  /**
   * Returns a copy with a default answered before any write.
   *
   * @param value the default value
   * @return the rule
   */
  public ConfigRule withDefault(Object value) {
    return new ConfigRule(shape, validator, writeOnce, emptyWriteReply, value, schema, versioned);
  }

  /**
   * Returns a copy whose GET adds a {@code schema}.
   *
   * @param value the schema object
   * @return the rule
   */
  public ConfigRule withSchema(Object value) {
    return new ConfigRule(
        shape, validator, writeOnce, emptyWriteReply, defaultValue, value, versioned);
  }

  /**
   * Returns a copy with optimistic versions.
   *
   * @return the rule
   */
  public ConfigRule asVersioned() {
    return new ConfigRule(shape, validator, writeOnce, emptyWriteReply, defaultValue, schema, true);
  }
}
