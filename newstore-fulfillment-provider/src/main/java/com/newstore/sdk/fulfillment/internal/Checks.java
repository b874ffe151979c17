package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects broken rules of one request value and throws them together as a {@link
 * NewStoreValidationException}, so that a caller sees every problem before anything is sent.
 */
public final class Checks {
  private final String subject;
  private final List<Violation> violations = new ArrayList<>();

  private Checks(String subject) {
    this.subject = subject;
  }

  /**
   * Starts checking a value.
   *
   * @param subject what is checked, such as {@code Shipment}
   * @return a new collector
   */
  public static Checks of(String subject) {
    return new Checks(subject);
  }

  /**
   * Requires a non-blank string.
   *
   * @param path the field's path
   * @param value the value
   * @return this collector
   */
  public Checks notBlank(String path, @Nullable String value) {
    if (value == null || value.isBlank()) {
      violations.add(new Violation(path, "must not be blank"));
    }
    return this;
  }

  /**
   * Requires a non-null value.
   *
   * @param path the field's path
   * @param value the value
   * @return this collector
   */
  public Checks notNull(String path, @Nullable Object value) {
    if (value == null) {
      violations.add(new Violation(path, "must not be null"));
    }
    return this;
  }

  /**
   * Requires a non-empty list of non-blank product ids.
   *
   * @param path the field's path
   * @param ids the product ids
   * @return this collector
   */
  public Checks productIds(String path, @Nullable List<?> ids) {
    if (ids == null || ids.isEmpty()) {
      violations.add(new Violation(path, "must not be empty"));
      return this;
    }
    for (int i = 0; i < ids.size(); i++) {
      Object id = ids.get(i);
      if (!(id instanceof String s) || s.isBlank()) {
        violations.add(new Violation(path + "[" + i + "]", "must not be blank"));
      }
    }
    return this;
  }

  /**
   * Requires a non-empty list without null entries.
   *
   * @param path the field's path
   * @param list the list
   * @return this collector
   */
  public Checks notEmpty(String path, @Nullable List<?> list) {
    if (list == null || list.isEmpty()) {
      violations.add(new Violation(path, "must not be empty"));
      return this;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        violations.add(new Violation(path + "[" + i + "]", "must not be null"));
      }
    }
    return this;
  }

  /**
   * Adds a violation when {@code ok} is false.
   *
   * @param ok whether the rule holds
   * @param path the field's path
   * @param message what the rule requires
   * @return this collector
   */
  public Checks check(boolean ok, String path, String message) {
    if (!ok) {
      violations.add(new Violation(path, message));
    }
    return this;
  }

  /**
   * Throws when any rule was broken.
   *
   * @throws NewStoreValidationException listing every violation
   */
  public void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new NewStoreValidationException(subject, violations);
    }
  }

  /**
   * Copies a list that may hold nulls (which validation reports) into an unmodifiable list.
   *
   * @param list the list, possibly null
   * @param <T> the element type
   * @return an unmodifiable copy; empty for null
   */
  public static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
