package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.Stage;
import com.newstore.sdk.client.TokenProvider;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link ClientSettings} and derives what a {@code NewStoreClient} runs on: the base URL,
 * the token source, and the hardened OkHttp clients with the SDK's interceptors. Stateless.
 */
public final class ClientAssembly {
  private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern TENANT_HOST =
      Pattern.compile("(?i)(?:https?://)?([a-z0-9][a-z0-9-]*)\\.([a-z])\\.newstore\\.net/?");

  private ClientAssembly() {}

  /**
   * Checks a path override's template and strips a leading slash.
   *
   * @param pathTemplate the template as given
   * @return the template relative to the base URL
   * @throws IllegalArgumentException when the template is absolute or has a query
   */
  public static String pathTemplate(String pathTemplate) {
    if (pathTemplate.isBlank() || pathTemplate.contains("://") || pathTemplate.contains("?")) {
      throw new IllegalArgumentException(
          "pathTemplate must be a path relative to the base URL, without a query: " + pathTemplate);
    }
    return pathTemplate.startsWith("/") ? pathTemplate.substring(1) : pathTemplate;
  }

  /**
   * Checks a method override and upper-cases it.
   *
   * @param method the method as given
   * @return {@code POST}, {@code PUT} or {@code PATCH}
   * @throws IllegalArgumentException for another method
   */
  public static String overrideMethod(String method) {
    String upper = method.trim().toUpperCase(Locale.ROOT);
    if (!Set.of("POST", "PUT", "PATCH").contains(upper)) {
      throw new IllegalArgumentException(
          "methodOverride supports POST, PUT and PATCH (methods with a body) but was " + method);
    }
    return upper;
  }

  /**
   * Checks a {@code User-Agent} suffix and trims it.
   *
   * @param suffix the suffix as given
   * @return the trimmed suffix
   * @throws IllegalArgumentException when it is not printable ASCII
   */
  public static String userAgentSuffix(String suffix) {
    Objects.requireNonNull(suffix, "suffix == null");
    if (!suffix.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
    }
    return suffix.trim();
  }

  /**
   * Checks the response size limit.
   *
   * @param bytes the limit as given
   * @return the limit
   * @throws IllegalArgumentException when it is below 1024
   */
  public static long maxResponseBytes(long bytes) {
    if (bytes < 1024) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1024: " + bytes);
    }
    return bytes;
  }

  /**
   * Fails when a path or method override names an endpoint id no SDK module knows.
   *
   * @param s the settings
   * @throws IllegalArgumentException naming the nearest known ids
   */
  public static void checkOverrides(ClientSettings s) {
    if (!s.pathOverrides.isEmpty() || !s.methodOverrides.isEmpty()) {
      Set<String> known = EndpointRegistry.knownIds();
      s.pathOverrides.keySet().forEach(id -> EndpointRegistry.checkKnown(id, known));
      s.methodOverrides.keySet().forEach(id -> EndpointRegistry.checkKnown(id, known));
    }
  }

  /**
   * Returns the API base URL: the explicit one with a trailing slash, or the one derived from
   * tenant and stage.
   *
   * @param s the settings
   * @return the base URL, ending in {@code /}
   * @throws IllegalArgumentException when neither is set or one is malformed
   */
  public static HttpUrl baseUrl(ClientSettings s) {
    if (s.baseUrl != null) {
      HttpUrl url = parseUrl(s.baseUrl, "baseUrl");
      return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
    }
    String t = checkedTenant(s);
    if (t == null) {
      throw new IllegalArgumentException("Set tenant(...) and stage(...), or baseUrl(...)");
    }
    return HttpUrl.get("https://" + t + "." + s.stage.code() + ".newstore.net/");
  }

  /**
   * Returns the caller's token provider, or one fetching client-credentials tokens over a client
   * derived from {@code base}.
   *
   * @param s the settings
   * @param base the OkHttp client to derive from
   * @return the token source
   * @throws IllegalArgumentException when neither is set, or the token URL cannot be found
   */
  public static TokenProvider tokens(ClientSettings s, OkHttpClient base) {
    if (s.tokenProvider != null) {
      return s.tokenProvider;
    }
    if (s.credentials == null) {
      throw new IllegalArgumentException(
          "Set credentials(clientId, clientSecret) or tokenProvider(...)");
    }
    HttpUrl url;
    if (s.tokenUrl != null) {
      url = parseUrl(s.tokenUrl, "tokenUrl");
    } else {
      String t = checkedTenant(s);
      if (t == null) {
        throw new IllegalArgumentException(
            "Set tenant(...) so the token URL can be derived, or set tokenUrl(...)");
      }
      url =
          HttpUrl.get(
              "https://id."
                  + s.stage.code()
                  + ".newstore.net/auth/realms/"
                  + t
                  + "/protocol/openid-connect/token");
    }
    OkHttpClient.Builder http = hardened(base);
    applyTimeouts(http, s);
    ListenerInterceptors observers = new ListenerInterceptors(s.listener, s.clock, "auth.token");
    observers.addAroundRetries(http, new RetryInterceptor(s.retryPolicy, s.sleeper, s.clock));
    http.addInterceptor(new ResponseSizeLimit(s.maxResponseBytes));
    return new ClientCredentialsTokenProvider(
        http.build(), url, s.credentials, s.clock, Json.moshi());
  }

  /**
   * Returns the transport every service sends with: {@code base} hardened, with the SDK's timeouts,
   * path overrides, listener, retries, authentication and size limit.
   *
   * @param s the settings
   * @param baseUrl the API base URL
   * @param tokens the token source
   * @param base the OkHttp client to derive from
   * @return the transport
   */
  public static Transport transport(
      ClientSettings s, HttpUrl baseUrl, TokenProvider tokens, OkHttpClient base) {
    OkHttpClient.Builder api = hardened(base);
    applyTimeouts(api, s);
    ListenerInterceptors observers = new ListenerInterceptors(s.listener, s.clock, "unknown");
    if (!s.pathOverrides.isEmpty() || !s.methodOverrides.isEmpty()) {
      api.addInterceptor(new PathOverrideInterceptor(s.pathOverrides, s.methodOverrides));
    }
    observers.addAroundRetries(api, new RetryInterceptor(s.retryPolicy, s.sleeper, s.clock));
    api.addInterceptor(new AuthInterceptor(tokens, SdkVersion.userAgent(s.userAgentSuffix)))
        .addInterceptor(new ResponseSizeLimit(s.maxResponseBytes));
    return new Transport(api.build(), baseUrl, s.clock, s.sleeper, s.retryPolicy);
  }

  /**
   * Returns settings for a client derived from a built one: its token source and OkHttp client are
   * shared, and when the SDK created that OkHttp client the SDK's timeouts are carried over
   * explicitly (the shared client has OkHttp's own).
   *
   * @param built the built client's settings
   * @param ownsHttp whether the built client created {@code baseHttp}
   * @param baseHttp the built client's base OkHttp client
   * @param tokens the built client's token source
   * @return new settings
   */
  public static ClientSettings derive(
      ClientSettings built, boolean ownsHttp, OkHttpClient baseHttp, TokenProvider tokens) {
    ClientSettings b = built.copy();
    if (ownsHttp) {
      b.connectTimeout = orDefault(b.connectTimeout, ClientSettings.DEFAULT_CONNECT_TIMEOUT);
      b.readTimeout = orDefault(b.readTimeout, ClientSettings.DEFAULT_READ_TIMEOUT);
      b.callTimeout = orDefault(b.callTimeout, ClientSettings.DEFAULT_CALL_TIMEOUT);
    }
    b.okHttpClient = baseHttp;
    b.tokenProvider = tokens;
    b.credentials = null;
    return b;
  }

  /**
   * Derives the client the SDK sends with: no redirect is followed (a 3xx is an error naming the
   * target's origin, so no credential ever goes to another origin) and OkHttp sends nothing again
   * on its own (only the retry policy decides).
   */
  private static OkHttpClient.Builder hardened(OkHttpClient base) {
    return base.newBuilder()
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addNetworkInterceptor(new NoHiddenReplays());
  }

  private static void applyTimeouts(OkHttpClient.Builder http, ClientSettings b) {
    if (b.connectTimeout != null || b.okHttpClient == null) {
      http.connectTimeout(orDefault(b.connectTimeout, ClientSettings.DEFAULT_CONNECT_TIMEOUT));
    }
    if (b.readTimeout != null || b.okHttpClient == null) {
      Duration read = orDefault(b.readTimeout, ClientSettings.DEFAULT_READ_TIMEOUT);
      http.readTimeout(read).writeTimeout(read);
    }
    if (b.callTimeout != null || b.okHttpClient == null) {
      http.callTimeout(orDefault(b.callTimeout, ClientSettings.DEFAULT_CALL_TIMEOUT));
    }
  }

  private static Duration orDefault(@Nullable Duration value, Duration fallback) {
    return value != null ? value : fallback;
  }

  private static @Nullable String checkedTenant(ClientSettings s) {
    String tenant = s.tenant;
    if (tenant == null) {
      return null;
    }
    if (!TENANT.matcher(tenant).matches()) {
      Matcher host = TENANT_HOST.matcher(tenant);
      String hint =
          host.matches()
              ? ": that is a host name; pass only its first label, tenant(\""
                  + host.group(1).toLowerCase(Locale.ROOT)
                  + "\"), and set the stage from its second label: stage("
                  + stageFromCode(host.group(2).toLowerCase(Locale.ROOT))
                  + ")"
              : "";
      throw new IllegalArgumentException(
          "tenant must be lower-case letters, digits and dashes but was '" + tenant + "'" + hint);
    }
    return tenant;
  }

  private static String stageFromCode(String code) {
    for (Stage stage : Stage.values()) {
      if (stage.code().equals(code)) {
        return "Stage." + stage.name();
      }
    }
    return "Stage.parse(\"" + code + "\")";
  }

  private static HttpUrl parseUrl(String url, String name) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(name + " is not an absolute http(s) URL: " + url);
    }
    return parsed;
  }
}
