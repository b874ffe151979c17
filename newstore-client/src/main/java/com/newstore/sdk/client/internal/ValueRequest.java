package com.newstore.sdk.client.internal;

import java.util.Objects;

/**
 * Wraps a configuration value as {@code {"value": ...}}, the request body of NewStore's
 * configuration APIs.
 *
 * @param value the configuration value
 * @param <T> the value's type
 */
public record ValueRequest<T>(T value) {
  /**
   * Checks the value.
   *
   * @param value the configuration value
   */
  public ValueRequest {
    Objects.requireNonNull(value, "value == null");
  }
}
