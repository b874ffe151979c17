package com.newstore.sdk.contract.junit;

import com.newstore.sdk.contract.HttpExchangeRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

/**
 * Converts MockWebServer's requests for validation, for a test whose server stands for someone
 * other than NewStore (validate with {@code NewStoreContract.webhooks().validateRequest(operation,
 * ...)}):
 *
 * <pre>{@code
 * HttpExchangeRequest exchange = RecordedRequests.toExchange(recorded);
 * NewStoreContract.webhooks().validateRequest("availabilityRequest", exchange);
 * }</pre>
 */
public final class RecordedRequests {

  private RecordedRequests() {}

  /**
   * Returns the request as the contract validates it: method, path with its raw query, every header
   * value, and the body (empty when there is none).
   *
   * @param request the request MockWebServer received
   * @return the exchange
   */
  public static HttpExchangeRequest toExchange(RecordedRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : request.getHeaders().names()) {
      headers.put(name, request.getHeaders().values(name));
    }
    ByteString body = request.getBody();
    String target = request.getUrl().encodedPath();
    String query = request.getUrl().encodedQuery();
    if (query != null) {
      target = target + "?" + query;
    }
    return new HttpExchangeRequest(
        request.getMethod(), target, headers, body == null ? new byte[0] : body.toByteArray());
  }
}
