package com.newstore.sdk.client.internal.config;

import com.newstore.sdk.client.config.ConfigResource;
import com.newstore.sdk.client.config.ConfigValue;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A {@link ConfigResource} that hands every call to another: the base of the services whose public
 * type is a {@code ConfigResource} of their own, and of wrappers that change one call. Not for
 * users.
 *
 * @param <T> the value type
 */
class ForwardingConfigResource<T> implements ConfigResource<T> {
  private final ConfigResource<T> delegate;

  /**
   * Creates the resource.
   *
   * @param delegate the resource that does the work
   */
  ForwardingConfigResource(ConfigResource<T> delegate) {
    this.delegate = delegate;
  }

  @Override
  public Optional<ConfigValue<T>> get() {
    return delegate.get();
  }

  @Override
  public void set(T value) {
    delegate.set(value);
  }

  @Override
  public T update(UnaryOperator<T> change) {
    return delegate.update(change);
  }
}
