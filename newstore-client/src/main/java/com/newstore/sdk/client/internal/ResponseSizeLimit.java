package com.newstore.sdk.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Caps how many bytes of any answer the SDK reads, after decompression: an endless body or a gzip
 * bomb fails the call with {@link TooLargeException} instead of filling the heap. Added as the
 * innermost application interceptor, so the JSON converter, the error mapper and the token provider
 * all read through it.
 */
public final class ResponseSizeLimit implements Interceptor {
  private final long maxBytes;

  /**
   * Creates the limit.
   *
   * @param maxBytes the most bytes of one answer the SDK reads
   */
  public ResponseSizeLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    long length = body.contentLength();
    if (length >= 0 && length <= maxBytes) {
      // OkHttp reads exactly Content-Length bytes of an identity body, so it cannot grow; a
      // decompressed body has no known length and is always capped.
      return response;
    }
    BufferedSource capped = Okio.buffer(new Capped(body.source(), maxBytes));
    return response
        .newBuilder()
        .body(ResponseBody.create(capped, body.contentType(), body.contentLength()))
        .build();
  }

  /** Thrown while reading an answer that is larger than the limit; never retried. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    TooLargeException(long limit) {
      super("the answer is larger than " + limit + " bytes");
      this.limit = limit;
    }

    /**
     * Returns the limit that was passed.
     *
     * @return bytes
     */
    public long limit() {
      return limit;
    }
  }

  private static final class Capped extends ForwardingSource {
    private final long max;
    private long read;

    Capped(Source delegate, long max) {
      super(delegate);
      this.max = max;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      long n = super.read(sink, Math.min(byteCount, max - read + 1));
      if (n > 0) {
        read += n;
        if (read > max) {
          throw new TooLargeException(max);
        }
      }
      return n;
    }
  }
}
