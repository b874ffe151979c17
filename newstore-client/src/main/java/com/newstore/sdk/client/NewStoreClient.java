package com.newstore.sdk.client;

import com.newstore.sdk.client.config.AssociateAppConfigService;
import com.newstore.sdk.client.config.AvailabilityConfigService;
import com.newstore.sdk.client.config.DistributionCenterConfigService;
import com.newstore.sdk.client.config.FulfillmentConfigService;
import com.newstore.sdk.client.config.OrderInjectionConfigService;
import com.newstore.sdk.client.config.PaymentConfigService;
import com.newstore.sdk.client.config.SalesOrderConfigService;
import com.newstore.sdk.client.config.TransferShippingConfigService;
import com.newstore.sdk.client.eventstream.EventStreamService;
import com.newstore.sdk.client.internal.AuthInterceptor;
import com.newstore.sdk.client.internal.ClientCredentialsTokenProvider;
import com.newstore.sdk.client.internal.Durations;
import com.newstore.sdk.client.internal.EndpointRegistry;
import com.newstore.sdk.client.internal.Json;
import com.newstore.sdk.client.internal.ListenerInterceptors;
import com.newstore.sdk.client.internal.NoHiddenReplays;
import com.newstore.sdk.client.internal.PathOverrideInterceptor;
import com.newstore.sdk.client.internal.ResponseSizeLimit;
import com.newstore.sdk.client.internal.RetryInterceptor;
import com.newstore.sdk.client.internal.SdkVersion;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.client.internal.config.RealAvailabilityConfigService;
import com.newstore.sdk.client.internal.config.RealDocumentServices;
import com.newstore.sdk.client.internal.config.RealOrderInjectionConfigService;
import com.newstore.sdk.client.internal.config.RealSalesOrderConfigService;
import com.newstore.sdk.client.internal.eventstream.RealEventStreamService;
import com.newstore.sdk.client.internal.orders.RealOrderInjectionService;
import com.newstore.sdk.client.orders.OrderInjectionService;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Calls the NewStore APIs of one tenant. Create one per tenant and share it: it is immutable and
 * thread-safe, and it holds a connection pool and a token cache that every call reuses.
 *
 * <pre>{@code
 * try (NewStoreClient client = NewStoreClient.builder()
 *     .tenant("acme")
 *     .stage(Stage.STAGING)
 *     .credentials(System.getenv("NEWSTORE_CLIENT_ID"), System.getenv("NEWSTORE_CLIENT_SECRET"))
 *     .build()) {
 *   // use the client's services
 * }
 * }</pre>
 *
 * <h2>Authentication</h2>
 *
 * With {@link Builder#credentials(String, String)} the client fetches OAuth2 client-credentials
 * tokens from {@code
 * https://id.{stage}.newstore.net/auth/realms/{tenant}/protocol/openid-connect/token}, caches them,
 * refreshes them ahead of expiry (one refresh at a time however many threads call), and after a
 * {@code 401} fetches a fresh token and tries once more. Supply a {@link TokenProvider} instead to
 * manage tokens yourself.
 *
 * <h2>Retries and threads</h2>
 *
 * Calls run synchronously on the calling thread; retries follow the {@link RetryPolicy} and wait on
 * that thread too, never on an OkHttp dispatcher thread.
 *
 * <h2>Shutdown</h2>
 *
 * {@link #close()} releases the threads and connections the client created. When you passed your
 * own {@link OkHttpClient}, it is left untouched. A closed client is closed: every later call
 * throws {@code IllegalStateException("NewStoreClient is closed")}.
 */
public final class NewStoreClient implements AutoCloseable {
  static {
    Transport.installAccessor(client -> client.transport);
  }

  private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern TENANT_HOST =
      Pattern.compile("(?i)(?:https?://)?([a-z0-9][a-z0-9-]*)\\.([a-z])\\.newstore\\.net/?");

  private final HttpUrl baseUrl;
  private final TokenProvider tokens;
  private final OkHttpClient baseHttp;
  private final boolean ownsHttp;
  private final Transport transport;
  private final Builder settings;

  private final SalesOrderConfigService salesOrderConfig;
  private final AvailabilityConfigService availabilityConfig;
  private final OrderInjectionConfigService orderInjectionConfig;
  private final AssociateAppConfigService associateAppConfig;
  private final PaymentConfigService paymentConfig;
  private final FulfillmentConfigService fulfillmentConfig;
  private final TransferShippingConfigService transferShippingConfig;
  private final DistributionCenterConfigService distributionCenterConfig;
  private final EventStreamService eventStream;
  private final OrderInjectionService orders;

  /** The most bytes of one answer the SDK reads unless told otherwise: 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

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

  private NewStoreClient(Builder b, HttpUrl baseUrl, TokenProvider tokens, OkHttpClient baseHttp) {
    this.settings = b.copy();
    this.baseUrl = baseUrl;
    this.tokens = tokens;
    this.baseHttp = baseHttp;
    this.ownsHttp = b.okHttpClient == null;
    OkHttpClient.Builder api = hardened(baseHttp);
    applyTimeouts(api, b);
    ListenerInterceptors observers = new ListenerInterceptors(b.listener, b.clock, "unknown");
    api.addInterceptor(new PathOverrideInterceptor(b.pathOverrides, b.methodOverrides))
        .addInterceptor(observers.call())
        .addInterceptor(new RetryInterceptor(b.retryPolicy, b.sleeper, b.clock))
        .addInterceptor(observers.attempt())
        .addInterceptor(new AuthInterceptor(tokens, SdkVersion.userAgent(b.userAgentSuffix)))
        .addInterceptor(new ResponseSizeLimit(b.maxResponseBytes));
    this.transport = new Transport(api.build(), baseUrl, b.clock, b.sleeper, b.retryPolicy);
    this.salesOrderConfig = new RealSalesOrderConfigService(transport);
    this.availabilityConfig = new RealAvailabilityConfigService(transport);
    this.orderInjectionConfig = new RealOrderInjectionConfigService(transport);
    this.associateAppConfig = RealDocumentServices.associateApp(transport);
    this.paymentConfig = RealDocumentServices.payment(transport);
    this.fulfillmentConfig = RealDocumentServices.fulfillment(transport);
    this.transferShippingConfig = RealDocumentServices.transferShipping(transport);
    this.distributionCenterConfig = RealDocumentServices.distributionCenter(transport);
    this.eventStream = new RealEventStreamService(transport);
    this.orders = new RealOrderInjectionService(transport);
  }

  /**
   * Returns the Associate App configuration service (the whole Associate App document).
   *
   * @return the shared service
   */
  public AssociateAppConfigService associateAppConfig() {
    return associateAppConfig;
  }

  /**
   * Returns the payment configuration service (the {@code /v1/p/config/{name}} documents).
   *
   * @return the shared service
   */
  public PaymentConfigService paymentConfig() {
    return paymentConfig;
  }

  /**
   * Returns the legacy fulfillment configuration service.
   *
   * @return the shared service
   */
  public FulfillmentConfigService fulfillmentConfig() {
    return fulfillmentConfig;
  }

  /**
   * Returns the transfer shipping configuration service.
   *
   * @return the shared service
   */
  public TransferShippingConfigService transferShippingConfig() {
    return transferShippingConfig;
  }

  /**
   * Returns the distribution center configuration service (fulfillment provider URL and api key per
   * DC).
   *
   * @return the shared service
   */
  public DistributionCenterConfigService distributionCenterConfig() {
    return distributionCenterConfig;
  }

  /**
   * Returns the event stream integration service.
   *
   * @return the shared service
   */
  public EventStreamService eventStream() {
    return eventStream;
  }

  /**
   * Returns the order injection service (store fulfillment via an external OMS).
   *
   * @return the shared service
   */
  public OrderInjectionService orders() {
    return orders;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with this client's settings, its token cache and its connection pool, to
   * derive a client that differs in a few settings (a shorter timeout, no retries). The derived
   * client does not own the shared resources: closing it leaves this client working.
   *
   * @return a builder initialised from this client
   */
  public Builder newBuilder() {
    Builder b = settings.copy();
    if (ownsHttp) {
      // The shared base client has OkHttp's timeouts, not ours: carry ours over explicitly.
      b.connectTimeout = orDefault(b.connectTimeout, Builder.DEFAULT_CONNECT_TIMEOUT);
      b.readTimeout = orDefault(b.readTimeout, Builder.DEFAULT_READ_TIMEOUT);
      b.callTimeout = orDefault(b.callTimeout, Builder.DEFAULT_CALL_TIMEOUT);
    }
    b.okHttpClient = baseHttp;
    b.tokenProvider = tokens;
    b.credentials = null;
    return b;
  }

  /**
   * Returns the sales order configuration service: external OMS, order id sequence, grace period,
   * cancellable locations, big orders and the external order webhook.
   *
   * @return the shared, thread-safe service
   */
  public SalesOrderConfigService salesOrderConfig() {
    return salesOrderConfig;
  }

  /**
   * Returns the availability (ATP) configuration service: the availability webhook, the
   * request-external-ATP flag and the other routing flags.
   *
   * @return the shared, thread-safe service
   */
  public AvailabilityConfigService availabilityConfig() {
    return availabilityConfig;
  }

  /**
   * Returns the versioned order injection configuration service.
   *
   * @return the shared, thread-safe service
   */
  public OrderInjectionConfigService orderInjectionConfig() {
    return orderInjectionConfig;
  }

  /**
   * Returns the API base URL every path is resolved against.
   *
   * @return the base URL, ending in {@code /}
   */
  public URI baseUrl() {
    return baseUrl.uri();
  }

  /**
   * Releases the connection pool and threads this client created. Does nothing to an {@link
   * OkHttpClient} passed to {@link Builder#okHttpClient(OkHttpClient)}. Every later call, and every
   * waiter poll, throws {@code IllegalStateException("NewStoreClient is closed")} at once.
   */
  @Override
  public void close() {
    transport.executor().close();
    if (ownsHttp) {
      baseHttp.dispatcher().executorService().shutdown();
      baseHttp.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "NewStoreClient[baseUrl="
        + baseUrl
        + ", auth="
        + tokens.getClass().getSimpleName()
        + "]";
  }

  private static void applyTimeouts(OkHttpClient.Builder http, Builder b) {
    if (b.connectTimeout != null || b.okHttpClient == null) {
      http.connectTimeout(orDefault(b.connectTimeout, Builder.DEFAULT_CONNECT_TIMEOUT));
    }
    if (b.readTimeout != null || b.okHttpClient == null) {
      Duration read = orDefault(b.readTimeout, Builder.DEFAULT_READ_TIMEOUT);
      http.readTimeout(read).writeTimeout(read);
    }
    if (b.callTimeout != null || b.okHttpClient == null) {
      http.callTimeout(orDefault(b.callTimeout, Builder.DEFAULT_CALL_TIMEOUT));
    }
  }

  private static Duration orDefault(@Nullable Duration value, Duration fallback) {
    return value != null ? value : fallback;
  }

  /**
   * Builds a {@link NewStoreClient}. Every setting is checked at {@link #build()}, so a client that
   * builds is usable. Not thread-safe.
   */
  public static final class Builder {
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

    private @Nullable String tenant;
    private Stage stage = Stage.PRODUCTION;
    private @Nullable String baseUrl;
    private @Nullable String tokenUrl;
    private @Nullable ClientCredentials credentials;
    private @Nullable TokenProvider tokenProvider;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private String userAgentSuffix = "";
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private ClientListener listener = ClientListener.none();
    private final Map<String, String> pathOverrides = new LinkedHashMap<>();
    private final Map<String, String> methodOverrides = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the tenant name, the first label of {@code {tenant}.{stage}.newstore.net}.
     *
     * @param tenant lower-case letters, digits and dashes
     * @return this builder
     */
    public Builder tenant(String tenant) {
      this.tenant =
          Objects.requireNonNull(
              tenant,
              "tenant is null: pass the tenant name, such as tenant(\"acme\") for"
                  + " acme.p.newstore.net (read from an environment variable? it is not set)");
      return this;
    }

    /**
     * Sets the stage; {@link Stage#PRODUCTION} by default.
     *
     * @param stage production, staging or sandbox
     * @return this builder
     */
    public Builder stage(Stage stage) {
      this.stage = Objects.requireNonNull(stage, "stage == null");
      return this;
    }

    /**
     * Sets the API base URL explicitly, instead of deriving it from tenant and stage: for a proxy,
     * the test kit's simulator, or a host NewStore gave you.
     *
     * @param baseUrl an absolute http or https URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /**
     * Sets the OAuth2 token endpoint explicitly. By default it is derived from tenant and stage; it
     * is required with {@link #credentials(String, String)} when no tenant is set.
     *
     * @param tokenUrl an absolute http or https URL
     * @return this builder
     */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl == null");
      return this;
    }

    /**
     * Authenticates with OAuth2 client credentials. Replaces any {@link TokenProvider}.
     *
     * @param clientId the API client's id
     * @param clientSecret the API client's secret; never logged
     * @return this builder
     */
    public Builder credentials(String clientId, String clientSecret) {
      this.credentials = new ClientCredentials(clientId, clientSecret);
      this.tokenProvider = null;
      return this;
    }

    /**
     * Authenticates with tokens from {@code provider}. Replaces any credentials.
     *
     * @param provider a thread-safe token source
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider provider) {
      this.tokenProvider = Objects.requireNonNull(provider, "provider == null");
      this.credentials = null;
      return this;
    }

    /**
     * Sets the time allowed to open a connection; 10 s by default.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Durations.positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the time allowed between two reads or writes of one attempt; 30 s by default.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Durations.positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the time allowed for one whole call, retries included; 60 s by default.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Durations.positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the retry policy; {@link RetryPolicy#defaults()} by default.
     *
     * @param policy the policy, or {@link RetryPolicy#none()}
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Uses {@code client}'s connection pool, dispatcher, proxy and TLS settings. The SDK derives a
     * client from it with its own interceptors added, so authentication and retries still apply;
     * the client's own timeouts are kept unless set on this builder. {@link NewStoreClient#close()}
     * leaves it untouched.
     *
     * @param client an OkHttp client you own
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /**
     * Sets the clock used for token expiry and {@code Retry-After} dates; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets how the SDK waits between retries; for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Appends text to the {@code User-Agent}, such as your integration's name and version.
     *
     * @param suffix printable ASCII text
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      Objects.requireNonNull(suffix, "suffix == null");
      if (!suffix.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
      }
      this.userAgentSuffix = suffix.trim();
      return this;
    }

    /**
     * Sets the most bytes of one answer the SDK reads, after decompression (default {@value
     * #DEFAULT_MAX_RESPONSE_BYTES}); a larger answer fails with {@link NewStoreDecodingException}
     * instead of filling the heap. NewStore's answers are a few kilobytes.
     *
     * @param bytes at least 1024
     * @return this builder
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024: " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Sets the listener told of every call and attempt, for metrics and logs (see {@link
     * ClientListener}). The default ignores them.
     *
     * @param listener a fast, thread-safe listener
     * @return this builder
     */
    public Builder listener(ClientListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Replaces the path of one endpoint. Use it when a path the SDK documents as unconfirmed is
     * wrong for your tenant; {@link ClientEndpoints} lists this module's ids and their paths.
     *
     * <pre>{@code
     * builder.pathOverride(ClientEndpoints.SALES_ORDER_GRACE_PERIOD_GET,
     *     "v0/config/sales_order/grace_period_v2");
     * }</pre>
     *
     * @param endpointId the endpoint id
     * @param pathTemplate the new path relative to the base URL; it may use the same {@code
     *     {placeholders}} as the original
     * @return this builder
     * @throws IllegalArgumentException when the template is absolute or has a query
     */
    public Builder pathOverride(EndpointId endpointId, String pathTemplate) {
      Objects.requireNonNull(endpointId, "endpointId == null");
      Objects.requireNonNull(pathTemplate, "pathTemplate == null");
      if (pathTemplate.isBlank() || pathTemplate.contains("://") || pathTemplate.contains("?")) {
        throw new IllegalArgumentException(
            "pathTemplate must be a path relative to the base URL, without a query: "
                + pathTemplate);
      }
      pathOverrides.put(
          endpointId.value(),
          pathTemplate.startsWith("/") ? pathTemplate.substring(1) : pathTemplate);
      return this;
    }

    /**
     * Replaces the path of the endpoint with id {@code endpointId}, for ids read from
     * configuration; see {@link #pathOverride(EndpointId, String)}. An id no SDK module knows fails
     * at {@link #build()}, naming the nearest known ids.
     *
     * @param endpointId the endpoint id, such as {@code sales-order.grace-period.get}
     * @param pathTemplate the new path relative to the base URL
     * @return this builder
     * @throws IllegalArgumentException when the id is malformed, or the template is absolute or has
     *     a query
     */
    public Builder pathOverride(String endpointId, String pathTemplate) {
      Objects.requireNonNull(endpointId, "endpointId == null");
      if (endpointId.isBlank()) {
        throw new IllegalArgumentException("endpointId is blank");
      }
      return pathOverride(EndpointId.of(endpointId), pathTemplate);
    }

    /**
     * Replaces the HTTP method of one endpoint, for writes whose method NewStore does not document
     * (the Associate App, payment, DC and legacy fulfillment documents are sent with {@code POST}).
     *
     * <pre>{@code
     * builder.methodOverride(ClientEndpoints.ASSOCIATE_APP_CONFIG_SET, "PUT");
     * }</pre>
     *
     * @param endpointId the endpoint id
     * @param method {@code POST}, {@code PUT} or {@code PATCH}; the request body is kept
     * @return this builder
     * @throws IllegalArgumentException for another method
     */
    public Builder methodOverride(EndpointId endpointId, String method) {
      Objects.requireNonNull(endpointId, "endpointId == null");
      Objects.requireNonNull(method, "method == null");
      String upper = method.trim().toUpperCase(java.util.Locale.ROOT);
      if (!Set.of("POST", "PUT", "PATCH").contains(upper)) {
        throw new IllegalArgumentException(
            "methodOverride supports POST, PUT and PATCH (methods with a body) but was " + method);
      }
      methodOverrides.put(endpointId.value(), upper);
      return this;
    }

    /**
     * Builds the client.
     *
     * @return an immutable, thread-safe client
     * @throws IllegalArgumentException when a setting is missing or malformed, or a path override
     *     names an unknown endpoint id; the message names it
     */
    public NewStoreClient build() {
      if (!pathOverrides.isEmpty() || !methodOverrides.isEmpty()) {
        Set<String> known = EndpointRegistry.knownIds();
        pathOverrides.keySet().forEach(id -> EndpointRegistry.checkKnown(id, known));
        methodOverrides.keySet().forEach(id -> EndpointRegistry.checkKnown(id, known));
      }
      HttpUrl api = resolveBaseUrl();
      OkHttpClient base = okHttpClient != null ? okHttpClient : new OkHttpClient();
      TokenProvider tokens = resolveTokens(base);
      return new NewStoreClient(this, api, tokens, base);
    }

    private HttpUrl resolveBaseUrl() {
      if (baseUrl != null) {
        HttpUrl url = parseUrl(baseUrl, "baseUrl");
        return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
      }
      String t = checkedTenant();
      if (t == null) {
        throw new IllegalArgumentException("Set tenant(...) and stage(...), or baseUrl(...)");
      }
      return HttpUrl.get("https://" + t + "." + stage.code() + ".newstore.net/");
    }

    private TokenProvider resolveTokens(OkHttpClient base) {
      if (tokenProvider != null) {
        return tokenProvider;
      }
      if (credentials == null) {
        throw new IllegalArgumentException(
            "Set credentials(clientId, clientSecret) or tokenProvider(...)");
      }
      HttpUrl url;
      if (tokenUrl != null) {
        url = parseUrl(tokenUrl, "tokenUrl");
      } else {
        String t = checkedTenant();
        if (t == null) {
          throw new IllegalArgumentException(
              "Set tenant(...) so the token URL can be derived, or set tokenUrl(...)");
        }
        url =
            HttpUrl.get(
                "https://id."
                    + stage.code()
                    + ".newstore.net/auth/realms/"
                    + t
                    + "/protocol/openid-connect/token");
      }
      OkHttpClient.Builder http = hardened(base);
      applyTimeouts(http, this);
      ListenerInterceptors observers = new ListenerInterceptors(listener, clock, "auth.token");
      http.addInterceptor(observers.call())
          .addInterceptor(new RetryInterceptor(retryPolicy, sleeper, clock))
          .addInterceptor(observers.attempt())
          .addInterceptor(new ResponseSizeLimit(maxResponseBytes));
      return new ClientCredentialsTokenProvider(
          http.build(), url, credentials, clock, Json.moshi());
    }

    private @Nullable String checkedTenant() {
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
      for (Stage s : Stage.values()) {
        if (s.code().equals(code)) {
          return "Stage." + s.name();
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

    private Builder copy() {
      Builder b = new Builder();
      b.tenant = tenant;
      b.stage = stage;
      b.baseUrl = baseUrl;
      b.tokenUrl = tokenUrl;
      b.credentials = credentials;
      b.tokenProvider = tokenProvider;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      b.callTimeout = callTimeout;
      b.retryPolicy = retryPolicy;
      b.okHttpClient = okHttpClient;
      b.clock = clock;
      b.sleeper = sleeper;
      b.userAgentSuffix = userAgentSuffix;
      b.maxResponseBytes = maxResponseBytes;
      b.listener = listener;
      b.pathOverrides.putAll(pathOverrides);
      b.methodOverrides.putAll(methodOverrides);
      return b;
    }
  }
}
