package com.newstore.sdk.spring;

import com.newstore.sdk.webhooks.WebhookDelivery;
import com.newstore.sdk.webhooks.WebhookListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;

/**
 * Records webhook deliveries as the Micrometer timer {@code newstore.webhooks.deliveries} (tags
 * {@code kind}, {@code status}, {@code duplicate}, {@code handler_failed}). A request no route
 * matched is tagged {@code kind=none}.
 */
public final class MicrometerWebhookListener implements WebhookListener {
  private final MeterRegistry registry;

  /**
   * Creates the listener.
   *
   * @param registry where the meters go
   */
  public MicrometerWebhookListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onDelivery(WebhookDelivery delivery) {
    Timer.builder("newstore.webhooks.deliveries")
        .description("Webhook requests NewStore sent, as answered by the SDK")
        .tag("kind", delivery.kind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("none"))
        .tag("status", Integer.toString(delivery.status()))
        .tag("duplicate", Boolean.toString(delivery.duplicate()))
        .tag("handler_failed", Boolean.toString(delivery.handlerFailed()))
        .register(registry)
        .record(delivery.duration());
  }
}
