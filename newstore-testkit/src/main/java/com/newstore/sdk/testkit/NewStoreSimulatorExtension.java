package com.newstore.sdk.testkit;

import com.newstore.sdk.client.NewStoreClient;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one {@link NewStoreSimulator} per test, resolves {@link NewStoreSimulator}, {@link
 * NewStoreClient} and {@link WebhookSender} test method parameters, and stops the client and the
 * simulator after the test. Use it through {@link NewStoreSimulatorTest} or
 * {@code @ExtendWith(NewStoreSimulatorExtension.class)}.
 *
 * <pre>{@code
 * @ExtendWith(NewStoreSimulatorExtension.class)
 * class MyTest {
 *   @Test
 *   void works(NewStoreClient client, NewStoreSimulator sim) { ... }
 * }
 * }</pre>
 */
public final class NewStoreSimulatorExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(NewStoreSimulatorExtension.class);
  private static final String SIMULATOR = "simulator";
  private static final String CLIENT = "client";

  /** Creates the extension; JUnit calls this. */
  public NewStoreSimulatorExtension() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    int reads = findAnnotation(context).map(NewStoreSimulatorTest::settleAfterReads).orElse(1);
    NewStoreSimulator sim = NewStoreSimulator.builder().settleAfterReads(reads).start();
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    store.put(SIMULATOR, sim);
    store.put(CLIENT, sim.newClient());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    NewStoreClient client = store.remove(CLIENT, NewStoreClient.class);
    NewStoreSimulator sim = store.remove(SIMULATOR, NewStoreSimulator.class);
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      if (sim != null) {
        sim.close();
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == NewStoreSimulator.class
        || type == NewStoreClient.class
        || type == WebhookSender.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    Object value;
    if (type == WebhookSender.class) {
      NewStoreSimulator sim = store.get(SIMULATOR, NewStoreSimulator.class);
      value = sim == null ? null : sim.sender();
    } else {
      value = store.get(type == NewStoreClient.class ? CLIENT : SIMULATOR, type);
    }
    if (value == null) {
      throw new ParameterResolutionException(
          "No simulator is running: NewStoreSimulatorExtension injects "
              + type.getSimpleName()
              + " into test methods and lifecycle methods of each test, not into constructors"
              + " or @BeforeAll");
    }
    return value;
  }

  private static Optional<NewStoreSimulatorTest> findAnnotation(ExtensionContext context) {
    return context
        .getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, NewStoreSimulatorTest.class));
  }
}
