package com.newstore.sdk.preflight;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.preflight.internal.ConfigChecks;
import com.newstore.sdk.preflight.internal.ConfigReads;
import com.newstore.sdk.preflight.internal.EndpointConfirmer;
import com.newstore.sdk.preflight.internal.FulfillmentChecks;
import com.newstore.sdk.preflight.internal.Settings;
import com.newstore.sdk.preflight.internal.WebhookProbe;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a tenant against the external OMS playbook's prerequisites with the typed clients and
 * returns a {@link PreflightReport}: one {@link CheckResult} (pass, warn, fail or could not check,
 * with the reason and the fix) per check that applies to the declared profiles. It only reads
 * configuration; it never writes. A setting it cannot read (403, an unconfirmed path answering 404
 * without a NewStore error body, a network failure) is reported as {@link
 * CheckStatus#COULD_NOT_CHECK}, never as a pass. Immutable and thread-safe; each {@link #run()}
 * reads everything afresh.
 *
 * <pre>{@code
 * PreflightReport report = NewStorePreflight.builder()
 *     .client(client)
 *     .profiles(IntegrationProfile.ENDLESS_AISLE)
 *     .refundToOriginalPaymentMethod(true)
 *     .build()
 *     .run();
 * report.results(CheckStatus.FAIL).forEach(r -> System.out.println(r.check().id() + ": " + r.fix()));
 * }</pre>
 *
 * <p>With {@link Builder#probeWebhooks(boolean)} it also calls the integrator's own ATP, purchase
 * history and order details endpoints as NewStore would (configured URL, api key and timeout).
 */
public final class NewStorePreflight {
  /** Default purchase history route appended to the external order webhook URL (unconfirmed). */
  public static final String DEFAULT_PURCHASE_HISTORY_ROUTE = "/orders";

  /** Default order details route appended to the external order webhook URL (unconfirmed). */
  public static final String DEFAULT_ORDER_DETAILS_ROUTE = "/orders/{id}";

  private final NewStoreClient client;
  private final Settings settings;
  private final HttpClient http;
  private final @Nullable String reportTenant;

  private NewStorePreflight(Builder b) {
    this.client = Objects.requireNonNull(b.client, "client == null (call client(...))");
    this.reportTenant = b.reportTenant;
    if (b.profiles.isEmpty()) {
      throw new IllegalStateException("no profile declared (call profiles(...))");
    }
    this.settings =
        new Settings(
            b.profiles,
            b.refundToOriginal,
            b.dcNodeIds,
            b.probe,
            b.probeProductId,
            b.probeLocation,
            b.probeCustomerEmail,
            b.probeOrderId,
            b.purchaseHistoryRoute,
            b.orderDetailsRoute);
    this.http =
        b.http != null
            ? b.http
            : HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the checks a run with these settings performs, in report order.
   *
   * @return the checks
   */
  public List<PreflightCheck> checks() {
    List<PreflightCheck> out = new ArrayList<>();
    for (PreflightCheck c : PreflightCheck.values()) {
      if (c.appliesTo(settings.profiles()) && (!c.isProbe() || settings.probe())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Runs every check that applies and returns the report. Reads each configuration once.
   *
   * @return the report; it never throws for a failing or unreadable setting
   */
  public PreflightReport run() {
    ConfigReads reads = new ConfigReads(client);
    ConfigChecks config = new ConfigChecks(reads, settings);
    FulfillmentChecks fulfillment = new FulfillmentChecks(reads);
    WebhookProbe probe = new WebhookProbe(reads, settings, http);
    List<CheckResult> results = new ArrayList<>();
    for (PreflightCheck c : checks()) {
      if (c.isProbe()) {
        results.add(probe.run(c));
      } else if (c.id().startsWith("fulfillment.") || c == PreflightCheck.TRANSFER_SHIPPING) {
        results.add(fulfillment.run(c));
      } else {
        results.add(config.run(c));
      }
    }
    return new PreflightReport(settings.profiles(), results);
  }

  /**
   * Probes, read-only, every operation NewStore's published material does not confirm (those {@code
   * specs/newstore-api.yaml} marks {@code x-confidence: inferred}) and reports which candidate path
   * the tenant answers, with the status and the answer's top-level member names.
   *
   * <p>Sends only {@code GET} requests (for a write operation, the {@code GET} of the same path)
   * and the token request; anything else is refused before it leaves the JVM. The DC
   * configuration's {@code {id}} is the first of {@link Builder#distributionCenters(String...)};
   * without one that row is skipped with the reason. The declared profiles play no part.
   *
   * <pre>{@code
   * EndpointConfirmationReport r = preflight.confirmEndpoints();
   * System.out.print(r.toTable());
   * }</pre>
   *
   * @return the report; it never throws for a status the tenant answers
   */
  public EndpointConfirmationReport confirmEndpoints() {
    String dc = settings.dcNodeIds().isEmpty() ? null : settings.dcNodeIds().get(0);
    return new EndpointConfirmer(client, dc, reportTenant).run();
  }

  /** Builds a {@link NewStorePreflight}. Not thread-safe. */
  public static final class Builder {
    private @Nullable NewStoreClient client;
    private final Set<IntegrationProfile> profiles = EnumSet.noneOf(IntegrationProfile.class);
    private boolean refundToOriginal;
    private final List<String> dcNodeIds = new ArrayList<>();
    private boolean probe;
    private String probeProductId = "newstore-preflight-probe";
    private String probeLocation = "newstore-preflight-probe";
    private String probeCustomerEmail = "preflight@example.com";
    private @Nullable String probeOrderId;
    private String purchaseHistoryRoute = DEFAULT_PURCHASE_HISTORY_ROUTE;
    private String orderDetailsRoute = DEFAULT_ORDER_DETAILS_ROUTE;
    private @Nullable HttpClient http;
    private @Nullable String reportTenant;

    private Builder() {}

    /**
     * Names the tenant in the {@link NewStorePreflight#confirmEndpoints()} report; by default the
     * report leaves it out, so it can be shared.
     *
     * @param tenant the tenant name to print
     * @return this builder
     */
    public Builder includeTenantInReport(String tenant) {
      this.reportTenant = Objects.requireNonNull(tenant, "tenant == null");
      return this;
    }

    /**
     * Sets the client to read the tenant's configuration with (required).
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(NewStoreClient client) {
      this.client = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /**
     * Adds the profiles the tenant is set up for (at least one is required).
     *
     * @param profiles the profiles
     * @return this builder
     */
    public Builder profiles(IntegrationProfile... profiles) {
      Objects.requireNonNull(profiles, "profiles == null");
      return profiles(Arrays.asList(profiles));
    }

    /**
     * Adds the profiles the tenant is set up for (at least one is required).
     *
     * @param profiles the profiles
     * @return this builder
     */
    public Builder profiles(Iterable<IntegrationProfile> profiles) {
      Objects.requireNonNull(profiles, "profiles == null");
      for (IntegrationProfile p : profiles) {
        this.profiles.add(Objects.requireNonNull(p, "profiles contains null"));
      }
      return this;
    }

    /**
     * Declares that refunds to the original payment method are wanted, which makes {@code original}
     * and {@code external} refund options required; default false (only a warning when one is there
     * without the other).
     *
     * @param wanted true when refunds to the original method are wanted
     * @return this builder
     */
    public Builder refundToOriginalPaymentMethod(boolean wanted) {
      this.refundToOriginal = wanted;
      return this;
    }

    /**
     * Adds DCs whose configuration the {@link PreflightCheck#DISTRIBUTION_CENTER} check reads.
     *
     * @param fulfillmentNodeIds the DCs' fulfillment node ids
     * @return this builder
     */
    public Builder distributionCenters(String... fulfillmentNodeIds) {
      for (String id : fulfillmentNodeIds) {
        Objects.requireNonNull(id, "fulfillmentNodeIds contains null");
        if (id.isBlank()) {
          throw new IllegalArgumentException("fulfillment node id is blank");
        }
        dcNodeIds.add(id);
      }
      return this;
    }

    /**
     * Turns the live probes of the integrator's webhooks on or off; default off.
     *
     * @param probe true to call the ATP, purchase history and order details endpoints
     * @return this builder
     */
    public Builder probeWebhooks(boolean probe) {
      this.probe = probe;
      return this;
    }

    /**
     * Sets the product id and fulfillment location the ATP probe asks for.
     *
     * @param productId a product id
     * @param fulfillmentLocation a fulfillment location id
     * @return this builder
     */
    public Builder probeProduct(String productId, String fulfillmentLocation) {
      this.probeProductId = Objects.requireNonNull(productId, "productId == null");
      this.probeLocation =
          Objects.requireNonNull(fulfillmentLocation, "fulfillmentLocation == null");
      return this;
    }

    /**
     * Sets the customer email the purchase history probe asks for.
     *
     * @param email an email
     * @return this builder
     */
    public Builder probeCustomerEmail(String email) {
      this.probeCustomerEmail = Objects.requireNonNull(email, "email == null");
      return this;
    }

    /**
     * Sets the order id the order details probe asks for; without one that probe cannot check.
     *
     * @param orderId an order id the external OMS knows
     * @return this builder
     */
    public Builder probeOrderId(String orderId) {
      this.probeOrderId = Objects.requireNonNull(orderId, "orderId == null");
      return this;
    }

    /**
     * Overrides the unconfirmed routes NewStore appends to the external order webhook URL.
     *
     * @param purchaseHistory default {@value #DEFAULT_PURCHASE_HISTORY_ROUTE}
     * @param orderDetails default {@value #DEFAULT_ORDER_DETAILS_ROUTE}, with {@code {id}}
     * @return this builder
     */
    public Builder orderWebhookRoutes(String purchaseHistory, String orderDetails) {
      this.purchaseHistoryRoute =
          Objects.requireNonNull(purchaseHistory, "purchaseHistory == null");
      this.orderDetailsRoute = Objects.requireNonNull(orderDetails, "orderDetails == null");
      if (!orderDetails.contains("{id}")) {
        throw new IllegalArgumentException("orderDetails route needs {id}");
      }
      return this;
    }

    /**
     * Sets the JDK HTTP client the probes use; default a new one with a 10 s connect timeout.
     *
     * @param http the client
     * @return this builder
     */
    public Builder probeHttpClient(HttpClient http) {
      this.http = Objects.requireNonNull(http, "http == null");
      return this;
    }

    /**
     * Builds the preflight.
     *
     * @return the preflight
     * @throws NullPointerException when no client was set
     * @throws IllegalStateException when no profile was declared
     */
    public NewStorePreflight build() {
      return new NewStorePreflight(this);
    }
  }
}
