package com.newstore.sdk.client.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a Retrofit interface method as a NewStore endpoint. The id is what callers pass to {@code
 * NewStoreClient.Builder.pathOverride} to replace an unconfirmed path; {@link #safeToRetry()} lets
 * the retry interceptor repeat a {@code POST} that NewStore documents as idempotent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Endpoint {
  /**
   * Returns the stable endpoint id, such as {@code sales-order.grace-period.get}.
   *
   * @return the endpoint id
   */
  String value();

  /**
   * Returns whether repeating the request cannot cause a second effect, so that a non-idempotent
   * HTTP method may still be retried.
   *
   * @return true when the request is safe to send twice
   */
  boolean safeToRetry() default false;
}
