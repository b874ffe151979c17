package com.newstore.sdk.webhooks;

import com.newstore.sdk.contract.ContractOperation;
import com.newstore.sdk.contract.HttpExchangeRequest;
import com.newstore.sdk.contract.NewStoreContract;
import com.newstore.sdk.contract.junit.ContractRecorder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the webhooks module's answers, and the tests' requests, against
 * specs/newstore-webhooks.yaml: every call a test makes through {@link #handle} or {@link Http} is
 * validated against the webhook its route reaches (request schema and Authorization form, answer
 * status and schema). Violations go to the running test's {@link ContractRecorder}, which fails the
 * test unless it is {@code @ContractExempt}. A request no route reaches is not validated.
 */
final class WebhookContract {

  private WebhookContract() {}

  /** Handles the request, then validates the request and the answer. */
  static WebhookResponse handle(NewStoreWebhooks webhooks, WebhookRequest request) {
    WebhookResponse response = webhooks.handle(request);
    Optional<ContractRecorder> recorder = ContractRecorder.current();
    Optional<String> operation = operation(webhooks.routes(), request.method(), request.path());
    if (recorder.isPresent() && operation.isPresent()) {
      String target =
          request.query() == null ? request.path() : request.path() + "?" + request.query();
      recorder
          .get()
          .validateWebhookRequest(
              operation.get(),
              new HttpExchangeRequest(request.method(), target, request.headers(), request.body()));
      recorder
          .get()
          .validateWebhookResponse(
              operation.get(), response.status(), response.headers(), response.body());
    }
    return response;
  }

  /** Validates a call made over HTTP to the JDK adapter on the default routes. */
  static void check(
      String method,
      String pathAndQuery,
      Map<String, List<String>> headers,
      byte[] body,
      HttpResponse<String> response) {
    Optional<ContractRecorder> recorder = ContractRecorder.current();
    String path =
        pathAndQuery.contains("?")
            ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
            : pathAndQuery;
    Optional<String> operation = defaultRoute(method, path);
    if (recorder.isEmpty() || operation.isEmpty()) {
      return;
    }
    recorder
        .get()
        .validateWebhookRequest(
            operation.get(), new HttpExchangeRequest(method, pathAndQuery, headers, body));
    recorder
        .get()
        .validateWebhookResponse(
            operation.get(),
            response.statusCode(),
            response.headers().map(),
            response.body().getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> defaultRoute(String method, String path) {
    return NewStoreContract.webhooks()
        .operationFor(method, path)
        .map(ContractOperation::operationId);
  }

  /** The operation whose SDK kind has a route matching the path, for the kind's method. */
  private static Optional<String> operation(
      Map<WebhookKind, String> routes, String method, String path) {
    for (Map.Entry<WebhookKind, String> route : routes.entrySet()) {
      String regex =
          Pattern.quote(route.getValue()).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q") + "/?";
      if (!path.matches(regex)) {
        continue;
      }
      Optional<ContractOperation> operation =
          NewStoreContract.webhooks().operations().stream()
              .filter(o -> o.sdkId().equals(route.getKey().name()))
              .findFirst();
      if (operation.isPresent() && operation.get().method().equalsIgnoreCase(method)) {
        return Optional.of(operation.get().operationId());
      }
    }
    return Optional.empty();
  }
}
