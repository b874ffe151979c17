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
import com.newstore.sdk.client.internal.ClientAssembly;
import com.newstore.sdk.client.internal.ClientRuntime;
import com.newstore.sdk.client.internal.ClientSettings;
import com.newstore.sdk.client.internal.Durations;
import com.newstore.sdk.client.internal.Transport;
import com.newstore.sdk.client.orders.OrderInjectionService;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

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
    Transport.installAccessor(client -> client.runtime.transport());
  }

  private final ClientRuntime runtime;

  /** The most bytes of one answer the SDK reads unless told otherwise: 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  private NewStoreClient(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Returns the Associate App configuration service (the whole Associate App document).
   *
   * @return the shared service
   */
  public AssociateAppConfigService associateAppConfig() {
    return runtime.services().associateAppConfig();
  }

  /**
   * Returns the payment configuration service (the {@code /v1/p/config/{name}} documents).
   *
   * @return the shared service
   */
  public PaymentConfigService paymentConfig() {
    return runtime.services().paymentConfig();
  }

  /**
   * Returns the legacy fulfillment configuration service.
   *
   * @return the shared service
   */
  public FulfillmentConfigService fulfillmentConfig() {
    return runtime.services().fulfillmentConfig();
  }

  /**
   * Returns the transfer shipping configuration service.
   *
   * @return the shared service
   */
  public TransferShippingConfigService transferShippingConfig() {
    return runtime.services().transferShippingConfig();
  }

  /**
   * Returns the distribution center configuration service (fulfillment provider URL and api key per
   * DC).
   *
   * @return the shared service
   */
  public DistributionCenterConfigService distributionCenterConfig() {
    return runtime.services().distributionCenterConfig();
  }

  /**
   * Returns the event stream integration service.
   *
   * @return the shared service
   */
  public EventStreamService eventStream() {
    return runtime.services().eventStream();
  }

  /**
   * Returns the order injection service (store fulfillment via an external OMS).
   *
   * @return the shared service
   */
  public OrderInjectionService orders() {
    return runtime.services().orders();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder(new ClientSettings());
  }

  /**
   * Returns a builder with this client's settings, its token cache and its connection pool, to
   * derive a client that differs in a few settings (a shorter timeout, no retries). The derived
   * client does not own the shared resources: closing it leaves this client working.
   *
   * @return a builder initialised from this client
   */
  public Builder newBuilder() {
    return new Builder(runtime.derivedSettings());
  }

  /**
   * Returns the sales order configuration service: external OMS, order id sequence, grace period,
   * cancellable locations, big orders and the external order webhook.
   *
   * @return the shared, thread-safe service
   */
  public SalesOrderConfigService salesOrderConfig() {
    return runtime.services().salesOrderConfig();
  }

  /**
   * Returns the availability (ATP) configuration service: the availability webhook, the
   * request-external-ATP flag and the other routing flags.
   *
   * @return the shared, thread-safe service
   */
  public AvailabilityConfigService availabilityConfig() {
    return runtime.services().availabilityConfig();
  }

  /**
   * Returns the versioned order injection configuration service.
   *
   * @return the shared, thread-safe service
   */
  public OrderInjectionConfigService orderInjectionConfig() {
    return runtime.services().orderInjectionConfig();
  }

  /**
   * Returns the API base URL every path is resolved against.
   *
   * @return the base URL, ending in {@code /}
   */
  public URI baseUrl() {
    return runtime.baseUrl().uri();
  }

  /**
   * Releases the connection pool and threads this client created. Does nothing to an {@link
   * OkHttpClient} passed to {@link Builder#okHttpClient(OkHttpClient)}. Every later call, and every
   * waiter poll, throws {@code IllegalStateException("NewStoreClient is closed")} at once.
   */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "NewStoreClient[baseUrl="
        + runtime.baseUrl()
        + ", auth="
        + runtime.tokens().getClass().getSimpleName()
        + "]";
  }

  /**
   * Builds a {@link NewStoreClient}. Every setting is checked at {@link #build()}, so a client that
   * builds is usable. Not thread-safe.
   */
  public static final class Builder {
    private final ClientSettings s;

    private Builder(ClientSettings settings) {
      this.s = settings;
    }

    /**
     * Sets the tenant name, the first label of {@code {tenant}.{stage}.newstore.net}.
     *
     * @param tenant lower-case letters, digits and dashes
     * @return this builder
     */
    public Builder tenant(String tenant) {
      s.tenant =
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
      s.stage = Objects.requireNonNull(stage, "stage == null");
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
      s.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
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
      s.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl == null");
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
      s.credentials = new ClientCredentials(clientId, clientSecret);
      s.tokenProvider = null;
      return this;
    }

    /**
     * Authenticates with tokens from {@code provider}. Replaces any credentials.
     *
     * @param provider a thread-safe token source
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider provider) {
      s.tokenProvider = Objects.requireNonNull(provider, "provider == null");
      s.credentials = null;
      return this;
    }

    /**
     * Sets the time allowed to open a connection; 10 s by default.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      s.connectTimeout = Durations.positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the time allowed between two reads or writes of one attempt; 30 s by default.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      s.readTimeout = Durations.positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the time allowed for one whole call, retries included; 60 s by default.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      s.callTimeout = Durations.positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the retry policy; {@link RetryPolicy#defaults()} by default.
     *
     * @param policy the policy, or {@link RetryPolicy#none()}
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      s.retryPolicy = Objects.requireNonNull(policy, "policy == null");
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
      s.okHttpClient = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /**
     * Sets the clock used for token expiry and {@code Retry-After} dates; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      s.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets how the SDK waits between retries; for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      s.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Appends text to the {@code User-Agent}, such as your integration's name and version.
     *
     * @param suffix printable ASCII text
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      s.userAgentSuffix = ClientAssembly.userAgentSuffix(suffix);
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
      s.maxResponseBytes = ClientAssembly.maxResponseBytes(bytes);
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
      s.listener = Objects.requireNonNull(listener, "listener == null");
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
      s.pathOverrides.put(endpointId.value(), ClientAssembly.pathTemplate(pathTemplate));
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
      s.methodOverrides.put(endpointId.value(), ClientAssembly.overrideMethod(method));
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
      return new NewStoreClient(ClientRuntime.start(s));
    }
  }
}
