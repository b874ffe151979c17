package com.newstore.examples.quickstart;

import static com.newstore.examples.quickstart.DemoIntegration.IN_STOCK;
import static com.newstore.examples.quickstart.DemoIntegration.OUT_OF_STOCK;

import com.newstore.examples.quickstart.Transcript.Outcome;
import com.newstore.sdk.client.AuthenticationException;
import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreNetworkException;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.config.LocationType;
import com.newstore.sdk.client.config.OrderIdSequence;
import com.newstore.sdk.client.config.OrderIdSequenceAlreadySetException;
import com.newstore.sdk.client.eventstream.CallbackParameters;
import com.newstore.sdk.client.eventstream.EventStreamIntegration;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.FulfillmentWorkflow;
import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import com.newstore.sdk.fulfillment.StatusEntry;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.fulfillment.WaiterResult;
import com.newstore.sdk.testkit.NewStoreSimulator;
import com.newstore.sdk.testkit.WebhookResult;
import com.newstore.sdk.testkit.WebhookTarget;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.JdkHttpServerAdapter;
import com.newstore.sdk.webhooks.StreamEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the quickstart once: the external OMS playbook with the configuration clients, then (on the
 * simulator) NewStore calling the demo's webhooks, then the fulfillment provider flow. Every step
 * prints one line; a failing step marks the run failed and the next steps still run when they can.
 */
final class QuickstartRun {
  /** The DC (fulfillment node) the demo registers as a fulfillment provider. */
  static final String DC_NODE = "DC-QUICKSTART";

  /** The event stream integration the demo registers. */
  static final String EVENT_STREAM_ID = "quickstart-oms";

  /** The fulfillment request the simulator creates and sends to the demo. */
  static final String FULFILLMENT_REQUEST_ID = "fr-quickstart-1";

  /** The store NewStore asks ATP for. */
  static final String LOCATION = "store-1";

  static final OrderIdSequence ORDER_ID_SEQUENCE = new OrderIdSequence("QS-", 6, 1000, 1);
  static final Duration GRACE_PERIOD = Duration.ofMinutes(5);
  static final Set<LocationType> CANCELLABLE = Set.of(LocationType.STORE, LocationType.DC);
  static final Duration ATP_TIMEOUT = Duration.ofSeconds(10);

  // Paths of the simulator's configuration state, read back to find where NewStore would call.
  private static final String ATP_CONFIG = "v0/config/availability/webhook";
  private static final String ORDER_WEBHOOK_CONFIG = "v0/config/sales_order/external_order_webhook";
  private static final String DC_CONFIG = "v0/config/distribution_centers/" + DC_NODE;

  /** The simulator settles fast: short polls keep the whole demo within a few seconds. */
  private static final WaiterOptions SIMULATOR_WAIT =
      WaiterOptions.builder()
          .maxAttempts(20)
          .maxTotalTime(Duration.ofSeconds(20))
          .initialInterval(Duration.ofMillis(50))
          .maxInterval(Duration.ofMillis(400))
          .build();

  @FunctionalInterface
  interface Action {
    String run() throws Exception;
  }

  private final Settings settings;
  private final NewStoreClient client;
  private final NewStoreSimulator sim;
  private final Transcript t;
  private final String publicUrl;
  private final String webhookKey;
  private final DemoIntegration integration = new DemoIntegration();
  private boolean failed;
  private boolean unreachable;
  private String fulfillmentRequestId;
  private final List<String> shipped = new ArrayList<>();
  private final List<String> rejected = new ArrayList<>();

  /**
   * Prepares a run.
   *
   * @param settings what to run against
   * @param client the client for the tenant or the simulator
   * @param sim the simulator, or null on a tenant
   * @param transcript where to print
   */
  QuickstartRun(
      Settings settings, NewStoreClient client, NewStoreSimulator sim, Transcript transcript) {
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.client = Objects.requireNonNull(client, "client == null");
    this.sim = sim;
    this.t = Objects.requireNonNull(transcript, "transcript == null");
    this.publicUrl = settings.publicUrl();
    this.webhookKey = settings.webhookKey() != null ? settings.webhookKey() : randomKey();
  }

  QuickstartResult run() {
    long start = System.nanoTime();
    if (sim != null) {
      t.say("NewStore SDK quickstart on the embedded simulator at " + sim.baseUrl());
    } else {
      t.say(
          "NewStore SDK quickstart on tenant "
              + settings.tenant()
              + " ("
              + settings.stage().name().toLowerCase(java.util.Locale.ROOT)
              + ", "
              + (settings.allowWrites() ? "--allow-writes: changes are made" : "read-only")
              + ")");
    }
    t.say("-- external OMS playbook");
    playbook();
    if (sim == null) {
      t.say("-- NewStore calls the webhooks; fulfillment provider");
      skipSimulatorOnly();
    } else {
      try (JdkHttpServerAdapter.Server server =
          JdkHttpServerAdapter.start(
              integration.webhooks(webhookKey),
              new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
        // NewStore only calls https URLs: the simulator forwards the registered public URLs to
        // the loopback server, as the TLS-terminating proxy in front of an integration would.
        t.say(
            "-- NewStore calls the webhooks on http://127.0.0.1:"
                + server.port()
                + DemoIntegration.ROUTE_PREFIX
                + " (for "
                + publicUrl
                + ")");
        webhooks(server);
        t.say("-- fulfillment provider");
        fulfillment(server);
      } catch (IOException e) {
        fail("serve the webhooks on loopback", e);
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String summary =
        String.format("%s in %.1f s", failed ? "FAILED" : "Done", took.toMillis() / 1000.0);
    if (fulfillmentRequestId != null) {
      summary += ": shipped " + shipped + ", rejected " + rejected + " as no_inventory";
    }
    t.say(summary + ".");
    return new QuickstartResult(failed ? 1 : 0, t.steps(), fulfillmentRequestId, shipped, rejected);
  }

  // ---- 1. the external OMS playbook: configuration through the typed clients -----------------

  private void playbook() {
    var sales = client.salesOrderConfig();
    var atp = client.availabilityConfig();
    write(
        "enable the external OMS",
        () -> {
          sales.setExternalOms(new ExternalOmsSetting(true));
          return "enabled=" + sales.externalOms().value().enabled();
        },
        () -> "enabled=" + sales.externalOms().value().enabled());
    write(
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
    write(
        "set the grace period",
        () -> human(sales.setGracePeriod(GRACE_PERIOD).gracePeriod()),
        () -> human(sales.gracePeriod().gracePeriod()));
    write(
        "set the cancellable locations",
        () -> names(sales.setCancellableLocations(CANCELLABLE).value()),
        () -> names(sales.cancellableLocations().value()));
    writeWebhook(
        "register the external order webhook",
        () -> {
          sales.setExternalOrderWebhook(ExternalOrderWebhookConfig.of(publicUrl, webhookKey));
          return describe(sales.externalOrderWebhook().value());
        },
        () -> describe(sales.externalOrderWebhook().value()));
    writeWebhook(
        "register the ATP webhook",
        () -> {
          atp.updateWebhook(
              AvailabilityWebhookConfig.of(publicUrl + "/availability", webhookKey, ATP_TIMEOUT));
          return describe(atp.webhook().value());
        },
        () -> describe(atp.webhook().value()));
    write(
        "turn on external ATP",
        () -> {
          atp.setUsesExternalAtp(true);
          return "uses_external_atp=" + atp.usesExternalAtp().value();
        },
        () -> "uses_external_atp=" + atp.usesExternalAtp().value());
    writeWebhook(
        "register the DC as fulfillment provider",
        () -> {
          client
              .distributionCenterConfig()
              .set(
                  DC_NODE,
                  new DistributionCenterConfiguration(
                      publicUrl + "/fulfillment_requests", webhookKey));
          return DC_NODE + " -> " + publicUrl + "/fulfillment_requests";
        },
        () -> DC_NODE + " -> " + dcUrl());
    writeWebhook(
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
          return EVENT_STREAM_ID
              + " -> "
              + events.get(EVENT_STREAM_ID).callbackParameters().callbackUrl();
        },
        () ->
            EVENT_STREAM_ID
                + " -> "
                + client.eventStream().get(EVENT_STREAM_ID).callbackParameters().callbackUrl());
  }

  // ---- 2. NewStore calls the integration's webhooks (simulator only) ----------------------------

  private void webhooks(JdkHttpServerAdapter.Server server) {
    var sender = sim.sender();
    step(
        "NewStore asks for ATP",
        () -> {
          WebhookResult r =
              expect2xx(
                  sender.requestAvailability(
                      loopback(server, ATP_CONFIG),
                      List.of(IN_STOCK, OUT_OF_STOCK),
                      List.of(LOCATION)));
          List<String> atp = new ArrayList<>();
          for (Object a : list(map(r.bodyJson()).get("availabilities"))) {
            Map<?, ?> entry = map(a);
            atp.add(entry.get("product_id") + "=" + entry.get("atp"));
          }
          return String.join(", ", atp) + " at " + LOCATION;
        });
    step(
        "NewStore asks for the purchase history",
        () -> {
          WebhookResult r =
              expect2xx(
                  sender.requestPurchaseHistory(
                      loopback(server, ORDER_WEBHOOK_CONFIG), DemoIntegration.CUSTOMER_EMAIL));
          List<?> orders = list(map(r.bodyJson()).get("orders"));
          return orders.size() + " order(s) of " + DemoIntegration.CUSTOMER_EMAIL;
        });
    step(
        "NewStore asks for order details",
        () -> {
          WebhookResult r =
              expect2xx(
                  sender.requestOrderDetails(
                      loopback(server, ORDER_WEBHOOK_CONFIG), DemoIntegration.ORDER_ID));
          Map<?, ?> order = map(r.bodyJson());
          return order.get("id")
              + ": "
              + list(order.get("items")).size()
              + " items, total "
              + money(map(order.get("totals")).get("total"))
              + " "
              + order.get("currency");
        });
    step(
        "NewStore sends an event",
        () -> {
          Map<?, ?> callback =
              map(sim.eventStream(EVENT_STREAM_ID).orElseThrow().get("callback_parameters"));
          WebhookTarget target =
              new WebhookTarget(
                  toLoopback(server, String.valueOf(callback.get("callback_url"))),
                  String.valueOf(callback.get("api_key")),
                  Duration.ofSeconds(10));
          expect2xx(
              sender.sendEvent(
                  target,
                  "order.created",
                  Map.of("id", "ns-order-1", "external_id", DemoIntegration.ORDER_ID)));
          StreamEvent event = integration.events().poll(5, TimeUnit.SECONDS);
          if (event == null) {
            throw new IllegalStateException("the event handler was not called");
          }
          return event.name() + " " + event.payload().get("id") + " handled";
        });
  }

  // ---- 3. the fulfillment provider flow ------------------------------------------------------

  private void fulfillment(JdkHttpServerAdapter.Server server) {
    FulfillmentRequest[] received = new FulfillmentRequest[1];
    boolean ok =
        step(
            "receive a fulfillment request",
            () -> {
              // NewStore routes an order to the DC: the simulator creates the request and POSTs it
              // to the URL the demo registered for the DC.
              FulfillmentRequest request =
                  sim.createFulfillmentRequest(FULFILLMENT_REQUEST_ID, IN_STOCK, OUT_OF_STOCK);
              expect2xx(sim.sender().sendFulfillmentRequest(loopback(server, DC_CONFIG), request));
              received[0] = integration.fulfillmentRequests().poll(5, TimeUnit.SECONDS);
              if (received[0] == null) {
                throw new IllegalStateException("the fulfillment request handler was not called");
              }
              fulfillmentRequestId = received[0].id();
              return received[0].id() + ": " + String.join(", ", received[0].productIds());
            });
    if (!ok) {
      t.step(Outcome.SKIPPED, "accept, ship, reject", "no fulfillment request");
      return;
    }
    try (FulfillmentProviderClient provider = FulfillmentProviderClient.create(client)) {
      FulfillmentWorkflow flow = FulfillmentWorkflow.of(provider, received[0]);
      if (!step(
          "accept it",
          () -> {
            flow.accept();
            return "acknowledged";
          })) {
        return;
      }
      step(
          "ship " + IN_STOCK,
          () -> {
            Shipment parcel = Shipment.of("1Z999AA10123456784", "UPS");
            flow.ship(List.of(IN_STOCK), parcel);
            return parcel.carrier() + " " + parcel.trackingCode();
          });
      step(
          "reject " + OUT_OF_STOCK + " as no_inventory",
          () -> {
            flow.reject(RejectionReason.NO_INVENTORY, List.of(OUT_OF_STOCK));
            rejected.add(OUT_OF_STOCK);
            return "NewStore reroutes it";
          });
      step(
          "wait for NewStore to confirm shipment",
          () -> {
            WaiterResult<ShipmentStatus> r = flow.awaitShipped(SIMULATOR_WAIT);
            for (StatusEntry e : r.value().successfulShipments()) {
              shipped.addAll(e.productIds());
            }
            return "shipped "
                + shipped
                + " after "
                + r.attempts()
                + " poll(s), "
                + r.elapsed().toMillis()
                + " ms";
          });
    }
  }

  private void skipSimulatorOnly() {
    String why =
        "simulator only: on a tenant NewStore calls "
            + (publicUrl == null ? "your public URL" : publicUrl);
    for (String title :
        List.of(
            "NewStore asks for ATP",
            "NewStore asks for the purchase history",
            "NewStore asks for order details",
            "NewStore sends an event",
            "receive a fulfillment request")) {
      t.step(Outcome.SKIPPED, title, why);
    }
    t.step(
        Outcome.SKIPPED,
        "accept, ship, reject, wait",
        "simulator only: needs a fulfillment request NewStore routed to " + DC_NODE);
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private boolean step(String title, Action action) {
    if (unreachable) {
      t.step(Outcome.SKIPPED, title, "not tried: NewStore could not be reached (see above)");
      return false;
    }
    try {
      t.step(Outcome.OK, title, action.run());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(title, e);
      return false;
    } catch (Exception e) {
      fail(title, e);
      return false;
    }
  }

  /** A step that changes the tenant: on a live tenant without --allow-writes, it only reads. */
  private void write(String title, Action write, Action read) {
    if (settings.allowWrites() || unreachable) {
      step(title, write);
      return;
    }
    try {
      t.step(Outcome.SKIPPED, title, "read-only (--allow-writes to change), now " + read.run());
    } catch (NotFoundException e) {
      t.step(Outcome.SKIPPED, title, "read-only (--allow-writes to change), now not set");
    } catch (Exception e) {
      fail(title, e);
    }
  }

  /** A write that registers one of the integration's URLs: it needs the public URL and a key. */
  private void writeWebhook(String title, Action write, Action read) {
    if (settings.allowWrites()
        && (publicUrl == null || settings.webhookKey() == null)
        && sim == null) {
      t.step(
          Outcome.SKIPPED,
          title,
          "set NEWSTORE_PUBLIC_URL and NEWSTORE_WEBHOOK_KEY to register it");
      return;
    }
    write(title, write, read);
  }

  private void fail(String title, Exception e) {
    failed = true;
    // Without a token or a network, every further call fails the same way: say it once.
    unreachable |= e instanceof NewStoreNetworkException || e instanceof AuthenticationException;
    t.step(Outcome.FAILED, title, e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /**
   * Returns where the sender reaches a webhook the demo registered: the URL and key stored in the
   * simulator's configuration, with the public https origin replaced by the loopback server, as a
   * TLS-terminating proxy would forward it.
   */
  private WebhookTarget loopback(JdkHttpServerAdapter.Server server, String configPath) {
    Object stored =
        sim.config(configPath)
            .orElseThrow(() -> new IllegalStateException("nothing registered at " + configPath))
            .value();
    Map<?, ?> value = map(stored);
    if (value.get("value") instanceof Map<?, ?> inner) {
      value = inner;
    }
    Duration timeout =
        value.get("timeout") instanceof Number n
            ? Duration.ofSeconds(n.longValue())
            : WebhookTarget.DEFAULT_TIMEOUT;
    return new WebhookTarget(
        toLoopback(server, String.valueOf(value.get("url"))),
        value.get("api_key") instanceof String key ? key : null,
        timeout);
  }

  private static URI toLoopback(JdkHttpServerAdapter.Server server, String registered) {
    URI url = URI.create(registered);
    return URI.create(
        "http://127.0.0.1:"
            + server.port()
            + url.getRawPath()
            + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
  }

  private static WebhookResult expect2xx(WebhookResult r) {
    if (!r.successful()) {
      throw new IllegalStateException(
          "the webhook answered "
              + (r.status() < 0 ? r.failure() : r.status() + " " + r.body())
              + " after "
              + r.attempts()
              + " attempt(s)");
    }
    return r;
  }

  private static Map<?, ?> map(Object o) {
    if (o instanceof Map<?, ?> m) {
      return m;
    }
    throw new IllegalStateException("expected a JSON object but got " + o);
  }

  private static List<?> list(Object o) {
    if (o instanceof List<?> l) {
      return l;
    }
    throw new IllegalStateException("expected a JSON array but got " + o);
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

  private String dcUrl() {
    var dc = client.distributionCenterConfig().get(DC_NODE).value();
    return dc == null ? "not set" : dc.url();
  }

  private static String names(Set<LocationType> locations) {
    return locations.stream()
        .map(LocationType::value)
        .collect(Collectors.toCollection(TreeSet::new))
        .toString();
  }

  private static String money(Object amount) {
    return amount instanceof Number n
        ? new java.math.BigDecimal(n.toString())
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .toString()
        : String.valueOf(amount);
  }

  private static String human(Duration d) {
    if (d.toSecondsPart() == 0 && d.toMinutes() > 0) {
      return d.toMinutes() + " min";
    }
    return d.toSeconds() + " s";
  }

  private static String randomKey() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return "qs-" + HexFormat.of().formatHex(bytes);
  }
}
