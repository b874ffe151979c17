package com.newstore.sdk.contract.junit;

import com.newstore.sdk.contract.HttpExchangeRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

/** Converts MockWebServer's requests. */
final class RecordedRequests {

  private RecordedRequests() {}

  static HttpExchangeRequest toExchange(RecordedRequest request) {
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
