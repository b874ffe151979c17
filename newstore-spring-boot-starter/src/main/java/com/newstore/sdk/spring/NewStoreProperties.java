package com.newstore.sdk.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

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

  @NestedConfigurationProperty
  private final NewStoreRetryProperties retry = new NewStoreRetryProperties();

  @NestedConfigurationProperty
  private final NewStoreWebhooksProperties webhooks = new NewStoreWebhooksProperties();

  @NestedConfigurationProperty
  private final NewStoreHealthProperties health = new NewStoreHealthProperties();

  @NestedConfigurationProperty
  private final NewStoreJdbcProperties jdbc = new NewStoreJdbcProperties();

  @NestedConfigurationProperty
  private final NewStoreOutboxProperties outbox = new NewStoreOutboxProperties();

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
  public NewStoreRetryProperties getRetry() {
    return retry;
  }

  /**
   * Returns the webhook settings.
   *
   * @return the {@code newstore.webhooks.*} group
   */
  public NewStoreWebhooksProperties getWebhooks() {
    return webhooks;
  }

  /**
   * Returns the health indicator settings.
   *
   * @return the {@code newstore.health.*} group
   */
  public NewStoreHealthProperties getHealth() {
    return health;
  }

  /**
   * Returns the database settings shared by the JDBC modules.
   *
   * @return the {@code newstore.jdbc.*} group
   */
  public NewStoreJdbcProperties getJdbc() {
    return jdbc;
  }

  /**
   * Returns the fulfillment outbox settings.
   *
   * @return the {@code newstore.outbox.*} group
   */
  public NewStoreOutboxProperties getOutbox() {
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
}
