package com.newstore.sdk.benchmarks;

import com.newstore.generated.ApiClient;
import com.newstore.generated.api.FulfillmentProviderApi;
import com.newstore.generated.api.SalesOrderConfigApi;
import java.net.http.HttpClient;

/**
 * Builds the clients openapi-generator makes from {@code specs/newstore-api.yaml} (generator {@code
 * java}, library {@code native}: java.net.http + Jackson), pointed at the loopback server with the
 * same bearer token the other sides send. HTTP/1.1 like the other clients, so the comparison is of
 * the client code, not of h2c upgrade attempts.
 */
final class GeneratedClients {
  private GeneratedClients() {}

  static FulfillmentProviderApi fulfillment(String baseUrl) {
    return new FulfillmentProviderApi(apiClient(baseUrl));
  }

  static SalesOrderConfigApi salesOrderConfig(String baseUrl) {
    return new SalesOrderConfigApi(apiClient(baseUrl));
  }

  private static ApiClient apiClient(String baseUrl) {
    ApiClient client =
        new ApiClient(
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
            ApiClient.createDefaultObjectMapper(),
            null);
    client.updateBaseUri(
        baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + Payloads.TOKEN));
    return client;
  }
}
