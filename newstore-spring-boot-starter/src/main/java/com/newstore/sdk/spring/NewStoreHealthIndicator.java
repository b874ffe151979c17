package com.newstore.sdk.spring;

import com.newstore.sdk.client.AuthenticationException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.client.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports whether NewStore can be reached with the configured credentials: a token is obtained and
 * one cheap configuration read succeeds (a "not configured yet" answer counts as reachable). The
 * result is reused for {@code newstore.health.cache-ttl}, so probes do not load the tenant's rate
 * limit. DOWN carries the reason and what to check, never a secret.
 */
public final class NewStoreHealthIndicator implements HealthIndicator {
  private final NewStoreClient client;
  private final Duration ttl;
  private final Clock clock;
  private @Nullable Health cached;
  private Instant cachedAt = Instant.MIN;

  /**
   * Creates the indicator.
   *
   * @param client the client to check
   * @param ttl how long one result is reused
   * @param clock the clock for the cache
   */
  public NewStoreHealthIndicator(NewStoreClient client, Duration ttl, Clock clock) {
    this.client = client;
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    if (cached == null || !now.isBefore(cachedAt.plus(ttl))) {
      cached = check();
      cachedAt = now;
    }
    return cached;
  }

  private Health check() {
    String host = client.baseUrl().getHost();
    try {
      probe();
      return Health.up().withDetail("host", host).build();
    } catch (NotFoundException notConfigured) {
      return Health.up().withDetail("host", host).build();
    } catch (AuthenticationException e) {
      return Health.down()
          .withDetail("host", host)
          .withDetail(
              "reason",
              "NewStore refused the credentials: check newstore.client-id and"
                  + " newstore.client-secret")
          .build();
    } catch (NewStoreException e) {
      return Health.down()
          .withDetail("host", host)
          .withDetail("reason", e.getClass().getSimpleName() + ": " + e.getMessage())
          .build();
    }
  }

  /** The cheap read: one GET of a small configuration document. */
  private void probe() {
    client.salesOrderConfig().externalOms().get();
  }
}
