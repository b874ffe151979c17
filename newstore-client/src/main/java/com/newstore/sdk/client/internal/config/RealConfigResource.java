package com.newstore.sdk.client.internal.config;

import com.newstore.sdk.client.config.ConfigResource;
import com.newstore.sdk.client.config.ConfigValue;
import com.newstore.sdk.client.config.ConfigurationNotSetException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * One configuration read with one call and written with another, on the shared {@link ConfigCall}
 * path: a configuration service declares each of its resources with {@link ConfigCall#resource}
 * and, where needed, {@link #checkedBy} and {@link #startingFrom}. Immutable. Not for users.
 *
 * @param <T> the value type
 */
public final class RealConfigResource<T> implements ConfigResource<T> {
  private final ConfigCall calls;
  private final Supplier<Call<ResponseBody>> read;
  private final Function<RequestBody, Call<ResponseBody>> write;
  private final ConfigCodec<T> codec;
  private final Consumer<T> check;
  private final @Nullable Supplier<T> empty;

  /**
   * Creates the resource.
   *
   * @param calls the call path
   * @param read creates the read call
   * @param write creates the write call for a body
   * @param codec converts values
   * @param check validates a value before it is sent; throws to refuse it
   * @param empty the value {@link #update} starts from when nothing is set, or null when an update
   *     needs a stored value
   */
  RealConfigResource(
      ConfigCall calls,
      Supplier<Call<ResponseBody>> read,
      Function<RequestBody, Call<ResponseBody>> write,
      ConfigCodec<T> codec,
      Consumer<T> check,
      @Nullable Supplier<T> empty) {
    this.calls = calls;
    this.read = read;
    this.write = write;
    this.codec = codec;
    this.check = check;
    this.empty = empty;
  }

  /**
   * Returns this resource with a check that runs on every value before it is sent.
   *
   * @param check validates a value; throws to refuse it
   * @return the checked resource
   */
  public RealConfigResource<T> checkedBy(Consumer<T> check) {
    return new RealConfigResource<>(calls, read, write, codec, check, empty);
  }

  /**
   * Returns this resource with the value {@link #update} starts from when nothing is set (without
   * one, such an update fails with {@link ConfigurationNotSetException}).
   *
   * @param empty the starting value
   * @return the resource
   */
  public RealConfigResource<T> startingFrom(Supplier<T> empty) {
    return new RealConfigResource<>(calls, read, write, codec, check, empty);
  }

  @Override
  public Optional<ConfigValue<T>> get() {
    return calls.read(read.get()).flatMap(codec::decode);
  }

  @Override
  public void set(T value) {
    Objects.requireNonNull(value, "value == null");
    check.accept(value);
    calls.write(write.apply(ConfigCall.json(codec.encode(value))));
  }

  @Override
  public T update(UnaryOperator<T> change) {
    Objects.requireNonNull(change, "change == null");
    Optional<ConfigValue<T>> current = get();
    T base;
    if (current.isPresent()) {
      base = current.get().value();
    } else if (empty != null) {
      base = empty.get();
    } else {
      throw new ConfigurationNotSetException(
          "Nothing is configured yet, so there is nothing to update: call set(...) first");
    }
    T changed = Objects.requireNonNull(change.apply(base), "change returned null");
    set(changed);
    return changed;
  }
}
