package com.newstore.sdk.client;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown before anything is sent when a request value breaks a documented rule (a timeout above 25
 * seconds, an empty list, a relative URL, ...). It lists every violation, each with the path of the
 * offending field and a message; rejected values are never included because they may be secrets.
 *
 * <pre>{@code
 * try {
 *   client.salesOrderConfig().externalOrderWebhook().set(config);
 * } catch (NewStoreValidationException e) {
 *   e.violations().forEach(v -> System.err.println(v.path() + ": " + v.message()));
 * }
 * }</pre>
 */
public class NewStoreValidationException extends NewStoreException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable List<Violation> violations;

  /** Path and message of each violation, kept for serialization (Violation is a plain record). */
  private final String[][] serializedViolations;

  /**
   * Creates the exception.
   *
   * @param subject what was validated, for example the request type's simple name
   * @param violations every rule the value broke; not empty
   */
  public NewStoreValidationException(String subject, List<Violation> violations) {
    super(describe(subject, violations));
    this.violations = List.copyOf(violations);
    this.serializedViolations =
        this.violations.stream()
            .map(v -> new String[] {v.path(), v.message()})
            .toArray(String[][]::new);
  }

  /**
   * Returns every violation found, sorted by path.
   *
   * @return the violations; never empty
   */
  public List<Violation> violations() {
    if (violations != null) {
      return violations;
    }
    return java.util.Arrays.stream(serializedViolations)
        .map(v -> new Violation(v[0], v[1]))
        .toList();
  }

  private static String describe(String subject, List<Violation> violations) {
    Objects.requireNonNull(subject, "subject == null");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations is empty");
    }
    return "Invalid "
        + subject
        + " (nothing was sent): "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * Describes one broken rule.
   *
   * @param path the property path of the offending field, such as {@code value.timeout}
   * @param message what the rule requires, such as {@code must be less than or equal to 25}
   */
  public record Violation(String path, String message) {
    /**
     * Checks and normalises the components.
     *
     * @param path see the record description
     * @param message see the record description
     */
    public Violation {
      Objects.requireNonNull(path, "path == null");
      Objects.requireNonNull(message, "message == null");
    }

    @Override
    public String toString() {
      return path + " " + message;
    }
  }
}
