package com.newstore.sdk.spring;

/**
 * Thrown at start-up when a {@code newstore.*} property is missing or malformed; the message names
 * the property and says what to set.
 */
public final class StartupCheck extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The property at fault, such as {@code newstore.client-id}. */
  private final String property;

  /**
   * Creates the exception.
   *
   * @param property the property at fault, such as {@code newstore.client-id}
   * @param advice what to set
   */
  public StartupCheck(String property, String advice) {
    super(property + ": " + advice);
    this.property = property;
  }

  /**
   * Returns the property at fault.
   *
   * @return its name, such as {@code newstore.client-id}
   */
  public String property() {
    return property;
  }

  /** Runs a builder call, turning its refusal into a start-up error that names the property. */
  static void apply(String property, Runnable call) {
    try {
      call.run();
    } catch (IllegalArgumentException e) {
      throw new StartupCheck(property, e.getMessage());
    }
  }
}
