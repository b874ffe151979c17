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
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.QueueDispatcher;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations of one test. {@link ContractExtension} creates one per test and fails the
 * test in {@code afterEach} when it holds any; use it directly to validate outside JUnit.
 *
 * <p>Thread-safe: MockWebServer dispatches on its own threads.
 */
public final class ContractRecorder {

  private static final ThreadLocal<ContractRecorder> CURRENT = new ThreadLocal<>();

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
   * Returns the recorder of the test running on this thread, for test helpers that cannot take a
   * {@code ContractRecorder} parameter (set by {@link ContractExtension} before each test, cleared
   * after it).
   *
   * @return the recorder, or empty outside a test the extension runs
   */
  public static Optional<ContractRecorder> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static void setCurrent(@Nullable ContractRecorder recorder) {
    if (recorder == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(recorder);
    }
  }

  /**
   * Validates a webhook request NewStore would send (a test's request to the integrator's side)
   * against {@link NewStoreContract#webhooks()} and keeps its violations.
   *
   * @param operationId the webhook, e.g. {@code availabilityRequest}
   * @param request the request
   * @return the report
   */
  public ContractReport validateWebhookRequest(String operationId, HttpExchangeRequest request) {
    ContractReport report = NewStoreContract.webhooks().validateRequest(operationId, request);
    violations.addAll(report.violations());
    return report;
  }

  /**
   * Validates the integrator's answer to a webhook against {@link NewStoreContract#webhooks()} and
   * keeps its violations.
   *
   * @param operationId the webhook, e.g. {@code availabilityRequest}
   * @param status the HTTP status
   * @param headers the answer's headers
   * @param body the answer's body, empty when there is none
   * @return the report
   */
  public ContractReport validateWebhookResponse(
      String operationId, int status, Map<String, List<String>> headers, byte[] body) {
    ContractReport report =
        NewStoreContract.webhooks().validateResponse(operationId, status, headers, body);
    violations.addAll(report.violations());
    return report;
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
