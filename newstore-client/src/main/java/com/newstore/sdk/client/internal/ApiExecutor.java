package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreException;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Executes Retrofit calls synchronously on the caller's thread and turns every failure into a
 * {@link NewStoreException}. Every typed service goes through here.
 */
public final class ApiExecutor {
  private final Clock clock;
  private volatile boolean closed;

  /**
   * Creates the executor.
   *
   * @param clock the clock used to resolve {@code Retry-After} dates in errors
   */
  public ApiExecutor(Clock clock) {
    this.clock = clock;
  }

  /** Refuses every later call: {@code NewStoreClient.close()} calls it. */
  public void close() {
    closed = true;
  }

  /**
   * Throws when the client is closed.
   *
   * @throws IllegalStateException if {@link #close()} was called
   */
  public void checkOpen() {
    if (closed) {
      throw new IllegalStateException("NewStoreClient is closed");
    }
  }

  /**
   * Executes the call and returns its decoded body.
   *
   * @param call the Retrofit call
   * @param <T> the body type
   * @return the body
   * @throws NewStoreDecodingException when the success answer has no body
   * @throws NewStoreException for any error answer or failure
   */
  public <T> T execute(Call<T> call) {
    T body = executeNullable(call);
    if (body == null) {
      throw new NewStoreDecodingException(
          "NewStore answered "
              + describe(call)
              + " with an empty body where a JSON document was expected",
          null);
    }
    return body;
  }

  /**
   * Executes the call and returns its decoded body, or null when the answer had no body.
   *
   * @param call the Retrofit call
   * @param <T> the body type
   * @return the body, or null for an empty answer (such as {@code 204})
   * @throws NewStoreException for any error answer or failure
   * @throws IllegalStateException if the client is closed
   */
  public <T> @Nullable T executeNullable(Call<T> call) {
    checkOpen();
    Response<T> response;
    try {
      response = call.execute();
    } catch (JsonEncodingException | JsonDataException | EOFException e) {
      // EOFException: Moshi reached the end of a complete body mid-document (a network cut-off
      // surfaces as a ProtocolException instead, and is retried inside the interceptor).
      throw new NewStoreDecodingException(
          "NewStore answered "
              + describe(call)
              + " with a body that is not the documented JSON: "
              + e.getMessage(),
          e);
    } catch (TokenUnavailableException e) {
      throw e.failure();
    } catch (IOException e) {
      // Closed while the call ran: OkHttp reports "executor rejected", which is no timeout.
      checkOpen();
      throw ErrorMapper.networkFailure(
          call.request().method(), call.request().url().encodedPath(), e);
    }
    if (response.isSuccessful()) {
      return response.body();
    }
    byte[] errorBody = ErrorMapper.readCapped(response.errorBody());
    throw ErrorMapper.toException(ErrorMapper.decode(response.raw(), errorBody, clock));
  }

  private static String describe(Call<?> call) {
    return call.request().method() + " " + call.request().url().encodedPath();
  }
}
