package com.newstore.sdk.client.config;

import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/** Runs configuration calls and converts between wire and public values; shared by the services. */
final class ConfigCalls {
  private ConfigCalls() {}

  /** Executes a call, mapping a stale-version conflict to {@link VersionConflictException}. */
  static <T> T execute(ApiExecutor executor, Call<T> call) {
    try {
      return executor.execute(call);
    } catch (ConflictException e) {
      throw versionConflictOr(e);
    }
  }

  /** Executes a call whose answer body is undocumented or empty, and discards the body. */
  static void executeDiscarding(ApiExecutor executor, Call<?> call) {
    try {
      Object body = executor.executeNullable(call);
      if (body instanceof ResponseBody responseBody) {
        responseBody.close();
      }
    } catch (ConflictException e) {
      throw versionConflictOr(e);
    }
  }

  /** Executes a call and decodes its body with {@code adapter}, or returns null for no body. */
  static <T> @Nullable T executeOptionalBody(
      ApiExecutor executor, Call<ResponseBody> call, JsonAdapter<T> adapter) {
    ResponseBody body;
    try {
      body = executor.executeNullable(call);
    } catch (ConflictException e) {
      throw versionConflictOr(e);
    }
    if (body == null) {
      return null;
    }
    String text;
    try (body) {
      text = body.string();
    } catch (IOException e) {
      throw new NewStoreDecodingException("Could not read NewStore's answer", e);
    }
    if (text.isBlank()) {
      return null;
    }
    try {
      return adapter.fromJson(text);
    } catch (IOException | JsonDataException e) {
      throw new NewStoreDecodingException(
          "NewStore answered with a body that is not the documented JSON: " + e.getMessage(), e);
    }
  }

  private static ConflictException versionConflictOr(ConflictException e) {
    return VersionConflictException.ERROR_CODE.equals(e.errorCode())
            && !(e instanceof VersionConflictException)
        ? new VersionConflictException(e.error())
        : e;
  }

  /** Returns {@code d} in seconds, rejecting a fraction of a second before anything is sent. */
  static long wholeSeconds(Duration d, String subject, String field) {
    if (d.getNano() != 0) {
      throw new NewStoreValidationException(
          subject, List.of(new Violation(field, "must be a whole number of seconds")));
    }
    return d.getSeconds();
  }

  /** Returns a required wire field or fails with a decoding error naming it. */
  static <T> T required(@Nullable T value, String what) {
    if (value == null) {
      throw new NewStoreDecodingException(
          "NewStore's answer has no " + what + ", which the SDK needs", null);
    }
    return value;
  }
}
