package com.newstore.sdk.contract;

import com.newstore.sdk.contract.internal.ContractEngine;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the two contract documents, loaded once, with a validator for requests and answers.
 *
 * <p>{@link #api()} describes the calls an integrator makes to NewStore ({@code
 * specs/newstore-api.yaml}); {@link #webhooks()} the calls NewStore makes to an integrator ({@code
 * specs/newstore-webhooks.yaml}). Both are written from NewStore's published material; where
 * NewStore publishes nothing, an operation is marked {@link Confidence#INFERRED}.
 *
 * <pre>{@code
 * ContractReport report = NewStoreContract.api().validateRequest(
 *     HttpExchangeRequest.of("POST", "/v0/d/fulfill_order")
 *         .withHeader("Authorization", "Bearer " + token)
 *         .withJsonBody(json));
 * assert report.isValid() : report;
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Violations never quote header values.
 */
public final class NewStoreContract {

  private static final class Api {
    static final NewStoreContract INSTANCE = new NewStoreContract("newstore-api.yaml");
  }

  private static final class Webhooks {
    static final NewStoreContract INSTANCE = new NewStoreContract("newstore-webhooks.yaml");
  }

  private final ContractEngine engine;

  private NewStoreContract(String resource) {
    this.engine = ContractEngine.load(resource);
  }

  /**
   * Returns the contract of the calls to NewStore (configuration APIs, order injection, event
   * stream registration, the Fulfillment Provider API and the token endpoint).
   *
   * @return the shared instance
   */
  public static NewStoreContract api() {
    return Api.INSTANCE;
  }

  /**
   * Returns the contract of the webhooks NewStore calls (ATP, purchase history, order details,
   * fulfillment requests, event delivery); their paths are the SDK's default routes.
   *
   * @return the shared instance
   */
  public static NewStoreContract webhooks() {
    return Webhooks.INSTANCE;
  }

  /**
   * Returns every operation of the document.
   *
   * @return the operations, in document order
   */
  public List<ContractOperation> operations() {
    return engine.operations();
  }

  /**
   * Returns the operation with an {@code operationId}.
   *
   * @param operationId the id
   * @return the operation, or empty when the document has none
   */
  public Optional<ContractOperation> operation(String operationId) {
    return engine.operation(Objects.requireNonNull(operationId, "operationId"));
  }

  /**
   * Returns the operation a method and path reach; an operation's alternative methods and paths
   * ({@code x-alternative-methods}, {@code x-alternative-paths}) reach it too.
   *
   * @param method the HTTP method
   * @param path the path, with or without a query
   * @return the operation, or empty for a path the document does not describe
   */
  public Optional<ContractOperation> operationFor(String method, String path) {
    return engine.operationFor(
        Objects.requireNonNull(method, "method"), Objects.requireNonNull(path, "path"));
  }

  /**
   * Validates a request against the operation its method and path reach: parameters, body schema,
   * content type and the {@code Authorization} form. A path the document does not describe is a
   * violation.
   *
   * @param request the request
   * @return the report
   */
  public ContractReport validateRequest(HttpExchangeRequest request) {
    return engine.validateRequest(Objects.requireNonNull(request, "request"));
  }

  /**
   * Validates a request against a named operation whatever its path; use it for webhooks, whose
   * routes are the integrator's choice. Path parameters are not checked.
   *
   * @param operationId the operation, e.g. {@code availabilityRequest}
   * @param request the request
   * @return the report
   * @throws IllegalArgumentException when the document has no such operation
   */
  public ContractReport validateRequest(String operationId, HttpExchangeRequest request) {
    return engine.validateRequest(
        Objects.requireNonNull(operationId, "operationId"),
        Objects.requireNonNull(request, "request"));
  }

  /**
   * Validates an answer to a request: status, content type, headers (e.g. {@code Retry-After} on
   * {@code 429}) and body schema.
   *
   * @param request the request answered
   * @param status the HTTP status
   * @param headers the answer's headers
   * @param body the answer's body, empty when there is none
   * @return the report
   */
  public ContractReport validateResponse(
      HttpExchangeRequest request, int status, Map<String, List<String>> headers, byte[] body) {
    return engine.validateResponse(
        Objects.requireNonNull(request, "request"),
        status,
        Objects.requireNonNull(headers, "headers"),
        Objects.requireNonNull(body, "body"));
  }

  /**
   * Validates an answer to a named operation; use it for webhook answers.
   *
   * @param operationId the operation
   * @param status the HTTP status
   * @param headers the answer's headers
   * @param body the answer's body, empty when there is none
   * @return the report
   * @throws IllegalArgumentException when the document has no such operation
   */
  public ContractReport validateResponse(
      String operationId, int status, Map<String, List<String>> headers, byte[] body) {
    return engine.validateResponse(
        Objects.requireNonNull(operationId, "operationId"),
        status,
        Objects.requireNonNull(headers, "headers"),
        Objects.requireNonNull(body, "body"));
  }

  /**
   * Returns what the OpenAPI parser reported about the document; empty for a clean document.
   *
   * @return the parser's messages
   */
  public List<String> parserMessages() {
    return engine.parserMessages();
  }
}
