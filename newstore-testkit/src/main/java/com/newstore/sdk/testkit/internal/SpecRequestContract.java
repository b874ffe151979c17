package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.contract.HttpExchangeRequest;
import com.newstore.sdk.contract.NewStoreContract;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request against the project's OpenAPI description of NewStore ({@code
 * specs/newstore-api.yaml}, through {@code newstore-contract}). A path the spec does not describe
 * passes: the router answers it {@code 404}. The spec runs first; {@link DocumentedRequestContract}
 * then checks what the spec does not carry.
 */
public final class SpecRequestContract implements RequestContract {
  private final NewStoreContract contract;

  /**
   * Creates the check over a contract document.
   *
   * @param contract the document, normally {@link NewStoreContract#api()}
   */
  public SpecRequestContract(NewStoreContract contract) {
    this.contract = contract;
  }

  @Override
  public Optional<Violation> check(
      String method,
      String path,
      @Nullable String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    String target = "/" + path + (rawQuery == null ? "" : "?" + rawQuery);
    if (contract.operationFor(method, target).isEmpty()) {
      return Optional.empty();
    }
    return contract
        .validateRequest(new HttpExchangeRequest(method, target, headers, body))
        .violations()
        .stream()
        .findFirst()
        .map(SpecRequestContract::toViolation);
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
