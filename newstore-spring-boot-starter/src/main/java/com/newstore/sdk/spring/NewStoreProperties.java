package com.newstore.sdk.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code newstore.*} settings the starter reads. Set either {@code newstore.tenant} (with
 * {@code newstore.stage}) or {@code newstore.base-url} (with {@code newstore.token-url}), and the
 * OAuth2 client credentials:
 *
 * <pre>
 * newstore.tenant=acme
 * newstore.stage=staging
 * newstore.client-id=${NEWSTORE_CLIENT_ID}
 * newstore.client-secret=${NEWSTORE_CLIENT_SECRET}
 * newstore.webhooks.api-key=${NEWSTORE_WEBHOOK_API_KEY}
 * </pre>
 *
 * <p>{@link #toString()} never shows a secret.
 */
@ConfigurationProperties("newstore")
public class NewStoreProperties {
  /** The tenant name, as in https://{tenant}.{stage}.newstore.net. */
  private @Nullable String tenant;

  /** The stage: production, staging or sandbox (or p, x, t). */
  private String stage = "production";

  /** An explicit API base URL instead of tenant and stage, such as a simulator's. */
  private @Nullable String baseUrl;

  /** The OAuth2 token endpoint; derived from tenant and stage when not set. */
  private @Nullable String tokenUrl;

  /** The OAuth2 client id of the integration. */
  private @Nullable String clientId;

  /** The OAuth2 client secret of the integration. Never logged. */
  private @Nullable String clientSecret;

  /** How long to wait for a TCP connection; the SDK's default when not set. */
  private @Nullable Duration connectTimeout;

  /** How long to wait for bytes of an answer; the SDK's default when not set. */
  private @Nullable Duration readTimeout;

  /** The whole call's budget, retries included; the SDK's default when not set. */
  private @Nullable Duration callTimeout;

  /** Endpoint id to path template, for paths the SDK marks unconfirmed. */
  private Map<String, String> pathOverrides = new LinkedHashMap<>();

  private final Retry retry = new Retry();
  private final Webhooks webhooks = new Webhooks();
  private final Health health = new Health();
  private final Jdbc jdbc = new Jdbc();
  private final Outbox outbox = new Outbox();

  /**
   * Returns the tenant.
   *
   * @return the tenant, or null
   */
  public @Nullable String getTenant() {
    return tenant;
  }

  /**
   * Sets the tenant.
   *
   * @param tenant the tenant name
   */
  public void setTenant(@Nullable String tenant) {
    this.tenant = tenant;
  }

  /**
   * Returns the stage setting.
   *
   * @return production, staging, sandbox, p, x or t
   */
  public String getStage() {
    return stage;
  }

  /**
   * Sets the stage.
   *
   * @param stage production, staging, sandbox, p, x or t
   */
  public void setStage(String stage) {
    this.stage = stage;
  }

  /**
   * Returns the explicit base URL.
   *
   * @return the URL, or null
   */
  public @Nullable String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the explicit base URL.
   *
   * @param baseUrl an absolute http(s) URL
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Returns the token URL.
   *
   * @return the URL, or null
   */
  public @Nullable String getTokenUrl() {
    return tokenUrl;
  }

  /**
   * Sets the token URL.
   *
   * @param tokenUrl an absolute http(s) URL
   */
  public void setTokenUrl(@Nullable String tokenUrl) {
    this.tokenUrl = tokenUrl;
  }

  /**
   * Returns the client id.
   *
   * @return the id, or null
   */
  public @Nullable String getClientId() {
    return clientId;
  }

  /**
   * Sets the client id.
   *
   * @param clientId the OAuth2 client id
   */
  public void setClientId(@Nullable String clientId) {
    this.clientId = clientId;
  }

  /**
   * Returns the client secret.
   *
   * @return the secret, or null
   */
  public @Nullable String getClientSecret() {
    return clientSecret;
  }

  /**
   * Sets the client secret.
   *
   * @param clientSecret the OAuth2 client secret
   */
  public void setClientSecret(@Nullable String clientSecret) {
    this.clientSecret = clientSecret;
  }

  /**
   * Returns the connect timeout.
   *
   * @return the timeout, or null for the SDK's default
   */
  public @Nullable Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout a positive duration
   */
  public void setConnectTimeout(@Nullable Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * Returns the read timeout.
   *
   * @return the timeout, or null for the SDK's default
   */
  public @Nullable Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets the read timeout.
   *
   * @param readTimeout a positive duration
   */
  public void setReadTimeout(@Nullable Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * Returns the call timeout.
   *
   * @return the timeout, or null for the SDK's default
   */
  public @Nullable Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets the call timeout.
   *
   * @param callTimeout a positive duration
   */
  public void setCallTimeout(@Nullable Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /**
   * Returns the path overrides.
   *
   * @return endpoint id to path template
   */
  public Map<String, String> getPathOverrides() {
    return pathOverrides;
  }

  /**
   * Sets the path overrides.
   *
   * @param pathOverrides endpoint id to path template
   */
  public void setPathOverrides(Map<String, String> pathOverrides) {
    this.pathOverrides = pathOverrides;
  }

  /**
   * Returns the retry settings.
   *
   * @return the {@code newstore.retry.*} group
   */
  public Retry getRetry() {
    return retry;
  }

  /**
   * Returns the webhook settings.
   *
   * @return the {@code newstore.webhooks.*} group
   */
  public Webhooks getWebhooks() {
    return webhooks;
  }

  /**
   * Returns the health indicator settings.
   *
   * @return the {@code newstore.health.*} group
   */
  public Health getHealth() {
    return health;
  }

  /**
   * Returns the database settings shared by the JDBC modules.
   *
   * @return the {@code newstore.jdbc.*} group
   */
  public Jdbc getJdbc() {
    return jdbc;
  }

  /**
   * Returns the fulfillment outbox settings.
   *
   * @return the {@code newstore.outbox.*} group
   */
  public Outbox getOutbox() {
    return outbox;
  }

  @Override
  public String toString() {
    return "NewStoreProperties{tenant="
        + tenant
        + ", stage="
        + stage
        + ", baseUrl="
        + baseUrl
        + ", clientId="
        + (clientId == null ? null : "<set>")
        + ", clientSecret=<redacted>, webhooks.apiKey=<redacted>}";
  }

  /** The {@code newstore.retry.*} settings; unset values keep the SDK's defaults. */
  public static class Retry {
    /** How many attempts a call may make in all, the first one included. */
    private @Nullable Integer maxAttempts;

    /** The longest a call may spend retrying. */
    private @Nullable Duration maxTotalTime;

    /**
     * Returns the attempt limit.
     *
     * @return the limit, or null for the SDK's default
     */
    public @Nullable Integer getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the attempt limit.
     *
     * @param maxAttempts at least 1
     */
    public void setMaxAttempts(@Nullable Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * Returns the total retry budget.
     *
     * @return the budget, or null for the SDK's default
     */
    public @Nullable Duration getMaxTotalTime() {
      return maxTotalTime;
    }

    /**
     * Sets the total retry budget.
     *
     * @param maxTotalTime a positive duration
     */
    public void setMaxTotalTime(@Nullable Duration maxTotalTime) {
      this.maxTotalTime = maxTotalTime;
    }
  }

  /** The {@code newstore.webhooks.*} settings. */
  public static class Webhooks {
    /** Whether to serve NewStore's webhooks from the application's web server. */
    private boolean enabled = true;

    /** The path under which every webhook route is served. */
    private String routePrefix = "/newstore";

    /** The api key NewStore sends with every webhook call (one key for every kind). */
    private @Nullable String apiKey;

    /**
     * A key per webhook kind, overriding api-key: availability, purchase-history, order-details,
     * fulfillment-request, event.
     */
    private Map<String, String> apiKeys = new LinkedHashMap<>();

    /** The largest request body accepted; the SDK's default when not set. */
    private @Nullable Integer maxBodyBytes;

    /** Whether to drop the events the external OMS playbook says to ignore. */
    private boolean ignoreRecommendedEvents;

    /**
     * Where handled fulfillment requests and events are remembered: jdbc (a table, shared by every
     * instance), memory (this JVM only) or auto (jdbc when newstore-webhooks-jdbc is on the class
     * path and the application has a DataSource bean, memory otherwise).
     */
    private DeduplicationMode deduplication = DeduplicationMode.AUTO;

    /** The deduplication table, optionally schema-qualified. */
    private String deduplicationTable = "newstore_webhook_claims";

    /**
     * How long a handled delivery is remembered; keep it longer than NewStore may deliver the same
     * one again.
     */
    private Duration deduplicationRetention = Duration.ofDays(7);

    /** How often expired claims are deleted from the deduplication table. */
    private Duration deduplicationCleanupInterval = Duration.ofHours(1);

    /**
     * Returns whether webhooks are served.
     *
     * @return true by default
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether webhooks are served.
     *
     * @param enabled false to serve none
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the route prefix.
     *
     * @return a path starting with {@code /}
     */
    public String getRoutePrefix() {
      return routePrefix;
    }

    /**
     * Sets the route prefix.
     *
     * @param routePrefix a path starting with {@code /}
     */
    public void setRoutePrefix(String routePrefix) {
      this.routePrefix = routePrefix;
    }

    /**
     * Returns the shared api key.
     *
     * @return the key, or null
     */
    public @Nullable String getApiKey() {
      return apiKey;
    }

    /**
     * Sets the shared api key.
     *
     * @param apiKey the key NewStore sends
     */
    public void setApiKey(@Nullable String apiKey) {
      this.apiKey = apiKey;
    }

    /**
     * Returns the keys per webhook kind.
     *
     * @return kind (kebab-case) to key
     */
    public Map<String, String> getApiKeys() {
      return apiKeys;
    }

    /**
     * Sets the keys per webhook kind.
     *
     * @param apiKeys kind (kebab-case) to key
     */
    public void setApiKeys(Map<String, String> apiKeys) {
      this.apiKeys = apiKeys;
    }

    /**
     * Returns the body size limit.
     *
     * @return bytes, or null for the SDK's default
     */
    public @Nullable Integer getMaxBodyBytes() {
      return maxBodyBytes;
    }

    /**
     * Sets the body size limit.
     *
     * @param maxBodyBytes bytes
     */
    public void setMaxBodyBytes(@Nullable Integer maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Returns whether the playbook's ignored events are dropped.
     *
     * @return false by default
     */
    public boolean isIgnoreRecommendedEvents() {
      return ignoreRecommendedEvents;
    }

    /**
     * Sets whether the playbook's ignored events are dropped.
     *
     * @param ignoreRecommendedEvents true to drop them
     */
    public void setIgnoreRecommendedEvents(boolean ignoreRecommendedEvents) {
      this.ignoreRecommendedEvents = ignoreRecommendedEvents;
    }

    /**
     * Returns where handled deliveries are remembered.
     *
     * @return {@link DeduplicationMode#AUTO} by default
     */
    public DeduplicationMode getDeduplication() {
      return deduplication;
    }

    /**
     * Sets where handled deliveries are remembered.
     *
     * @param deduplication auto, jdbc or memory
     */
    public void setDeduplication(DeduplicationMode deduplication) {
      this.deduplication = deduplication;
    }

    /**
     * Returns the deduplication table name.
     *
     * @return {@code newstore_webhook_claims} by default
     */
    public String getDeduplicationTable() {
      return deduplicationTable;
    }

    /**
     * Sets the deduplication table name.
     *
     * @param deduplicationTable a plain SQL identifier, optionally {@code schema.table}
     */
    public void setDeduplicationTable(String deduplicationTable) {
      this.deduplicationTable = deduplicationTable;
    }

    /**
     * Returns how long a handled delivery is remembered.
     *
     * @return 7 days by default
     */
    public Duration getDeduplicationRetention() {
      return deduplicationRetention;
    }

    /**
     * Sets how long a handled delivery is remembered.
     *
     * @param deduplicationRetention a positive duration
     */
    public void setDeduplicationRetention(Duration deduplicationRetention) {
      this.deduplicationRetention = deduplicationRetention;
    }

    /**
     * Returns how often expired claims are deleted.
     *
     * @return 1 hour by default
     */
    public Duration getDeduplicationCleanupInterval() {
      return deduplicationCleanupInterval;
    }

    /**
     * Sets how often expired claims are deleted.
     *
     * @param deduplicationCleanupInterval a positive interval
     */
    public void setDeduplicationCleanupInterval(Duration deduplicationCleanupInterval) {
      this.deduplicationCleanupInterval = deduplicationCleanupInterval;
    }
  }

  /** The {@code newstore.health.*} settings of the Actuator health indicator. */
  public static class Health {
    /** Whether to contribute a "newstore" health indicator when Actuator is present. */
    private boolean enabled = true;

    /** How long one check's result is reused, so health probes do not call NewStore each time. */
    private Duration cacheTtl = Duration.ofSeconds(60);

    /**
     * Returns whether the indicator is contributed.
     *
     * @return true by default
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the indicator is contributed.
     *
     * @param enabled false to leave it out
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns how long a result is reused.
     *
     * @return the cache lifetime
     */
    public Duration getCacheTtl() {
      return cacheTtl;
    }

    /**
     * Sets how long a result is reused.
     *
     * @param cacheTtl zero or positive
     */
    public void setCacheTtl(Duration cacheTtl) {
      this.cacheTtl = cacheTtl;
    }
  }

  /** The {@code newstore.jdbc.*} settings, shared by the deduplication table and the outbox. */
  public static class Jdbc {
    /**
     * Whether to create the starter's tables at start-up (CREATE ... IF NOT EXISTS). Off by
     * default: run the SQL shipped in the jars as a Flyway or Liquibase migration instead.
     */
    private boolean initializeSchema;

    /**
     * Returns whether the tables are created at start-up.
     *
     * @return false by default
     */
    public boolean isInitializeSchema() {
      return initializeSchema;
    }

    /**
     * Sets whether the tables are created at start-up.
     *
     * @param initializeSchema true to create them if they do not exist
     */
    public void setInitializeSchema(boolean initializeSchema) {
      this.initializeSchema = initializeSchema;
    }
  }

  /**
   * The {@code newstore.outbox.*} settings of the fulfillment outbox and its worker, used when
   * newstore-fulfillment-outbox is on the class path and the application has a DataSource bean.
   */
  public static class Outbox {
    /** Whether to create the fulfillment outbox and start its worker. */
    private boolean enabled = true;

    /** The outbox table, optionally schema-qualified. */
    private String table = "newstore_fulfillment_outbox";

    /** How many entries the worker delivers at once (1 to 64). */
    private int threads = 2;

    /** How often the worker polls the table for due entries. */
    private Duration pollInterval = Duration.ofSeconds(1);

    /**
     * How long a leased entry is reserved for one worker; keep it longer than one delivery (the
     * client's call timeout plus a status read).
     */
    private Duration lease = Duration.ofMinutes(2);

    /**
     * How long after it was sent an entry may stay unconfirmed before it fails (how fast NewStore
     * applies a change is unconfirmed).
     */
    private Duration confirmTimeout = Duration.ofMinutes(10);

    /** How long shutdown waits for deliveries under way before it interrupts them. */
    private Duration shutdownTimeout = Duration.ofSeconds(30);

    /**
     * Returns whether the outbox is created.
     *
     * @return true by default
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the outbox is created.
     *
     * @param enabled false to leave it out
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the outbox table name.
     *
     * @return {@code newstore_fulfillment_outbox} by default
     */
    public String getTable() {
      return table;
    }

    /**
     * Sets the outbox table name.
     *
     * @param table a plain SQL identifier, optionally {@code schema.table}
     */
    public void setTable(String table) {
      this.table = table;
    }

    /**
     * Returns the delivery thread count.
     *
     * @return 2 by default
     */
    public int getThreads() {
      return threads;
    }

    /**
     * Sets the delivery thread count.
     *
     * @param threads 1 to 64
     */
    public void setThreads(int threads) {
      this.threads = threads;
    }

    /**
     * Returns the poll interval.
     *
     * @return 1 second by default
     */
    public Duration getPollInterval() {
      return pollInterval;
    }

    /**
     * Sets the poll interval.
     *
     * @param pollInterval a positive duration
     */
    public void setPollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
    }

    /**
     * Returns the lease.
     *
     * @return 2 minutes by default
     */
    public Duration getLease() {
      return lease;
    }

    /**
     * Sets the lease.
     *
     * @param lease a positive duration
     */
    public void setLease(Duration lease) {
      this.lease = lease;
    }

    /**
     * Returns the confirm timeout.
     *
     * @return 10 minutes by default
     */
    public Duration getConfirmTimeout() {
      return confirmTimeout;
    }

    /**
     * Sets the confirm timeout.
     *
     * @param confirmTimeout a positive duration
     */
    public void setConfirmTimeout(Duration confirmTimeout) {
      this.confirmTimeout = confirmTimeout;
    }

    /**
     * Returns the shutdown timeout.
     *
     * @return 30 seconds by default
     */
    public Duration getShutdownTimeout() {
      return shutdownTimeout;
    }

    /**
     * Sets the shutdown timeout.
     *
     * @param shutdownTimeout zero or positive
     */
    public void setShutdownTimeout(Duration shutdownTimeout) {
      this.shutdownTimeout = shutdownTimeout;
    }
  }
}
