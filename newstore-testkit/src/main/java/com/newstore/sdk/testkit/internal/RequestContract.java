package com.newstore.sdk.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a request against NewStore's documented request schema before any stateful rule runs. The
 * simulator's own implementation is {@link DocumentedRequestContract}; an OpenAPI-based validator
 * can replace it behind this interface. How a violation is answered is {@link ViolationReplies}'s
 * job, not the contract's.
 */
@FunctionalInterface
public interface RequestContract {
  /**
   * Checks one request.
   *
   * @param method the HTTP method, upper case
   * @param path the path without leading slash or query
   * @param headers the headers, names in lower case
   * @param body the raw body; empty for none
   * @return the first violation, or empty when the request matches the documents (or the path is
   *     not one the contract knows)
   */
  Optional<Violation> check(
      String method, String path, Map<String, List<String>> headers, byte[] body);
}
