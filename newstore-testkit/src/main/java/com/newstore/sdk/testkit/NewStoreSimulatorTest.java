package com.newstore.sdk.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test class that gets a fresh {@link NewStoreSimulator} per test and a ready
 * {@link com.newstore.sdk.client.NewStoreClient} pointed at it, both injected as test method
 * parameters (as is the simulator's {@link WebhookSender}) and stopped after the test.
 *
 * <pre>{@code
 * @NewStoreSimulatorTest
 * class GracePeriodTest {
 *   @Test
 *   void setsGracePeriod(NewStoreClient client, NewStoreSimulator sim) {
 *     // call the SDK with client, assert with sim.config(...)
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(NewStoreSimulatorExtension.class)
public @interface NewStoreSimulatorTest {
  /**
   * Returns how many status reads it takes an operation to settle in the simulator.
   *
   * @return 0 or more; 1 by default
   */
  int settleAfterReads() default 1;
}
