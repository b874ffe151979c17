package com.newstore.sdk.client.internal.config;

import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.ErrorMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * The one call path of the configuration services: every configuration endpoint exchanges raw JSON
 * text, and the {@link ConfigCodec codecs} turn it into values. Not for users.
 */
public final class ConfigCall {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final ApiExecutor executor;

  /**
   * Creates the call path.
   *
   * @param executor the transport's executor
   */
  public ConfigCall(ApiExecutor executor) {
    this.executor = executor;
  }

  /**
   * Declares one configuration resource on this call path: no check before a write, and no value
   * for {@link RealConfigResource#update} to start from when nothing is set.
   *
   * @param read creates the read call
   * @param write creates the write call for a body
   * @param codec converts values
   * @param <T> the value type
   * @return the resource
   */
  public <T> RealConfigResource<T> resource(
      Supplier<Call<ResponseBody>> read,
      Function<RequestBody, Call<ResponseBody>> write,
      ConfigCodec<T> codec) {
    return new RealConfigResource<>(this, read, write, codec, v -> {}, null);
  }

  /**
   * Runs a read. A {@code 404} that {@link ErrorMapper#meansNotSet means "not set"} and an empty
   * body both read as empty.
   *
   * @param call the call
   * @return the answer's text, or empty when nothing is configured
   */
  public Optional<String> read(Call<ResponseBody> call) {
    ResponseBody body;
    try {
      body = executor.executeNullable(call);
    } catch (NotFoundException e) {
      if (ErrorMapper.meansNotSet(e.error())) {
        return Optional.empty();
      }
      throw e;
    }
    String text = text(body);
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Runs a write and returns the answer's text, if any (most answers are undocumented).
   *
   * @param call the call
   * @return the answer's text, or empty
   */
  public Optional<String> write(Call<ResponseBody> call) {
    String text = text(executor.executeNullable(call));
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Returns a JSON request body.
   *
   * @param json the JSON text
   * @return the body
   */
  public static RequestBody json(String json) {
    return RequestBody.create(json, JSON);
  }

  private static @Nullable String text(@Nullable ResponseBody body) {
    if (body == null) {
      return null;
    }
    try (body) {
      return body.string();
    } catch (IOException e) {
      throw new NewStoreDecodingException("Could not read NewStore's answer", e);
    }
  }
}
