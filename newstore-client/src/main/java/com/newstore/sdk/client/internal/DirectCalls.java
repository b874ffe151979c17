package com.newstore.sdk.client.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Response;
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
 * Implements the SDK's Retrofit service interfaces with less work per call than Retrofit's own
 * proxy: a method of the plain shape the SDK uses (one HTTP method annotation, a relative path
 * whose {@code {placeholders}} are all {@code @Path} strings, at most one {@code @Body}, any
 * {@code @Tag}s, returning {@code Call<T>}) builds its OkHttp request directly, reuses the resolved
 * URL while the path values repeat, and hands the answer to the same converters Retrofit would
 * pick. The request carries the same {@link Invocation} tag, so path overrides, retries and
 * listeners see no difference. Every other method goes to Retrofit unchanged.
 */
final class DirectCalls implements InvocationHandler {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_-]*)\\}");
  private static final String PATH_SEGMENT_ALWAYS_ENCODE_SET = " \"<>^`{}|\\?#";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
    if (plan instanceof Plan p) {
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
    Plan plan = method.isDefault() ? null : Plan.of(service, method, retrofit);
    return plan == null ? Boolean.FALSE : plan;
  }

  /** What one interface method needs to build and read a call, worked out once. */
  private static final class Plan {
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

    private Plan(
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
    static @Nullable Plan of(Class<?> service, Method method, Retrofit retrofit) {
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
      return new Plan(
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

  /**
   * One call of a planned method; like Retrofit's, it runs once and then only by {@link #clone}.
   */
  private static final class DirectCall<T> implements Call<T> {
    private final Plan plan;
    private final Object proxy;
    private final Object[] args;
    private volatile okhttp3.@Nullable Call raw;
    private boolean executed;
    private volatile boolean canceled;

    DirectCall(Plan plan, Object proxy, Object[] args) {
      this.plan = plan;
      this.proxy = proxy;
      this.args = args;
    }

    @Override
    public Response<T> execute() throws IOException {
      synchronized (this) {
        if (executed) {
          throw new IllegalStateException("Already executed.");
        }
        executed = true;
      }
      okhttp3.Call call = rawCall();
      if (canceled) {
        call.cancel();
      }
      return parse(call.execute());
    }

    private synchronized okhttp3.Call rawCall() throws IOException {
      okhttp3.Call call = raw;
      if (call == null) {
        call = plan.client.newCall(plan.request(proxy, args));
        raw = call;
      }
      return call;
    }

    @SuppressWarnings("unchecked")
    private Response<T> parse(okhttp3.Response response) throws IOException {
      ResponseBody body = response.body();
      int code = response.code();
      if (code < 200 || code >= 300) {
        try (body) {
          Buffer buffer = new Buffer();
          body.source().readAll(buffer);
          ResponseBody buffered =
              ResponseBody.create(buffer, body.contentType(), body.contentLength());
          return Response.error(buffered, detached(response, body));
        }
      }
      if (code == 204 || code == 205) {
        body.close();
        return Response.success(null, detached(response, body));
      }
      T value = (T) plan.responseConverter.convert(body);
      return Response.success(value, response);
    }

    /** The answer without its (consumed) body, as Retrofit hands it on. */
    private okhttp3.Response detached(okhttp3.Response response, ResponseBody body) {
      return response
          .newBuilder()
          .body(ResponseBody.create(new byte[0], body.contentType()))
          .build();
    }

    @Override
    public void enqueue(Callback<T> callback) {
      throw new UnsupportedOperationException("the SDK executes calls synchronously");
    }

    @Override
    public synchronized boolean isExecuted() {
      return executed;
    }

    @Override
    public void cancel() {
      canceled = true;
      okhttp3.Call call = raw;
      if (call != null) {
        call.cancel();
      }
    }

    @Override
    public boolean isCanceled() {
      if (canceled) {
        return true;
      }
      okhttp3.Call call = raw;
      return call != null && call.isCanceled();
    }

    @Override
    @SuppressWarnings("MethodDoesntCallSuperMethod")
    public Call<T> clone() {
      return new DirectCall<>(plan, proxy, args);
    }

    @Override
    public Request request() {
      try {
        return rawCall().request();
      } catch (IOException e) {
        throw new RuntimeException("Unable to create request.", e);
      }
    }

    @Override
    public Timeout timeout() {
      try {
        return rawCall().timeout();
      } catch (IOException e) {
        throw new RuntimeException("Unable to create call.", e);
      }
    }
  }
}
