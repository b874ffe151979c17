package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.contract.HttpExchangeRequest;
import com.newstore.sdk.contract.NewStoreContract;
import com.newstore.sdk.contract.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Checks what the simulator itself sends against the spec, when switched on: every answer against
 * the response schemas of {@code specs/newstore-api.yaml}, every webhook request against {@code
 * specs/newstore-webhooks.yaml} (its {@code Authorization} form included). It records violations
 * instead of throwing, so the answer still goes out; the simulator fails on close when any was
 * recorded. Thread-safe.
 */
public final class ContractWatch {
  private final boolean enabled;
  private final List<String> violations = new CopyOnWriteArrayList<>();

  private ContractWatch(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns a watch.
   *
   * @param enabled false for one that checks nothing
   * @return the watch
   */
  public static ContractWatch of(boolean enabled) {
    return new ContractWatch(enabled);
  }

  /**
   * Tells whether this watch checks anything.
   *
   * @return true when switched on
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Checks one answer of the simulator. Answers to paths the spec does not describe (the
   * simulator's 404s) are not checked.
   *
   * @param req the request answered
   * @param reply the answer
   */
  public void answer(SimRequest req, Reply reply) {
    if (!enabled) {
      return;
    }
    NewStoreContract api = NewStoreContract.api();
    String target = "/" + req.path() + (req.rawQuery() == null ? "" : "?" + req.rawQuery());
    if (api.operationFor(req.method(), target).isEmpty()) {
      return;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    reply.headers().forEach((name, value) -> headers.put(name, List.of(value)));
    if (reply.contentType() != null) {
      headers.put("Content-Type", List.of(reply.contentType()));
    }
    HttpExchangeRequest request =
        new HttpExchangeRequest(req.method(), target, req.headers(), req.body());
    record(
        "answer " + reply.status() + " to " + req.method() + " " + req.path(),
        api.validateResponse(request, reply.status(), headers, reply.body()).violations());
  }

  /**
   * Checks one webhook request the simulator sends.
   *
   * @param operationId the webhook's operation in {@code newstore-webhooks.yaml}
   * @param request the request
   */
  public void webhook(String operationId, HttpExchangeRequest request) {
    if (!enabled) {
      return;
    }
    record(
        "webhook " + operationId + " " + request.method() + " " + request.path(),
        NewStoreContract.webhooks().validateRequest(operationId, request).violations());
  }

  private void record(String what, List<Violation> found) {
    for (Violation violation : found) {
      violations.add(what + ": " + violation);
    }
  }

  /**
   * Returns the violations recorded so far, oldest first.
   *
   * @return an immutable copy
   */
  public List<String> violations() {
    return List.copyOf(violations);
  }
}
