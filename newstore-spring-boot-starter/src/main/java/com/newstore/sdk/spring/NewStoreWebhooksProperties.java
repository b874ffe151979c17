package com.newstore.sdk.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@code newstore.webhooks.*} settings. */
public class NewStoreWebhooksProperties {
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
   * The ATP webhook timeout registered in NewStore (AvailabilityWebhookConfig, 5 to 60 s): the ATP
   * handler's deadline. The SDK's default (5 s) when not set.
   */
  private @Nullable Duration availabilityTimeout;

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
   * Returns the ATP handler's deadline.
   *
   * @return the timeout registered in NewStore, or null for the SDK's default
   */
  public @Nullable Duration getAvailabilityTimeout() {
    return availabilityTimeout;
  }

  /**
   * Sets the ATP handler's deadline: the timeout registered with AvailabilityWebhookConfig.
   *
   * @param availabilityTimeout 5 to 60 seconds
   */
  public void setAvailabilityTimeout(@Nullable Duration availabilityTimeout) {
    this.availabilityTimeout = availabilityTimeout;
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
