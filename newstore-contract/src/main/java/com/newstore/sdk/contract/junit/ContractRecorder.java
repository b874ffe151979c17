package com.newstore.sdk.contract.junit;

import com.newstore.sdk.contract.ContractReport;
import com.newstore.sdk.contract.HttpExchangeRequest;
import com.newstore.sdk.contract.NewStoreContract;
import com.newstore.sdk.contract.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.Dispatcher;
import mockwebserver3.QueueDispatcher;

/**
 * Collects the violations of one test. {@link ContractExtension} creates one per test and fails the
 * test in {@code afterEach} when it holds any; use it directly to validate outside JUnit.
 *
 * <p>Thread-safe: MockWebServer dispatches on its own threads.
 */
public final class ContractRecorder {

  private final NewStoreContract contract;
  private final List<Violation> violations = Collections.synchronizedList(new ArrayList<>());
  private final String basePath;

  /**
   * Creates a recorder that validates against {@link NewStoreContract#api()}.
   *
   * @return the recorder
   */
  public static ContractRecorder create() {
    return new ContractRecorder(NewStoreContract.api(), "");
  }

  private ContractRecorder(NewStoreContract contract, String basePath) {
    this.contract = contract;
    this.basePath = basePath;
  }

  /**
   * Returns a recorder for the same contract whose requests arrive under a path prefix (a test that
   * points the SDK at {@code server.url("/prefix/")}); the prefix is removed before matching.
   * Violations are not shared with this recorder.
   *
   * @param prefix the prefix, e.g. {@code /prefix}
   * @return the new recorder
   */
  public ContractRecorder withBasePath(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    return new ContractRecorder(contract, trimmed);
  }

  /**
   * Validates one request and keeps its violations.
   *
   * @param request the request
   * @return the report
   */
  public ContractReport validate(HttpExchangeRequest request) {
    ContractReport report = contract.validateRequest(relative(request));
    violations.addAll(report.violations());
    return report;
  }

  private HttpExchangeRequest relative(HttpExchangeRequest request) {
    if (basePath.isEmpty() || !request.target().startsWith(basePath + "/")) {
      return request;
    }
    return new HttpExchangeRequest(
        request.method(),
        request.target().substring(basePath.length()),
        request.headers(),
        request.body());
  }

  /**
   * Validates one answer (e.g. the simulator's) and keeps its violations.
   *
   * @param request the request answered
   * @param status the HTTP status
   * @param headers the answer's headers
   * @param body the answer's body, empty when there is none
   * @return the report
   */
  public ContractReport validateResponse(
      HttpExchangeRequest request, int status, Map<String, List<String>> headers, byte[] body) {
    ContractReport report = contract.validateResponse(relative(request), status, headers, body);
    violations.addAll(report.violations());
    return report;
  }

  /**
   * Returns a queue dispatcher (use {@code server.enqueue} as usual) that validates every request
   * before answering it.
   *
   * @return the dispatcher
   */
  public QueueDispatcher queueDispatcher() {
    return new ContractQueueDispatcher(this, new QueueDispatcher());
  }

  /**
   * Wraps a dispatcher so that every request is validated before the delegate answers it. A {@link
   * QueueDispatcher} is wrapped by a queue dispatcher, so {@code server.enqueue} keeps working and
   * what was enqueued stays queued.
   *
   * @param delegate the dispatcher that answers
   * @return the wrapping dispatcher
   */
  public Dispatcher dispatcher(Dispatcher delegate) {
    Objects.requireNonNull(delegate, "delegate");
    Dispatcher base = delegate instanceof Recording recording ? recording.delegate() : delegate;
    if (base instanceof QueueDispatcher queue) {
      return new ContractQueueDispatcher(this, queue);
    }
    return new ContractDispatcher(this, base);
  }

  /**
   * Returns the violations recorded so far.
   *
   * @return a copy of the violations
   */
  public List<Violation> violations() {
    synchronized (violations) {
      return List.copyOf(violations);
    }
  }
}
