package com.newstore.sdk.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request against NewStore's documented request schema before any stateful rule runs. The
 * simulator runs {@link SpecRequestContract} (the OpenAPI description) first, then {@link
 * DocumentedRequestContract} for what the spec does not carry. How a violation is answered is
 * {@link ViolationReplies}'s job, not the contract's.
 */
@FunctionalInterface
public interface RequestContract {
  /**
   * Checks one request.
   *
   * @param method the HTTP method, upper case
   * @param path the path without leading slash or query
   * @param rawQuery the raw (undecoded) query, or null for none
   * @param headers the headers, names in lower case
   * @param body the raw body; empty for none
   * @return the first violation, or empty when the request matches the documents (or the path is
   *     not one the contract knows)
   */
  Optional<Violation> check(
      String method,
      String path,
      @Nullable String rawQuery,
      Map<String, List<String>> headers,
      byte[] body);
}
