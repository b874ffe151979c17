package com.newstore.sdk.contract.junit;

import com.newstore.sdk.contract.Violation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.AssertionFailedError;

/**
 * Gives each test a {@link ContractRecorder} (as a parameter of the test method or of a
 * {@code @BeforeEach} method; both get the same recorder) and fails the test after it ran when the
 * recorder holds violations, unless the test or its class is {@link ContractExempt}.
 */
public final class ContractExtension implements ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ContractExtension.class);
  private static final String KEY = "recorder";

  /** Creates the extension; JUnit calls it for {@link ValidateAgainstContract}. */
  public ContractExtension() {}

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
    ContractRecorder recorder = context.getStore(NAMESPACE).get(KEY, ContractRecorder.class);
    if (recorder == null) {
      return;
    }
    List<Violation> violations = recorder.violations();
    if (violations.isEmpty() || exempt(context).isPresent()) {
      return;
    }
    throw new AssertionFailedError(
        violations.size()
            + " request(s) broke NewStore's published contract (specs/newstore-api.yaml); fix the"
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
