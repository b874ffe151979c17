package com.newstore.examples.quickstart;

import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.config.LocationType;
import com.newstore.sdk.client.config.OrderIdSequence;
import com.newstore.sdk.client.config.OrderIdSequenceAlreadySetException;
import com.newstore.sdk.client.eventstream.CallbackParameters;
import com.newstore.sdk.client.eventstream.EventStreamIntegration;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Configures a tenant for an external OMS, following NewStore's playbook, through the SDK's typed
 * configuration clients. Each step reads the value back and prints it.
 */
final class Playbook {
  /** The DC (fulfillment node) registered as a fulfillment provider. */
  static final String DC_NODE = "DC-QUICKSTART";

  /** The event stream integration registered. */
  static final String EVENT_STREAM_ID = "quickstart-oms";

  static final OrderIdSequence ORDER_ID_SEQUENCE = new OrderIdSequence("QS-", 6, 1000, 1);
  static final Duration GRACE_PERIOD = Duration.ofMinutes(5);
  static final Set<LocationType> CANCELLABLE = Set.of(LocationType.STORE, LocationType.DC);
  static final Duration ATP_TIMEOUT = Duration.ofSeconds(10);

  private final NewStoreClient client;
  private final Steps steps;
  private final String publicUrl;
  private final String webhookKey;

  /**
   * Prepares the playbook.
   *
   * @param client the client
   * @param steps where the steps run
   * @param publicUrl the https base URL of the webhooks, or null to skip registering them
   * @param webhookKey the api key NewStore sends to the webhooks, or null to skip registering them
   */
  Playbook(NewStoreClient client, Steps steps, String publicUrl, String webhookKey) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.steps = Objects.requireNonNull(steps, "steps == null");
    this.publicUrl = publicUrl;
    this.webhookKey = webhookKey;
  }

  void run() {
    var sales = client.salesOrderConfig();
    var atp = client.availabilityConfig();
    steps.write(
        "enable the external OMS",
        () -> {
          sales.setExternalOms(new ExternalOmsSetting(true));
          return "enabled=" + sales.externalOms().value().enabled();
        },
        () -> "enabled=" + sales.externalOms().value().enabled());
    steps.write(
        "set the order ID sequence",
        () -> {
          try {
            return describe(sales.setOrderIdSequence(ORDER_ID_SEQUENCE).value());
          } catch (OrderIdSequenceAlreadySetException e) {
            // The sequence can be set once only; a second run keeps the first one.
            return "already set, kept: " + describe(sales.orderIdSequence().value());
          }
        },
        () -> describe(sales.orderIdSequence().value()));
    steps.write(
        "set the grace period",
        () -> human(sales.setGracePeriod(GRACE_PERIOD).gracePeriod()),
        () -> human(sales.gracePeriod().gracePeriod()));
    steps.write(
        "set the cancellable locations",
        () -> names(sales.setCancellableLocations(CANCELLABLE).value()),
        () -> names(sales.cancellableLocations().value()));
    register(
        "register the external order webhook",
        () -> {
          // A base URL: NewStore appends its purchase history and order details routes.
          sales.setExternalOrderWebhook(ExternalOrderWebhookConfig.of(publicUrl, webhookKey));
          return describe(sales.externalOrderWebhook().value());
        },
        () -> describe(sales.externalOrderWebhook().value()));
    register(
        "register the ATP webhook",
        () -> {
          atp.updateWebhook(
              AvailabilityWebhookConfig.of(publicUrl + "/availability", webhookKey, ATP_TIMEOUT));
          return describe(atp.webhook().value());
        },
        () -> describe(atp.webhook().value()));
    steps.write(
        "turn on external ATP",
        () -> {
          atp.setUsesExternalAtp(true);
          return "uses_external_atp=" + atp.usesExternalAtp().value();
        },
        () -> "uses_external_atp=" + atp.usesExternalAtp().value());
    register(
        "register the DC as fulfillment provider",
        () -> {
          String url = publicUrl + "/fulfillment_requests";
          client
              .distributionCenterConfig()
              .set(DC_NODE, new DistributionCenterConfiguration(url, webhookKey));
          return DC_NODE + " -> " + dcUrl();
        },
        () -> DC_NODE + " -> " + dcUrl());
    register(
        "register the event stream",
        () -> {
          var events = client.eventStream();
          try {
            events.create(
                EventStreamIntegration.permanent(
                    EVENT_STREAM_ID, new CallbackParameters(publicUrl + "/events", webhookKey)));
          } catch (ConflictException e) {
            return EVENT_STREAM_ID + " already registered, kept";
          }
          return EVENT_STREAM_ID + " -> " + callbackUrl();
        },
        () -> EVENT_STREAM_ID + " -> " + callbackUrl());
  }

  /** Registers one of the integration's URLs: that needs its public URL and api key. */
  private void register(String title, Steps.Action write, Steps.Action read) {
    if ((publicUrl == null || webhookKey == null) && steps.allowsWrites()) {
      steps.skip(title, "set NEWSTORE_PUBLIC_URL and NEWSTORE_WEBHOOK_KEY to register it");
      return;
    }
    steps.write(title, write, read);
  }

  private String dcUrl() {
    var dc = client.distributionCenterConfig().get(DC_NODE).value();
    return dc == null ? "not set" : dc.url();
  }

  private String callbackUrl() {
    return client.eventStream().get(EVENT_STREAM_ID).callbackParameters().callbackUrl();
  }

  private static String describe(OrderIdSequence s) {
    return String.format(
        "prefix %s, %d digits, from %d step %d",
        s.prefix() == null ? "none" : "'" + s.prefix() + "'", s.size(), s.start(), s.step());
  }

  private static String describe(ExternalOrderWebhookConfig c) {
    return c.url() + " (timeout " + (c.timeout() == null ? "default" : human(c.timeout())) + ")";
  }

  private static String describe(AvailabilityWebhookConfig c) {
    return c.url() + " (timeout " + human(c.timeout()) + ")";
  }

  private static String names(Set<LocationType> locations) {
    return locations.stream()
        .map(LocationType::value)
        .collect(Collectors.toCollection(TreeSet::new))
        .toString();
  }

  private static String human(Duration d) {
    if (d.toSecondsPart() == 0 && d.toMinutes() > 0) {
      return d.toMinutes() + " min";
    }
    return d.toSeconds() + " s";
  }
}
