package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.contract.ContractOperation;
import com.newstore.sdk.contract.HttpExchangeRequest;
import com.newstore.sdk.contract.NewStoreContract;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request against the project's OpenAPI description of NewStore ({@code
 * specs/newstore-api.yaml}, through {@code newstore-contract}). A path the spec does not describe
 * passes: the router answers it {@code 404}. So does a path whose path parameter is outside the
 * parameter's enum (e.g. {@code /v1/p/config/not_a_payment_config}): the spec lists NewStore's
 * routes by name that way, and a name it does not list is a route that does not exist, not a bad
 * request. The spec runs first; {@link DocumentedRequestContract} then checks what the spec does
 * not carry.
 */
public final class SpecRequestContract implements RequestContract {
  private final NewStoreContract contract;
  private final RequestContract detail;

  /**
   * Creates the check over a contract document.
   *
   * @param contract the document, normally {@link NewStoreContract#api()}
   * @param detail names the member when the spec only says a composite ({@code allOf}, {@code
   *     oneOf}, {@code anyOf}) failed, e.g. "shipping_option failed to match exactly one schema":
   *     its violation under the same member replaces the spec's vaguer one (the request is refused
   *     either way)
   */
  public SpecRequestContract(NewStoreContract contract, RequestContract detail) {
    this.contract = contract;
    this.detail = detail;
  }

  @Override
  public Optional<Violation> check(
      String method,
      String path,
      @Nullable String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    String target = "/" + path + (rawQuery == null ? "" : "?" + rawQuery);
    Optional<ContractOperation> operation = contract.operationFor(method, target);
    if (operation.isEmpty()) {
      return Optional.empty();
    }
    List<com.newstore.sdk.contract.Violation> violations =
        contract
            .validateRequest(new HttpExchangeRequest(method, target, headers, body))
            .violations();
    if (violations.stream().anyMatch(v -> isUnknownRouteName(operation.get(), v))) {
      return Optional.empty();
    }
    if (violations.isEmpty()) {
      return Optional.empty();
    }
    com.newstore.sdk.contract.Violation first = violations.get(0);
    Violation spec = toViolation(first);
    if (isComposite(first)) {
      Optional<Violation> precise =
          detail
              .check(method, path, rawQuery, headers, body)
              .filter(d -> d.member().startsWith(spec.member()));
      if (precise.isPresent()) {
        return precise;
      }
    }
    return Optional.of(spec);
  }

  private static boolean isComposite(com.newstore.sdk.contract.Violation violation) {
    String message = violation.message();
    return message.endsWith(".allOf]")
        || message.endsWith(".oneOf]")
        || message.endsWith(".anyOf]");
  }

  /** A path parameter outside its enum names a route NewStore does not have: the router's 404. */
  private static boolean isUnknownRouteName(
      ContractOperation operation, com.newstore.sdk.contract.Violation violation) {
    return !violation.member().isEmpty()
        && operation.path().contains("{" + violation.member() + "}")
        && violation.message().contains(".enum]");
  }

  private static Violation toViolation(com.newstore.sdk.contract.Violation violation) {
    String message = violation.message();
    // The validator's message key ("[validation.request.body.schema.required]") is noise here.
    int key = message.lastIndexOf(" [");
    if (key > 0 && message.endsWith("]")) {
      message = message.substring(0, key);
    }
    String member = violation.member();
    if (!member.isEmpty() && message.startsWith(member + ": ")) {
      message = message.substring(member.length() + 2);
    }
    return new Violation(member, message);
  }
}
