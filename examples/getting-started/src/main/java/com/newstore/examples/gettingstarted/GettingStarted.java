package com.newstore.examples.gettingstarted;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.Stage;
import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
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
import com.newstore.sdk.client.config.Route;
import com.newstore.sdk.client.config.ServiceLevel;
import com.newstore.sdk.client.config.TransferRoute;
import com.newstore.sdk.client.config.TransferShippingConfiguration;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.FulfillmentRequestRef;
import com.newstore.sdk.fulfillment.FulfillmentWorkflow;
import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import com.newstore.sdk.fulfillment.WaiterOptions;
import com.newstore.sdk.fulfillment.WaiterResult;
import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.JdkHttpServerAdapter;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.WebhookKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A first NewStore integration in one file: configures the tenant for an external OMS with a DC
 * fulfillment provider (the playbook, in the order of seed 000), serves the ATP and
 * fulfillment-request webhooks on the JDK HttpServer, and fulfills each request: accept, ship what
 * is in stock, reject the rest, wait until NewStore confirms the shipment.
 */
public final class GettingStarted implements AutoCloseable {
  /** The DC (fulfillment node) NewStore sends fulfillment requests for. */
  public static final String DC = "DC-1";

  /** How long NewStore waits for the ATP webhook: registered and served with the same value. */
  public static final Duration ATP_TIMEOUT = Duration.ofSeconds(10);

  /** What the DC has on hand; anything else is rejected. */
  public static final Map<String, Integer> STOCK = Map.of("sku-tee", 12, "sku-cap", 0);

  private final FulfillmentProviderClient fulfillment;
  private final WaiterOptions wait;
  private final Consumer<WaiterResult<ShipmentStatus>> confirmed;
  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  private final JdkHttpServerAdapter.Server server;

  /**
   * Applies the playbook. Every step is one the preflight checks.
   *
   * @param client the client of the tenant
   * @param publicUrl the https base URL NewStore reaches the webhooks at (behind your TLS proxy)
   * @param webhookKey the api key NewStore sends to the webhooks, at least 20 characters
   */
  public static void configureTenant(NewStoreClient client, String publicUrl, String webhookKey) {
    var sales = client.salesOrderConfig();
    sales.externalOms().set(new ExternalOmsSetting(true));
    try {
      sales.orderIdSequence().set(new OrderIdSequence("EXT", 8, 1, 1));
    } catch (OrderIdSequenceAlreadySetException e) {
      // Set once only: a second run keeps the first sequence.
    }
    sales.gracePeriod().set(Duration.ofMinutes(5));
    sales.cancellableLocations().set(Set.of(LocationType.STORE, LocationType.DC));
    sales.externalOrderWebhook().set(ExternalOrderWebhookConfig.of(publicUrl, webhookKey));

    var atp = client.availabilityConfig();
    atp.webhook()
        .set(AvailabilityWebhookConfig.of(publicUrl + "/availability", webhookKey, ATP_TIMEOUT));
    atp.usesExternalAtp().set(true);

    client.associateAppConfig().set(AssociateAppConfiguration.empty().withUseNewOmUi(true));
    client
        .paymentConfig()
        .config(PaymentConfigName.PAYMENT_OPTIONS)
        .set(
            PaymentConfiguration.empty()
                .withUseChargeApi(true)
                .with("/refund_options", List.of("original", "external")));
    client.orderInjectionConfig().update(c -> c.withSkipSoftRoutingOnInjection(true));

    // Fulfillment (seed 004): where NewStore posts fulfillment requests, then how it routes.
    client
        .distributionCenterConfig()
        .node(DC)
        .set(new DistributionCenterConfiguration(publicUrl + "/fulfillment_requests", webhookKey));
    client.fulfillmentConfig().set(FulfillmentConfigDocument.of(fulfillmentConfig()));
    client
        .transferShippingConfig()
        .set(
            TransferShippingConfiguration.of(
                List.of(TransferRoute.of("store-1", List.of("*"), List.of("Priority")))));
  }

  /** One service level, routed everywhere to the DC. */
  private static FulfillmentConfiguration fulfillmentConfig() {
    return new FulfillmentConfiguration(
        Map.of(
            "Priority",
            new ProviderRate("", "Priority", "USPS", "traditional_carrier", false, Map.of())),
        List.of(),
        List.of(
            new Route(
                new DestinationRegion(List.of("US"), List.of("*"), Map.of()),
                Map.of("Priority", List.of(new FulfillmentNodeRate(DC, "Priority", Map.of()))),
                Map.of())),
        Map.of("Priority", ServiceLevel.builder("Priority", "USD").price(BigDecimal.ZERO).build()),
        List.of("Priority"),
        Map.of());
  }

  /**
   * Serves the webhooks at {@code address} under {@code /newstore}.
   *
   * @param client the client of the tenant
   * @param webhookKey the api key NewStore sends, the one {@link #configureTenant} registered
   * @param address where to listen; port 0 picks a free one
   * @param wait how long to wait for NewStore to confirm a shipment
   * @param confirmed called with the outcome of each wait
   * @return the running integration; close it to stop
   * @throws IOException if the server cannot listen
   */
  public static GettingStarted start(
      NewStoreClient client,
      String webhookKey,
      InetSocketAddress address,
      WaiterOptions wait,
      Consumer<WaiterResult<ShipmentStatus>> confirmed)
      throws IOException {
    return new GettingStarted(client, webhookKey, address, wait, confirmed);
  }

  private GettingStarted(
      NewStoreClient client,
      String webhookKey,
      InetSocketAddress address,
      WaiterOptions wait,
      Consumer<WaiterResult<ShipmentStatus>> confirmed)
      throws IOException {
    this.fulfillment = FulfillmentProviderClient.create(client);
    this.wait = wait;
    this.confirmed = confirmed;
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(webhookKey)
            .routePrefix("/newstore")
            .timeout(WebhookKind.AVAILABILITY, ATP_TIMEOUT)
            .availabilityHandler(
                (request, context) -> {
                  List<AvailabilityResponse.Availability> answer = new ArrayList<>();
                  for (var product : request.products()) {
                    for (String location : request.fulfillmentLocations()) {
                      int onHand = STOCK.getOrDefault(product.productId(), 0);
                      answer.add(
                          new AvailabilityResponse.Availability(
                              product.productId(), product.externalIdentifier(), location, onHand));
                    }
                  }
                  return AvailabilityResponse.of(answer);
                })
            // Answer at once; fulfill on a worker thread (NewStore retries a slow answer).
            .fulfillmentRequestHandler((request, context) -> worker.execute(() -> fulfill(request)))
            .build();
    this.server = JdkHttpServerAdapter.start(webhooks, address);
  }

  /** Accepts the request, ships what is in stock, rejects the rest, waits for the shipment. */
  private void fulfill(FulfillmentRequest request) {
    FulfillmentWorkflow flow =
        FulfillmentWorkflow.of(
            fulfillment, FulfillmentRequestRef.of(request.id(), request.productIds()));
    flow.accept();
    List<String> onHand = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String productId : request.productIds()) {
      (STOCK.getOrDefault(productId, 0) > 0 ? onHand : missing).add(productId);
    }
    if (!missing.isEmpty()) {
      flow.reject(missing, RejectionReason.NO_INVENTORY);
    }
    if (!onHand.isEmpty()) {
      flow.ship(onHand, Shipment.of("1Z999AA10123456784", "UPS"));
      // A 201 to the shipment call is not "shipped": only NewStore's confirmation is.
      confirmed.accept(flow.awaitShipped(wait));
    }
  }

  /**
   * Returns the port the webhooks are served on.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
    worker.shutdownNow();
    fulfillment.close();
  }

  /**
   * Runs against a tenant: set NEWSTORE_TENANT, NEWSTORE_STAGE (production, staging or sandbox),
   * NEWSTORE_CLIENT_ID, NEWSTORE_CLIENT_SECRET, NEWSTORE_PUBLIC_URL and NEWSTORE_WEBHOOK_KEY.
   *
   * @param args not used
   * @throws IOException if the server cannot listen
   */
  public static void main(String[] args) throws IOException {
    NewStoreClient client =
        NewStoreClient.builder()
            .tenant(env("NEWSTORE_TENANT"))
            .stage(Stage.parse(env("NEWSTORE_STAGE")))
            .credentials(env("NEWSTORE_CLIENT_ID"), env("NEWSTORE_CLIENT_SECRET"))
            .build();
    configureTenant(client, env("NEWSTORE_PUBLIC_URL"), env("NEWSTORE_WEBHOOK_KEY"));
    GettingStarted app =
        start(
            client,
            env("NEWSTORE_WEBHOOK_KEY"),
            new InetSocketAddress(8080),
            WaiterOptions.defaults(),
            r -> System.out.println("NewStore confirmed: " + r));
    System.out.println("Serving NewStore webhooks on port " + app.port() + " under /newstore");
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Set the environment variable " + name);
    }
    return value;
  }
}
