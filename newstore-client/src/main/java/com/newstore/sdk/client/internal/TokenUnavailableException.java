package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.NewStoreException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Carries a {@link NewStoreException} from the token provider through OkHttp, which lets only
 * {@link IOException}s out of an interceptor cleanly (any other exception thrown on an asynchronous
 * call goes to the dispatcher thread's uncaught exception handler). {@link ApiExecutor} and the
 * fulfillment waiters unwrap it with {@link #unwrap(Throwable)}; the {@link RetryInterceptor} never
 * retries it, since the token provider already applied its own retries.
 */
public final class TokenUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The token provider's failure. */
  private final NewStoreException failure;

  /**
   * Wraps a token provider failure.
   *
   * @param failure what the token provider threw
   */
  public TokenUnavailableException(NewStoreException failure) {
    super("No access token: " + failure.getMessage(), failure);
    this.failure = failure;
  }

  /**
   * Returns the token provider's failure.
   *
   * @return the failure, typically an {@link com.newstore.sdk.client.AuthenticationException}
   */
  public NewStoreException failure() {
    return failure;
  }

  /**
   * Returns the token provider's failure when {@code t} is, or was caused by, this exception.
   *
   * @param t a failure of a call
   * @return the token provider's failure, or null when the failure has another cause
   */
  public static @Nullable NewStoreException unwrap(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof TokenUnavailableException e) {
        return e.failure;
      }
    }
    return null;
  }
}
