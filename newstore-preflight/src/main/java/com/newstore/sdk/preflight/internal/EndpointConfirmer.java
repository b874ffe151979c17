package com.newstore.sdk.preflight.internal;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.RetryPolicy;
import com.newstore.sdk.client.config.PaymentConfigName;
import com.newstore.sdk.client.internal.SdkVersion;
import com.newstore.sdk.contract.Confidence;
import com.newstore.sdk.contract.ContractOperation;
import com.newstore.sdk.contract.NewStoreContract;
import com.newstore.sdk.preflight.CandidateProbe;
import com.newstore.sdk.preflight.EndpointConfirmation;
import com.newstore.sdk.preflight.EndpointConfirmationReport;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Probes, read-only, every operation {@code specs/newstore-api.yaml} marks {@code inferred}.
 *
 * <p>Each probe is the SDK's own typed {@code GET} of the same path, sent by a client derived from
 * the user's with a {@code pathOverride} to the candidate path (so auth, base URL and path
 * parameters are the SDK's) and a network interceptor that records the status and the top-level
 * member names, and that refuses to send anything but a {@code GET} or the token request: the mode
 * is read-only by construction, whatever overrides the user's client carries. Not for users.
 */
public final class EndpointConfirmer {
  /** The typed reads, by the SDK endpoint id of a {@code GET}. */
  private final Map<String, Consumer<NewStoreClient>> reads = new LinkedHashMap<>();

  private final NewStoreClient client;
  private final @Nullable String dcNodeId;
  private final @Nullable String tenant;

  /**
   * Creates the confirmer.
   *
   * @param client the user's client (never used to send; only derived from)
   * @param dcNodeId the DC fulfillment node id for {@code {id}} of the DC configuration, or null
   * @param tenant the tenant name to put in the report, or null to leave it out
   */
  public EndpointConfirmer(
      NewStoreClient client, @Nullable String dcNodeId, @Nullable String tenant) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.dcNodeId = dcNodeId;
    this.tenant = tenant;
    reads.put("sales-order.external-oms.get", c -> c.salesOrderConfig().externalOms().get());
    reads.put(
        "sales-order.order-id-sequence.get", c -> c.salesOrderConfig().orderIdSequence().get());
    reads.put("sales-order.grace-period.get", c -> c.salesOrderConfig().gracePeriod().get());
    reads.put(
        "sales-order.cancellable-locations.get",
        c -> c.salesOrderConfig().cancellableLocationsAllowingUndocumentedTypes().get());
    reads.put("sales-order.big-orders.get", c -> c.salesOrderConfig().bigOrders().get());
    reads.put(
        "sales-order.external-order-webhook.get",
        c -> c.salesOrderConfig().externalOrderWebhook().get());
    reads.put("availability.webhook.get", c -> c.availabilityConfig().webhook().get());
    reads.put("fulfillment.config.get", c -> c.fulfillmentConfig().get());
    reads.put("associate-app.config.get", c -> c.associateAppConfig().get());
    reads.put(
        "payment.config.get",
        c -> c.paymentConfig().config(PaymentConfigName.PAYMENT_OPTIONS).get());
    if (dcNodeId != null) {
      reads.put(
          "distribution-center.config.get", c -> c.distributionCenterConfig().node(dcNodeId).get());
    }
  }

  /**
   * Runs every probe.
   *
   * @return the report
   */
  public EndpointConfirmationReport run() {
    NewStoreContract contract = NewStoreContract.api();
    List<EndpointConfirmation> rows = new ArrayList<>();
    for (ContractOperation op : contract.operations()) {
      if (op.confidence() == Confidence.INFERRED) {
        rows.add(confirm(contract, op));
      }
    }
    return new EndpointConfirmationReport(SdkVersion.version(), tenant, rows);
  }

  private EndpointConfirmation confirm(NewStoreContract contract, ContractOperation op) {
    Optional<ContractOperation> get =
        "GET".equals(op.method())
            ? Optional.of(op)
            : contract.operations().stream()
                .filter(o -> "GET".equals(o.method()) && o.path().equals(op.path()))
                .findFirst();
    LinkedHashSet<String> candidates = new LinkedHashSet<>();
    candidates.add(op.path());
    candidates.addAll(op.alternativePaths());
    get.ifPresent(g -> candidates.addAll(g.alternativePaths()));
    List<String> paths = List.copyOf(candidates);
    if (get.isEmpty()) {
      return new EndpointConfirmation(
          op.sdkId(), op.method(), "-", paths, List.of(), "the spec has no GET of this path");
    }
    String probeId = get.get().sdkId();
    Consumer<NewStoreClient> read = reads.get(probeId);
    if (read == null) {
      String reason =
          "distribution-center.config.get".equals(probeId)
              ? "{id} needs a DC fulfillment node id (--dc-node)"
              : "{id} is an id of the tenant's data; probe it by hand";
      if (!op.path().contains("{")) {
        reason = "the SDK has no read of this path";
      }
      return new EndpointConfirmation(op.sdkId(), op.method(), probeId, paths, List.of(), reason);
    }
    List<CandidateProbe> probes = new ArrayList<>();
    for (String path : paths) {
      probes.add(probe(probeId, path, read));
    }
    return new EndpointConfirmation(op.sdkId(), op.method(), probeId, paths, probes, null);
  }

  private CandidateProbe probe(String probeId, String path, Consumer<NewStoreClient> read) {
    Recorder recorder = new Recorder();
    OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(recorder).build();
    NewStoreClient derived =
        client
            .newBuilder()
            .okHttpClient(http)
            .retryPolicy(RetryPolicy.none())
            .pathOverride(probeId, path)
            .build();
    try {
      read.accept(derived);
    } catch (RuntimeException expected) {
      // 403, 404, 405 and undecodable answers are findings, recorded by the interceptor.
    } finally {
      derived.close();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    if (recorder.status == 0) {
      return new CandidateProbe(path, 0, List.of(), "no answer: " + recorder.failure);
    }
    return new CandidateProbe(path, recorder.status, recorder.members, "");
  }

  /** Records the last answer to a GET; refuses every other request but the token request. */
  private static final class Recorder implements Interceptor {
    volatile int status;
    volatile List<String> members = List.of();
    volatile String failure = "the SDK sent no request";

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      // The token request is the only form-encoded POST the SDK sends, and it carries no bearer.
      boolean tokenRequest =
          "POST".equals(request.method())
              && request.header("Authorization") == null
              && request.body() != null
              && request.body().contentType() != null
              && "x-www-form-urlencoded".equals(request.body().contentType().subtype());
      if (!"GET".equals(request.method()) && !tokenRequest) {
        failure = "refused to send " + request.method() + " (the mode only reads)";
        throw new IOException(failure);
      }
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (!tokenRequest) {
          failure = e.getClass().getSimpleName();
        }
        throw e;
      }
      if (!tokenRequest) {
        status = response.code();
        members = memberNames(response.peekBody(1024 * 1024).source().readByteString());
      }
      return response;
    }

    private static List<String> memberNames(okio.ByteString body) {
      try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
        if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
          return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        reader.beginObject();
        while (reader.hasNext()) {
          names.add(reader.nextName());
          reader.skipValue();
        }
        return List.copyOf(names);
      } catch (IOException | RuntimeException notJson) {
        return List.of();
      }
    }
  }
}
