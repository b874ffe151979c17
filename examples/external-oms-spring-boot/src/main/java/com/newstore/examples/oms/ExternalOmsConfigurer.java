package com.newstore.examples.oms;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.eventstream.CallbackParameters;
import com.newstore.sdk.client.eventstream.EventStreamIntegration;
import com.newstore.sdk.spring.NewStoreProperties;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import java.lang.System.Logger.Level;
import java.time.Duration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Applies the external-OMS configuration at startup with the typed clients: NewStore then asks this
 * app for availability, purchase history and order details, and streams order events to it. Every
 * step sets a value, so running it again changes nothing.
 */
@Component
class ExternalOmsConfigurer implements ApplicationRunner {
  static final String EVENT_STREAM_ID = "external-oms";
  private static final System.Logger LOG = System.getLogger(ExternalOmsConfigurer.class.getName());

  private final NewStoreClient client;
  private final OmsProperties oms;
  private final NewStoreProperties newstore;

  // The client is the starter's; the route prefix and the key are its newstore.webhooks.* settings.
  ExternalOmsConfigurer(NewStoreClient client, OmsProperties oms, NewStoreProperties newstore) {
    this.client = client;
    this.oms = oms;
    this.newstore = newstore;
  }

  // One source for both sides: what NewStore is told to wait is the ATP handler's deadline.
  private Duration atpTimeout() {
    Duration timeout = newstore.getWebhooks().getAvailabilityTimeout();
    return timeout != null ? timeout : NewStoreWebhooks.DEFAULT_AVAILABILITY_TIMEOUT;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!oms.applyConfiguration()) {
      return;
    }
    String base = oms.publicUrl().toString() + newstore.getWebhooks().getRoutePrefix();
    String key = newstore.getWebhooks().getApiKey();

    client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true));
    // Purchase history and order details: a base URL, NewStore appends its routes.
    client.salesOrderConfig().externalOrderWebhook().set(ExternalOrderWebhookConfig.of(base, key));
    client
        .availabilityConfig()
        .webhook()
        .set(AvailabilityWebhookConfig.of(base + "/availability", key, atpTimeout()));
    client.availabilityConfig().usesExternalAtp().set(true);

    EventStreamIntegration stream =
        EventStreamIntegration.permanent(
            EVENT_STREAM_ID, new CallbackParameters(base + "/events", key));
    boolean exists =
        client.eventStream().list().stream().anyMatch(s -> s.id().equals(EVENT_STREAM_ID));
    if (exists) {
      // NewStore documents no update: replace the integration. Creating it starts it.
      client.eventStream().delete(EVENT_STREAM_ID);
    }
    client.eventStream().create(stream);
    LOG.log(Level.INFO, "External OMS configuration applied; webhooks under {0}", base);
  }
}
