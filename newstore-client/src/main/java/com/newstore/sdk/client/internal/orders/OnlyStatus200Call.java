package com.newstore.sdk.client.internal.orders;

import com.newstore.sdk.client.orders.UnexpectedInjectionStatusException;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Lets only {@code 200} through as success: NewStore documents no other success status for order
 * injection, so a {@code 201} or {@code 202} must not be read as "created". Error statuses pass
 * through unchanged for the executor to map.
 */
final class OnlyStatus200Call<T> implements Call<T> {
  private final Call<T> delegate;

  OnlyStatus200Call(Call<T> delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate == null");
  }

  @Override
  public Response<T> execute() throws IOException {
    Response<T> response = delegate.execute();
    if (response.isSuccessful() && response.code() != 200) {
      throw new UnexpectedInjectionStatusException(
          response.code(), request().method(), request().url().encodedPath());
    }
    return response;
  }

  @Override
  public void enqueue(Callback<T> callback) {
    throw new UnsupportedOperationException("the SDK executes calls synchronously");
  }

  @Override
  public boolean isExecuted() {
    return delegate.isExecuted();
  }

  @Override
  public void cancel() {
    delegate.cancel();
  }

  @Override
  public boolean isCanceled() {
    return delegate.isCanceled();
  }

  @Override
  public Call<T> clone() {
    return new OnlyStatus200Call<>(delegate.clone());
  }

  @Override
  public Request request() {
    return delegate.request();
  }

  @Override
  public Timeout timeout() {
    return delegate.timeout();
  }
}
