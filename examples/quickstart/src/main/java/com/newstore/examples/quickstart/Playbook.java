package com.newstore.examples.quickstart;

import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.ConfigResource;
import com.newstore.sdk.client.config.DestinationRegion;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.config.FulfillmentConfigDocument;
import com.newstore.sdk.client.config.FulfillmentConfiguration;
import com.newstore.sdk.client.config.FulfillmentNodeRate;
import com.newstore.sdk.client.config.LocationType;
import com.newstore.sdk.client.config.OrderIdSequence;
import com.newstore.sdk.client.config.OrderIdSequenceAlreadySetException;
import com.newstore.sdk.client.config.PaymentConfigName;
import com.newstore.sdk.client.config.PaymentConfiguration;
import com.newstore.sdk.client.config.ProviderRate;
import com.newstore.sdk.client.config.RefundOption;
import com.newstore.sdk.client.config.Route;
import com.newstore.sdk.client.config.ServiceLevel;
import com.newstore.sdk.client.config.TransferRoute;
import com.newstore.sdk.client.config.TransferShippingConfiguration;
import com.newstore.sdk.client.eventstream.CallbackParameters;
import com.newstore.sdk.client.eventstream.EventStreamIntegration;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Configures a tenant for an external OMS with a DC fulfillment provider, following NewStore's
 * playbook (seed 000's prerequisites, then seed 004's DC, fulfillment and transfer configurations),
 * through the SDK's typed configuration clients: one step per prerequisite the preflight checks, in
 * the preflight's order ({@code PreflightCheck.values()}), each reading the value back and printing
 * it. A tenant configured this way passes every check of {@code PreflightCommand --profile }{@value
 * #PREFLIGHT_PROFILES}{@code --refund-to-original --dc-node }{@value #DC_NODE} (probes aside);
 * {@code QuickstartPreflightTest} runs that command.
 */
final class Playbook {
  /** The DC (fulfillment node) registered as a fulfillment provider. */
  static final String DC_NODE = "DC-QUICKSTART";

  /** The event stream integration registered. */
  static final String EVENT_STREAM_ID = "quickstart-oms";

  /**
   * The preflight profiles the playbook configures a tenant for: all of them, so that every check
   * applies (the demo takes cash &amp; carry, endless-aisle and mixed-cart orders, fulfills
   * injected orders in stores, and has a DC as fulfillment provider).
   */
  static final String PREFLIGHT_PROFILES =
      "cash-and-carry,endless-aisle,mixed-cart,store-fulfillment,dc-fulfillment-provider";

  static final OrderIdSequence ORDER_ID_SEQUENCE = new OrderIdSequence("QS-", 6, 1000, 1);
  static final Duration GRACE_PERIOD = Duration.ofMinutes(5);
  static final Set<LocationType> CANCELLABLE = Set.of(LocationType.STORE, LocationType.DC);
  static final Duration ATP_TIMEOUT = Duration.ofSeconds(10);

  /** Refunds to the original payment method: Associate App orders and external OMS orders. */
  static final List<RefundOption> REFUND_OPTIONS =
      List.of(RefundOption.ORIGINAL, RefundOption.EXTERNAL);

  /** The one service level of the fulfillment configuration, also used for transfers. */
  static final String SERVICE_LEVEL = "Priority";

  /** The store that ships transfers. */
  static final String TRANSFER_STORE = SimulatedNewStore.LOCATION;

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
    salesOrder();
    availability();
    associateAppAndPayment();
    steps.write(
        "skip soft routing on injection",
        () -> {
          client.orderInjectionConfig().update(c -> c.withSkipSoftRoutingOnInjection(true));
          return skipSoftRouting();
        },
        this::skipSoftRouting);
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
    fulfillmentAndTransfers();
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

  /** Seed 000: the external OMS, the sales order configuration and the order webhook. */
  private void salesOrder() {
    var sales = client.salesOrderConfig();
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
  }

  /** Seed 000: the ATP webhook first, then the flag that makes NewStore call it. */
  private void availability() {
    var atp = client.availabilityConfig();
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
  }

  /** Seed 000: the Associate App's external OMS UI and mixed cart, the charge API and refunds. */
  private void associateAppAndPayment() {
    steps.write(
        "configure the Associate App",
        () -> {
          // update(...) keeps the members of the document the SDK does not model.
          client.associateAppConfig().update(a -> a.withUseNewOmUi(true).withMixedCart(true));
          return associateApp();
        },
        this::associateApp);
    steps.write(
        "configure payments",
        () -> {
          List<String> refunds = REFUND_OPTIONS.stream().map(RefundOption::value).toList();
          paymentOptions().update(p -> p.withUseChargeApi(true).with("/refund_options", refunds));
          return payment();
        },
        this::payment);
  }

  /** Seed 000 and 004: the fulfillment configuration, and transfers with its service levels. */
  private void fulfillmentAndTransfers() {
    steps.write(
        "set the fulfillment configuration",
        () -> {
          // Replaces the whole document: a tenant's own configuration is kept, not overwritten.
          if (client.fulfillmentConfig().get().isPresent()) {
            return "already set, kept: " + fulfillment();
          }
          client.fulfillmentConfig().set(FulfillmentConfigDocument.of(fulfillmentConfig()));
          return fulfillment();
        },
        this::fulfillment);
    steps.write(
        "set the transfer shipping configuration",
        () -> {
          if (client.transferShippingConfig().get().isPresent()) {
            return "already set, kept: " + transfers();
          }
          client
              .transferShippingConfig()
              .set(
                  TransferShippingConfiguration.of(
                      List.of(
                          TransferRoute.of(
                              TRANSFER_STORE,
                              List.of(TransferRoute.ANY_LOCATION),
                              List.of(SERVICE_LEVEL)))));
          return transfers();
        },
        this::transfers);
  }

  /**
   * The playbook's example: one service level, in every route's {@code fulfilled_by} and in {@code
   * sl_levels_priority}, routed to the DC with a provider rate that exists.
   */
  static FulfillmentConfiguration fulfillmentConfig() {
    return new FulfillmentConfiguration(
        Map.of(
            SERVICE_LEVEL,
            new ProviderRate("", SERVICE_LEVEL, "UPS", "traditional_carrier", false, Map.of())),
        List.of(),
        List.of(
            new Route(
                new DestinationRegion(List.of("US"), List.of("*"), Map.of()),
                Map.of(
                    SERVICE_LEVEL,
                    List.of(new FulfillmentNodeRate(DC_NODE, SERVICE_LEVEL, Map.of()))),
                Map.of())),
        Map.of(
            SERVICE_LEVEL,
            ServiceLevel.builder(SERVICE_LEVEL, "USD").price(BigDecimal.ZERO).build()),
        List.of(SERVICE_LEVEL),
        Map.of());
  }

  /** Registers one of the integration's URLs: that needs its public URL and api key. */
  private void register(String title, Steps.Action write, Steps.Action read) {
    if ((publicUrl == null || webhookKey == null) && steps.allowsWrites()) {
      steps.skip(title, "set NEWSTORE_PUBLIC_URL and NEWSTORE_WEBHOOK_KEY to register it");
      return;
    }
    steps.write(title, write, read);
  }

  private ConfigResource<PaymentConfiguration> paymentOptions() {
    return client.paymentConfig().config(PaymentConfigName.PAYMENT_OPTIONS);
  }

  private String associateApp() {
    AssociateAppConfiguration a = client.associateAppConfig().get().orElseThrow().value();
    return "use_new_om_ui="
        + a.useNewOmUi().map(String::valueOf).orElse("unset")
        + ", mixed_cart="
        + a.mixedCart().map(String::valueOf).orElse("unset");
  }

  private String payment() {
    PaymentConfiguration p = paymentOptions().get().orElseThrow().value();
    return "use_charge_api="
        + p.useChargeApi().map(String::valueOf).orElse("unset")
        + ", refunds "
        + p.at("/refund_options").map(String::valueOf).orElse("unset");
  }

  private String skipSoftRouting() {
    return "skip_soft_routing_on_injection="
        + client.orderInjectionConfig().get().orElseThrow().value().skipSoftRoutingOnInjection();
  }

  private String fulfillment() {
    FulfillmentConfiguration fc =
        client.fulfillmentConfig().get().orElseThrow().value().fulfillmentConfig();
    return "service levels "
        + fc.slLevelsPriority()
        + ", "
        + fc.routes().size()
        + " route(s), rates "
        + new TreeSet<>(fc.providerRates().keySet());
  }

  private String transfers() {
    var entries = client.transferShippingConfig().get().orElseThrow().value().entries();
    return entries.stream()
        .map(t -> t.fromLocationId() + " -> " + t.toLocationIds() + " by " + t.serviceLevelIds())
        .collect(Collectors.joining("; "));
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
