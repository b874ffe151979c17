package com.newstore.sdk.client;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown before anything is sent when a request value breaks a documented rule (a timeout above 25
 * seconds, an empty list, a relative URL, ...). It lists every violation, each with the path of the
 * offending field and a message; rejected values are never included because they may be secrets.
 *
 * <pre>{@code
 * try {
 *   client.salesOrderConfig().setExternalOrderWebhook(config);
 * } catch (NewStoreValidationException e) {
 *   e.violations().forEach(v -> System.err.println(v.path() + ": " + v.message()));
 * }
 * }</pre>
 */
public class NewStoreValidationException extends NewStoreException {
  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param subject what was validated, for example the request type's simple name
   * @param violations every rule the value broke; not empty
   */
  public NewStoreValidationException(String subject, List<Violation> violations) {
    super(describe(subject, violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns every violation found, sorted by path.
   *
   * @return the violations; never empty
   */
  public List<Violation> violations() {
    return violations;
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
  public record Violation(String path, String message) implements java.io.Serializable {
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
