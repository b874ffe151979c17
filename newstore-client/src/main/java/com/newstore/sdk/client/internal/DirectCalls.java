package com.newstore.sdk.client.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;
import retrofit2.Retrofit;

/**
 * Implements the SDK's Retrofit service interfaces with less work per call than Retrofit's own
 * proxy: a method of the plain shape the SDK uses (one HTTP method annotation, a relative path
 * whose {@code {placeholders}} are all {@code @Path} strings, at most one {@code @Body}, any
 * {@code @Tag}s, returning {@code Call<T>}) builds its OkHttp request directly, reuses the resolved
 * URL while the path values repeat, and hands the answer to the same converters Retrofit would
 * pick. The request carries the same {@link Invocation} tag, so path overrides, retries and
 * listeners see no difference. Every other method goes to Retrofit unchanged.
 */
final class DirectCalls implements InvocationHandler {
  private final Class<?> service;
  private final Retrofit retrofit;
  private final Object fallback;
  private final Map<Method, Object> plans = new ConcurrentHashMap<>();

  private DirectCalls(Class<?> service, Retrofit retrofit) {
    this.service = service;
    this.retrofit = retrofit;
    this.fallback = retrofit.create(service);
  }

  /**
   * Creates the service.
   *
   * @param service the Retrofit interface
   * @param retrofit the Retrofit instance whose base URL, client and converters to use
   * @param <T> the interface type
   * @return the implementation
   */
  static <T> T create(Class<T> service, Retrofit retrofit) {
    return service.cast(
        Proxy.newProxyInstance(
            service.getClassLoader(),
            new Class<?>[] {service},
            new DirectCalls(service, retrofit)));
  }

  @Override
  public @Nullable Object invoke(Object self, Method method, @Nullable Object[] args)
      throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> args != null && self == args[0];
        case "hashCode" -> System.identityHashCode(self);
        default -> service.getName() + " (direct calls)";
      };
    }
    Object plan = plans.get(method);
    if (plan == null) {
      plan = plans.computeIfAbsent(method, this::plan);
    }
    if (plan instanceof CallPlan p) {
      return new DirectCall<>(p, self, args == null ? new Object[0] : args);
    }
    try {
      return method.invoke(fallback, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Returns the method's plan, or {@link Boolean#FALSE} when Retrofit handles it. */
  private Object plan(Method method) {
    CallPlan plan = method.isDefault() ? null : CallPlan.of(service, method, retrofit);
    return plan == null ? Boolean.FALSE : plan;
  }
}
