package com.newstore.sdk.contract.junit;

import com.newstore.sdk.contract.Violation;
import com.newstore.sdk.contract.internal.ContractCounters;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.AssertionFailedError;

/**
 * Gives each test a {@link ContractRecorder} (as a parameter of the test method or of a
 * {@code @BeforeEach} method; both get the same recorder) and fails the test after it ran when the
 * recorder holds violations, unless the test or its class is {@link ContractExempt}.
 *
 * <p>Every {@code MockWebServer} field of the test instance (and of its enclosing instances) is
 * watched without any code in the test: before each test, and again after the {@code @BeforeEach}
 * methods ran, the server's dispatcher is wrapped so that each request is validated before it is
 * answered ({@code server.enqueue} keeps working). A server that received requests through a
 * dispatcher set inside the test body, past the wrap, fails the test too: wrap that dispatcher with
 * {@link ContractRecorder#dispatcher}. A field marked {@link ContractExempt} is not watched.
 *
 * <p>Register it for a whole test source set with {@code
 * junit.jupiter.extensions.autodetection.enabled=true} in {@code junit-platform.properties} and a
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension} file naming this class; a
 * class that also carries {@link ValidateAgainstContract} gets it once.
 */
public final class ContractExtension
    implements ParameterResolver,
        BeforeEachCallback,
        BeforeTestExecutionCallback,
        AfterEachCallback {

  private static final @Nullable ServerWatch SERVERS = ServerWatch.load();

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ContractExtension.class);
  private static final String KEY = "recorder";

  /** Creates the extension; JUnit calls it for {@link ValidateAgainstContract}. */
  public ContractExtension() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    watch(context);
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    // Again: @BeforeEach methods may have created the servers or set their dispatchers.
    watch(context);
  }

  private static void watch(ExtensionContext context) {
    ContractRecorder.setCurrent(recorder(context));
    if (SERVERS != null) {
      SERVERS.wrap(context.getRequiredTestInstances().getAllInstances(), recorder(context));
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ContractRecorder.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return recorder(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ContractRecorder.setCurrent(null);
    ContractRecorder recorder = context.getStore(NAMESPACE).get(KEY, ContractRecorder.class);
    if (recorder == null) {
      return;
    }
    List<Violation> violations = recorder.violations();
    boolean exempt = exempt(context).isPresent();
    if (exempt) {
      ContractCounters.exempted(violations.size());
      return;
    }
    List<String> unwatched =
        SERVERS == null
            ? List.of()
            : SERVERS.unwatched(context.getRequiredTestInstances().getAllInstances(), recorder);
    if (!unwatched.isEmpty()) {
      throw new AssertionFailedError(
          "MockWebServer "
              + String.join(", ", unwatched)
              + " answered requests through a dispatcher set inside the test, so they were not"
              + " validated against NewStore's published contract; wrap it:"
              + " server.setDispatcher(contract.dispatcher(...)) with a ContractRecorder"
              + " parameter, or mark the test @ContractExempt(\"why\")");
    }
    if (violations.isEmpty()) {
      return;
    }
    throw new AssertionFailedError(
        violations.size()
            + " request(s) broke NewStore's published contract (specs/); fix the"
            + " request, or mark a deliberate deviation @ContractExempt(\"why\"):\n  "
            + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
  }

  /** The method-level store lives for one test invocation: one recorder per test. */
  private static ContractRecorder recorder(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(KEY, k -> ContractRecorder.create(), ContractRecorder.class);
  }

  private static Optional<ContractExempt> exempt(ExtensionContext context) {
    Optional<ContractExempt> method =
        context.getTestMethod().flatMap(ContractExtension::annotation);
    if (method.isPresent()) {
      return method;
    }
    return context.getTestClass().flatMap(ContractExtension::annotation);
  }

  private static Optional<ContractExempt> annotation(AnnotatedElement element) {
    ContractExempt exempt = element.getAnnotation(ContractExempt.class);
    if (exempt != null && exempt.value().isBlank()) {
      throw new IllegalStateException("@ContractExempt on " + element + " needs a reason");
    }
    return Optional.ofNullable(exempt);
  }
}
