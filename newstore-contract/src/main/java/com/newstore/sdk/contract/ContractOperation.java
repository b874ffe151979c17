package com.newstore.sdk.contract;

import java.util.List;
import java.util.Objects;

/**
 * One operation of a contract document, with the project's extensions.
 *
 * @param operationId the document's {@code operationId}
 * @param method the HTTP method, upper case
 * @param path the path template, e.g. {@code
 *     /v0/d/fulfillment_requests/{fulfillment_request_id}/shipment}
 * @param sdkId the SDK endpoint id ({@code x-sdk-endpoint}) or webhook kind ({@code x-sdk-webhook})
 * @param confidence how sure the contract is ({@code x-confidence})
 * @param source the evidence ({@code x-source}): {@code seed 00N}, {@code confirmed: ...} or {@code
 *     inferred}
 * @param alternativeMethods other methods a simulator must accept for this operation ({@code
 *     x-alternative-methods})
 * @param alternativePaths other paths a simulator must accept ({@code x-alternative-paths})
 */
public record ContractOperation(
    String operationId,
    String method,
    String path,
    String sdkId,
    Confidence confidence,
    String source,
    List<String> alternativeMethods,
    List<String> alternativePaths) {

  /**
   * Checks and copies the components.
   *
   * @param operationId the operation id
   * @param method the method
   * @param path the path template
   * @param sdkId the SDK endpoint id or webhook kind
   * @param confidence the confidence
   * @param source the evidence
   * @param alternativeMethods the other accepted methods
   * @param alternativePaths the other accepted paths
   */
  public ContractOperation {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sdkId, "sdkId");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(source, "source");
    alternativeMethods = List.copyOf(alternativeMethods);
    alternativePaths = List.copyOf(alternativePaths);
  }
}
