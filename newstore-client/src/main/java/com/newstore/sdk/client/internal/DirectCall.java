package com.newstore.sdk.client.internal;

import java.io.IOException;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** One call of a planned method; like Retrofit's, it runs once and then only by {@link #clone}. */
final class DirectCall<T> implements Call<T> {
  private final CallPlan plan;
  private final Object proxy;
  private final Object[] args;
  private volatile okhttp3.@Nullable Call raw;
  private boolean executed;
  private volatile boolean canceled;

  DirectCall(CallPlan plan, Object proxy, Object[] args) {
    this.plan = plan;
    this.proxy = proxy;
    this.args = args;
  }

  @Override
  public Response<T> execute() throws IOException {
    synchronized (this) {
      if (executed) {
        throw new IllegalStateException("Already executed.");
      }
      executed = true;
    }
    okhttp3.Call call = rawCall();
    if (canceled) {
      call.cancel();
    }
    return parse(call.execute());
  }

  private synchronized okhttp3.Call rawCall() throws IOException {
    okhttp3.Call call = raw;
    if (call == null) {
      call = plan.client.newCall(plan.request(proxy, args));
      raw = call;
    }
    return call;
  }

  @SuppressWarnings("unchecked")
  private Response<T> parse(okhttp3.Response response) throws IOException {
    ResponseBody body = response.body();
    int code = response.code();
    if (code < 200 || code >= 300) {
      try (body) {
        Buffer buffer = new Buffer();
        body.source().readAll(buffer);
        ResponseBody buffered =
            ResponseBody.create(buffer, body.contentType(), body.contentLength());
        return Response.error(buffered, detached(response, body));
      }
    }
    if (code == 204 || code == 205) {
      body.close();
      return Response.success(null, detached(response, body));
    }
    T value = (T) plan.responseConverter.convert(body);
    return Response.success(value, response);
  }

  /** The answer without its (consumed) body, as Retrofit hands it on. */
  private okhttp3.Response detached(okhttp3.Response response, ResponseBody body) {
    return response.newBuilder().body(ResponseBody.create(new byte[0], body.contentType())).build();
  }

  @Override
  public void enqueue(Callback<T> callback) {
    throw new UnsupportedOperationException("the SDK executes calls synchronously");
  }

  @Override
  public synchronized boolean isExecuted() {
    return executed;
  }

  @Override
  public void cancel() {
    canceled = true;
    okhttp3.Call call = raw;
    if (call != null) {
      call.cancel();
    }
  }

  @Override
  public boolean isCanceled() {
    if (canceled) {
      return true;
    }
    okhttp3.Call call = raw;
    return call != null && call.isCanceled();
  }

  @Override
  @SuppressWarnings("MethodDoesntCallSuperMethod")
  public Call<T> clone() {
    return new DirectCall<>(plan, proxy, args);
  }

  @Override
  public Request request() {
    try {
      return rawCall().request();
    } catch (IOException e) {
      throw new RuntimeException("Unable to create request.", e);
    }
  }

  @Override
  public Timeout timeout() {
    try {
      return rawCall().timeout();
    } catch (IOException e) {
      throw new RuntimeException("Unable to create call.", e);
    }
  }
}
