package com.newstore.sdk.contract.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a test (or every test of a class) from failing on contract violations, for tests that
 * deliberately send what NewStore does not publish: path overrides, fake endpoints, broken bodies.
 * Requests are still recorded and counted. On a {@code MockWebServer} field, the server is not
 * watched at all (e.g. a server that stands for the integrator, not for NewStore).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
public @interface ContractExempt {

  /**
   * Says why the test leaves the contract.
   *
   * @return the reason, never blank
   */
  String value();
}
