package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.ApiError;
import com.newstore.sdk.client.AuthenticationException;
import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.client.NewStoreInterruptedException;
import com.newstore.sdk.client.NewStoreNetworkException;
import com.newstore.sdk.client.NewStoreTimeoutException;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.PermissionDeniedException;
import com.newstore.sdk.client.RateLimitException;
import com.newstore.sdk.client.ServerException;
import com.newstore.sdk.client.UnprocessableEntityException;
import com.newstore.sdk.client.config.VersionConflictException;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Maps error answers and I/O failures to the SDK's exception hierarchy; the one place that does.
 */
public final class ErrorMapper {
  /** Error bodies are read up to this size; NewStore's are a few hundred bytes. */
  static final long MAX_ERROR_BODY = 64 * 1024;

  private static final JsonAdapter<Object> JSON = Json.moshi().adapter(Object.class);

  /** Error codes NewStore uses for a configuration that does not exist yet. */
  private static final java.util.Set<String> NOT_SET_CODES =
      java.util.Set.of("not_found", "config_not_found", "configuration_not_found");

  private ErrorMapper() {}

  /**
   * Reads at most {@link #MAX_ERROR_BODY} bytes of an error body.
   *
   * @param body the body, possibly null
   * @return the bytes read; empty when there was no body or it could not be read
   */
  public static byte[] readCapped(@Nullable ResponseBody body) {
    if (body == null) {
      return new byte[0];
    }
    try {
      BufferedSource source = body.source();
      Buffer buffer = new Buffer();
      long remaining = MAX_ERROR_BODY;
      while (remaining > 0) {
        long read = source.read(buffer, remaining);
        if (read == -1) {
          break;
        }
        remaining -= read;
      }
      return buffer.readByteArray();
    } catch (IOException truncated) {
      return new byte[0];
    }
  }

  /**
   * Decodes an error answer in either documented shape, or none.
   *
   * @param response the raw response (its body is not read)
   * @param body the bytes of its body
   * @param clock the clock to resolve a {@code Retry-After} date
   * @return what is known of the error
   */
  public static ApiError decode(Response response, byte[] body, Clock clock) {
    String contentType = response.header("Content-Type");
    Map<?, ?> fields = parseObject(body);
    String errorCode = string(fields, "error_code");
    Request request = response.request();
    String message =
        response.isRedirect()
            ? redirectAdvice(response)
            : EchoScrubber.scrub(
                firstNonNull(
                    string(fields, "message"),
                    string(fields, "error_description"),
                    string(fields, "detail"),
                    string(fields, "title")),
                request);
    String requestId =
        firstNonNull(
            string(fields, "request_id"),
            response.header("X-Request-Id"),
            response.header("X-Request-ID"));
    List<String> messages = new ArrayList<>();
    Object rawMessages = fields.get("messages");
    if (rawMessages instanceof List<?> list) {
      for (Object m : list) {
        String text = m instanceof Map<?, ?> map ? describeMessage(map) : String.valueOf(m);
        messages.add(EchoScrubber.scrub(text, request));
      }
    }
    return new ApiError(
        response.code(),
        response.request().method(),
        response.request().url().encodedPath(),
        errorCode,
        message,
        requestId,
        messages,
        RetryAfter.parse(response.header("Retry-After"), clock),
        contentType);
  }

  /**
   * Returns the exception type for an error's HTTP status.
   *
   * @param error the decoded error
   * @return the matching exception, not thrown
   */
  public static NewStoreApiException toException(ApiError error) {
    if (VersionConflictException.ERROR_CODE.equals(error.errorCode())) {
      // Meaning before status: the versioned configuration APIs answer 409, but the code decides.
      return new VersionConflictException(error);
    }
    int status = error.statusCode();
    switch (status) {
      case 400:
        return new BadRequestException(error);
      case 401:
        return new AuthenticationException(error);
      case 403:
        return new PermissionDeniedException(error);
      case 404:
        return new NotFoundException(error);
      case 409:
        return new ConflictException(error);
      case 422:
        return new UnprocessableEntityException(error);
      case 429:
        return new RateLimitException(error);
      default:
        return status >= 500 ? new ServerException(error) : new NewStoreApiException(error);
    }
  }

  /**
   * Returns whether an error answer means "this configuration was never set": a {@code 404} with
   * the error code {@code not_found} or with no error code at all. Another code on a {@code 404} (a
   * wrong path, say) stays an error.
   *
   * @param error the decoded answer
   * @return true when the answer reads as "not set"
   */
  public static boolean meansNotSet(ApiError error) {
    return error.statusCode() == 404
        && (error.errorCode() == null || NOT_SET_CODES.contains(error.errorCode()));
  }

  /**
   * Maps an I/O failure to a network, timeout or interruption exception.
   *
   * @param method the HTTP method of the failed call
   * @param path the URL path of the failed call
   * @param e the failure
   * @return the exception to throw
   */
  public static NewStoreException networkFailure(String method, String path, IOException e) {
    String call = method + " " + path;
    if (e instanceof ResponseSizeLimit.TooLargeException tooLarge) {
      return new NewStoreDecodingException(
          "NewStore's answer to "
              + call
              + " was larger than "
              + tooLarge.limit()
              + " bytes, so the SDK stopped reading it; NewStore's answers are far smaller, so"
              + " check the base URL and any proxy in between (or raise"
              + " NewStoreClient.Builder.maxResponseBytes)",
          e);
    }
    if (e instanceof RetryInterceptor.RetryInterruptedException
        || (e instanceof InterruptedIOException
            && !(e instanceof SocketTimeoutException)
            && Thread.currentThread().isInterrupted())) {
      Thread.currentThread().interrupt();
      return new NewStoreInterruptedException("Interrupted during " + call, e);
    }
    if (e instanceof InterruptedIOException) {
      return new NewStoreTimeoutException(
          "Timed out during "
              + call
              + " ("
              + e.getMessage()
              + "); raise the timeouts on NewStoreClient.Builder if NewStore is slow",
          e);
    }
    String advice =
        e instanceof UnknownHostException
            ? "; the host name does not resolve: the SDK derives it from tenant(...) and stage(...)"
                + " (https://{tenant}.{stage}.newstore.net, tokens from id.{stage}.newstore.net)"
                + " unless baseUrl(...)/tokenUrl(...) are set, so check them for a typo, then the"
                + " network and DNS"
            : "; check the base URL and network";
    return new NewStoreNetworkException(
        "Could not reach NewStore for "
            + call
            + ": "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage())
            + advice
            + "; "
            + retried(e),
        e);
  }

  /** Says whether the SDK's retry policy already retried the failed call. */
  private static String retried(IOException e) {
    for (Throwable s : e.getSuppressed()) {
      if (s instanceof RetryInterceptor.AttemptsMade made) {
        return made.attempts() > 1
            ? "the SDK tried it " + made.attempts() + " times (its RetryPolicy) and gave up"
            : "the SDK sent it once and did not retry it (the RetryPolicy allows no retry here)";
      }
    }
    return "the SDK did not retry it";
  }

  /** Says where a redirect pointed, by origin only: the SDK follows none (see NewStoreClient). */
  private static String redirectAdvice(Response response) {
    HttpUrl target = response.request().url().resolve(response.header("Location", ""));
    String origin =
        target == null
            ? "an unreadable Location"
            : target.scheme() + "://" + target.host() + ":" + target.port();
    boolean sameOrigin =
        target != null
            && target.scheme().equals(response.request().url().scheme())
            && target.host().equals(response.request().url().host())
            && target.port() == response.request().url().port();
    return "NewStore answered with a redirect to "
        + origin
        + (sameOrigin ? " (same origin)" : " (another origin)")
        + "; the SDK follows no redirects, so no request or credential went there. Check the"
        + " base URL and token URL, or the proxy between you and NewStore";
  }

  private static Map<?, ?> parseObject(byte[] body) {
    if (body.length == 0) {
      return Map.of();
    }
    try {
      Object parsed = JSON.fromJson(new Buffer().write(body));
      return parsed instanceof Map<?, ?> map ? map : Map.of();
    } catch (IOException | JsonDataException notJson) {
      return Map.of();
    }
  }

  private static @Nullable String string(Map<?, ?> fields, String key) {
    Object value = fields.get(key);
    if (value == null) {
      return null;
    }
    String s =
        value instanceof Double d && d == Math.rint(d)
            ? Long.toString(d.longValue())
            : value.toString();
    return s.isBlank() ? null : s;
  }

  private static String describeMessage(Map<?, ?> message) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<?, ?> e : message.entrySet()) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(e.getKey()).append('=').append(e.getValue());
    }
    return s.toString();
  }

  @SafeVarargs
  private static <T> @Nullable T firstNonNull(@Nullable T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
