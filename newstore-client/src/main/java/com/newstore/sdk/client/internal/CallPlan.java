package com.newstore.sdk.client.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Tag;

/**
 * What one Retrofit interface method needs to build a {@link DirectCall} and read its answer,
 * worked out once by {@link DirectCalls}.
 */
final class CallPlan {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_-]*)\\}");
  private static final String PATH_SEGMENT_ALWAYS_ENCODE_SET = " \"<>^`{}|\\?#";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  final Class<?> service;
  final Method method;
  final String httpMethod;
  final HttpUrl baseUrl;
  final String relativeUrl;
  final okhttp3.Call.Factory client;
  final @Nullable HttpUrl fixedUrl;
  final String[] pathNames;
  final int[] pathArgs;
  final int bodyArg;
  final @Nullable Converter<Object, RequestBody> bodyConverter;
  final int[] tagArgs;
  final Class<?>[] tagTypes;
  final Converter<ResponseBody, ?> responseConverter;
  volatile @Nullable ResolvedUrl lastUrl;

  private CallPlan(
      Class<?> service,
      Method method,
      String httpMethod,
      Retrofit retrofit,
      String relativeUrl,
      List<String> pathNames,
      List<Integer> pathArgs,
      int bodyArg,
      @Nullable Converter<Object, RequestBody> bodyConverter,
      List<Integer> tagArgs,
      List<Class<?>> tagTypes,
      Converter<ResponseBody, ?> responseConverter) {
    this.service = service;
    this.method = method;
    this.httpMethod = httpMethod;
    this.baseUrl = retrofit.baseUrl();
    this.relativeUrl = relativeUrl;
    this.client = retrofit.callFactory();
    this.pathNames = pathNames.toArray(new String[0]);
    this.pathArgs = pathArgs.stream().mapToInt(Integer::intValue).toArray();
    this.bodyArg = bodyArg;
    this.bodyConverter = bodyConverter;
    this.tagArgs = tagArgs.stream().mapToInt(Integer::intValue).toArray();
    this.tagTypes = tagTypes.toArray(new Class<?>[0]);
    this.responseConverter = responseConverter;
    this.fixedUrl = this.pathNames.length == 0 ? resolve(relativeUrl) : null;
  }

  /** Returns the plan, or null when the method has a shape only Retrofit handles. */
  @SuppressWarnings("unchecked")
  static @Nullable CallPlan of(Class<?> service, Method method, Retrofit retrofit) {
    String httpMethod = null;
    String relativeUrl = null;
    boolean hasBody = false;
    for (Annotation a : method.getAnnotations()) {
      String[] found = httpAnnotation(a);
      if (found != null) {
        if (httpMethod != null) {
          return null;
        }
        httpMethod = found[0];
        relativeUrl = found[1];
        hasBody = found[0].equals("POST") || found[0].equals("PUT") || found[0].equals("PATCH");
      } else if (!(a instanceof Endpoint)) {
        return null;
      }
    }
    if (httpMethod == null
        || relativeUrl.isEmpty()
        || relativeUrl.indexOf('?') >= 0
        || relativeUrl.indexOf('#') >= 0
        || relativeUrl.contains("://")
        || relativeUrl.startsWith("/")
        || !(method.getGenericReturnType() instanceof ParameterizedType returnType)
        || returnType.getRawType() != Call.class) {
      return null;
    }
    Set<String> placeholders = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(relativeUrl);
    while (m.find()) {
      placeholders.add(m.group(1));
    }
    for (String segment : relativeUrl.split("/", -1)) {
      // A placeholder must be a whole segment, and no other brace may appear.
      boolean braces = segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0;
      if (braces && !PLACEHOLDER.matcher(segment).matches()) {
        return null;
      }
    }
    Type[] types = method.getGenericParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    List<String> pathNames = new ArrayList<>();
    List<Integer> pathArgs = new ArrayList<>();
    List<Integer> tagArgs = new ArrayList<>();
    List<Class<?>> tagTypes = new ArrayList<>();
    int bodyArg = -1;
    Converter<Object, RequestBody> bodyConverter = null;
    for (int i = 0; i < types.length; i++) {
      if (annotations[i].length != 1) {
        return null;
      }
      Annotation a = annotations[i][0];
      if (a instanceof Path p && !p.encoded() && types[i] == String.class) {
        if (!placeholders.contains(p.value()) || pathNames.contains(p.value())) {
          return null;
        }
        pathNames.add(p.value());
        pathArgs.add(i);
      } else if (a instanceof Body && hasBody && bodyArg < 0) {
        bodyArg = i;
        bodyConverter =
            (Converter<Object, RequestBody>)
                (Converter<?, RequestBody>)
                    retrofit.requestBodyConverter(
                        types[i], annotations[i], method.getAnnotations());
      } else if (a instanceof Tag && types[i] instanceof Class<?> c && !c.isPrimitive()) {
        tagArgs.add(i);
        tagTypes.add(c);
      } else {
        return null;
      }
    }
    if (placeholders.size() != pathNames.size() || (hasBody && bodyArg < 0)) {
      return null;
    }
    Type responseType = returnType.getActualTypeArguments()[0];
    Converter<ResponseBody, ?> responseConverter =
        retrofit.responseBodyConverter(responseType, method.getAnnotations());
    return new CallPlan(
        service,
        method,
        httpMethod,
        retrofit,
        relativeUrl,
        pathNames,
        pathArgs,
        bodyArg,
        bodyConverter,
        tagArgs,
        tagTypes,
        responseConverter);
  }

  private static String @Nullable [] httpAnnotation(Annotation a) {
    if (a instanceof GET g) {
      return new String[] {"GET", g.value()};
    } else if (a instanceof POST p) {
      return new String[] {"POST", p.value()};
    } else if (a instanceof PUT p) {
      return new String[] {"PUT", p.value()};
    } else if (a instanceof PATCH p) {
      return new String[] {"PATCH", p.value()};
    } else if (a instanceof DELETE d) {
      return new String[] {"DELETE", d.value()};
    }
    return null;
  }

  Request request(Object proxy, Object[] args) throws IOException {
    Request.Builder builder = new Request.Builder().url(url(args));
    RequestBody body = null;
    if (bodyArg >= 0) {
      Object value = args[bodyArg];
      if (value == null) {
        throw new IllegalArgumentException("Body parameter value must not be null.");
      }
      body = bodyConverter.convert(value);
    }
    builder.method(httpMethod, body);
    for (int i = 0; i < tagArgs.length; i++) {
      Object value = args[tagArgs[i]];
      if (value != null) {
        tag(builder, tagTypes[i], value);
      }
    }
    tag(builder, Invocation.class, invocation(proxy, args));
    return builder.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> void tag(Request.Builder builder, Class<T> type, Object value) {
    builder.tag(type, (T) value);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Invocation invocation(Object proxy, Object[] args) {
    return Invocation.of((Class) service, proxy, method, Arrays.asList(args));
  }

  private HttpUrl url(Object[] args) {
    if (fixedUrl != null) {
      return fixedUrl;
    }
    ResolvedUrl last = lastUrl;
    if (last != null && last.matches(args, pathArgs)) {
      return last.url;
    }
    String[] values = new String[pathArgs.length];
    String relative = relativeUrl;
    for (int i = 0; i < pathArgs.length; i++) {
      Object value = args[pathArgs[i]];
      if (value == null) {
        throw new IllegalArgumentException(
            "Path parameter \"" + pathNames[i] + "\" value must not be null.");
      }
      values[i] = (String) value;
      String canonical = canonicalizeForPath(values[i]);
      // '%' is always encoded, so only a literal "." or ".." can traverse.
      if (canonical.equals(".") || canonical.equals("..")) {
        throw new IllegalArgumentException(
            "@Path parameters shouldn't perform path traversal ('.' or '..'): " + values[i]);
      }
      relative = relative.replace("{" + pathNames[i] + "}", canonical);
    }
    HttpUrl url = resolve(relative);
    lastUrl = new ResolvedUrl(values, url);
    return url;
  }

  private HttpUrl resolve(String relative) {
    HttpUrl url = baseUrl.resolve(relative);
    if (url == null) {
      throw new IllegalArgumentException(
          "Malformed URL. Base: " + baseUrl + ", Relative: " + relative);
    }
    return url;
  }

  /** Percent-encodes a path value as Retrofit does for {@code @Path(encoded = false)}. */
  private static String canonicalizeForPath(String input) {
    for (int i = 0; i < input.length(); i++) {
      if (mustEncode(input.charAt(i))) {
        return encode(input);
      }
    }
    return input;
  }

  private static boolean mustEncode(int c) {
    return c < 0x20
        || c >= 0x7f
        || c == '/'
        || c == '%'
        || PATH_SEGMENT_ALWAYS_ENCODE_SET.indexOf(c) != -1;
  }

  private static String encode(String input) {
    StringBuilder out = new StringBuilder(input.length() + 16);
    int codePoint;
    for (int i = 0; i < input.length(); i += Character.charCount(codePoint)) {
      codePoint = input.codePointAt(i);
      if (mustEncode(codePoint)) {
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
      } else {
        out.appendCodePoint(codePoint);
      }
    }
    return out.toString();
  }

  /** The URL of the last path values a plan resolved; calls with the same values reuse it. */
  private record ResolvedUrl(String[] values, HttpUrl url) {
    boolean matches(Object[] args, int[] pathArgs) {
      for (int i = 0; i < pathArgs.length; i++) {
        if (!values[i].equals(args[pathArgs[i]])) {
          return false;
        }
      }
      return true;
    }
  }
}
