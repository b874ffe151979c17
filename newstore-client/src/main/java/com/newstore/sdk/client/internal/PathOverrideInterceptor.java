package com.newstore.sdk.client.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * Replaces the path of an {@link Endpoint} the caller overrode. The override is a template relative
 * to the base URL that may use the same {@code {placeholders}} as the original, such as {@code
 * v1/fulfillment/{id}/ship}; placeholder values are taken from the request's actual path.
 */
public final class PathOverrideInterceptor implements Interceptor {
  private final Map<String, String> overrides;
  private final Map<String, String> methods;

  /**
   * Creates the interceptor.
   *
   * @param overrides endpoint id to path template, relative to the base URL
   * @param methods endpoint id to HTTP method, for endpoints with a request body
   */
  public PathOverrideInterceptor(Map<String, String> overrides, Map<String, String> methods) {
    this.overrides = Map.copyOf(overrides);
    this.methods = Map.copyOf(methods);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null || (overrides.isEmpty() && methods.isEmpty())) {
      return chain.proceed(request);
    }
    Method method = invocation.method();
    Endpoint endpoint = method.getAnnotation(Endpoint.class);
    String httpMethod = endpoint == null ? null : methods.get(endpoint.value());
    if (httpMethod != null && request.body() != null) {
      request = request.newBuilder().method(httpMethod, request.body()).build();
    }
    String override = endpoint == null ? null : overrides.get(endpoint.value());
    String template = relativeUrl(method);
    if (override == null || template == null) {
      return chain.proceed(request);
    }
    return chain.proceed(
        request.newBuilder().url(rewrite(request.url(), template, override)).build());
  }

  /**
   * Returns {@code url} with its path rewritten from {@code template} to {@code override}.
   *
   * @param url the actual request URL: base path followed by the expanded template
   * @param template the original relative path template
   * @param override the replacement relative path template
   * @return the rewritten URL, query kept
   */
  static HttpUrl rewrite(HttpUrl url, String template, String override) {
    List<String> actual = url.encodedPathSegments();
    String[] templateSegments = stripQuery(template).split("/", -1);
    int base = actual.size() - templateSegments.length;
    if (base < 0) {
      return url;
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < templateSegments.length; i++) {
      String segment = templateSegments[i];
      if (segment.startsWith("{") && segment.endsWith("}")) {
        values.put(segment.substring(1, segment.length() - 1), actual.get(base + i));
      }
    }
    HttpUrl.Builder builder = url.newBuilder();
    for (int i = actual.size() - 1; i >= base; i--) {
      builder.removePathSegment(i);
    }
    for (String segment : override.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.startsWith("{") && segment.endsWith("}")) {
        String value = values.get(segment.substring(1, segment.length() - 1));
        builder.addEncodedPathSegment(value == null ? segment : value);
      } else {
        builder.addEncodedPathSegment(segment);
      }
    }
    return builder.build();
  }

  private static String stripQuery(String template) {
    int q = template.indexOf('?');
    String path = q < 0 ? template : template.substring(0, q);
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static @Nullable String relativeUrl(Method method) {
    for (Annotation a : method.getAnnotations()) {
      if (a instanceof GET g) {
        return g.value();
      } else if (a instanceof POST p) {
        return p.value();
      } else if (a instanceof PUT p) {
        return p.value();
      } else if (a instanceof PATCH p) {
        return p.value();
      } else if (a instanceof DELETE d) {
        return d.value();
      } else if (a instanceof HTTP h) {
        return h.path();
      }
    }
    return null;
  }
}
