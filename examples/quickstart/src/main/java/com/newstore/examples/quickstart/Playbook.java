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
          sales.externalOms().set(new ExternalOmsSetting(true));
          return "enabled=" + sales.externalOms().get().orElseThrow().value().enabled();
        },
        () -> "enabled=" + sales.externalOms().get().orElseThrow().value().enabled());
    steps.write(
        "set the order ID sequence",
        () -> {
          try {
            sales.orderIdSequence().set(ORDER_ID_SEQUENCE);
            return describe(ORDER_ID_SEQUENCE);
          } catch (OrderIdSequenceAlreadySetException e) {
            // The sequence can be set once only; a second run keeps the first one.
            return "already set, kept: "
                + describe(sales.orderIdSequence().get().orElseThrow().value());
          }
        },
        () -> describe(sales.orderIdSequence().get().orElseThrow().value()));
    steps.write(
        "set the grace period",
        () -> {
          sales.gracePeriod().set(GRACE_PERIOD);
          return human(sales.gracePeriod().get().orElseThrow().value());
        },
        () -> human(sales.gracePeriod().get().orElseThrow().value()));
    steps.write(
        "set the cancellable locations",
        () -> {
          sales.cancellableLocations().set(CANCELLABLE);
          return names(sales.cancellableLocations().get().orElseThrow().value());
        },
        () -> names(sales.cancellableLocations().get().orElseThrow().value()));
    register(
        "register the external order webhook",
        () -> {
          // A base URL: NewStore appends its purchase history and order details routes.
          sales.externalOrderWebhook().set(ExternalOrderWebhookConfig.of(publicUrl, webhookKey));
          return describe(sales.externalOrderWebhook().get().orElseThrow().value());
        },
        () -> describe(sales.externalOrderWebhook().get().orElseThrow().value()));
    register(
        "register the ATP webhook",
        () -> {
          atp.webhook()
              .set(
                  AvailabilityWebhookConfig.of(
                      publicUrl + "/availability", webhookKey, ATP_TIMEOUT));
          return describe(atp.webhook().get().orElseThrow().value());
        },
        () -> describe(atp.webhook().get().orElseThrow().value()));
    steps.write(
        "turn on external ATP",
        () -> {
          atp.usesExternalAtp().set(true);
          return "uses_external_atp=" + atp.usesExternalAtp().get().orElseThrow().value();
        },
        () -> "uses_external_atp=" + atp.usesExternalAtp().get().orElseThrow().value());
    register(
        "register the DC as fulfillment provider",
        () -> {
          String url = publicUrl + "/fulfillment_requests";
          client
              .distributionCenterConfig()
              .node(DC_NODE)
              .set(new DistributionCenterConfiguration(url, webhookKey));
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
    var dc = client.distributionCenterConfig().node(DC_NODE).get().orElseThrow().value();
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
