package com.newstore.sdk.preflight;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.Stage;
import com.newstore.sdk.preflight.internal.ReportFormat;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs the preflight from the command line and prints the report as a table or, with {@code
 * --json}, as JSON for CI pipelines. Credentials come from the environment ({@code
 * NEWSTORE_CLIENT_ID}, {@code NEWSTORE_CLIENT_SECRET}) and are never printed; the tenant from
 * {@code NEWSTORE_TENANT} and {@code NEWSTORE_STAGE} ({@code p}/{@code production}, {@code
 * x}/{@code staging}, {@code t}/{@code sandbox}) or from {@code --base-url} and {@code --token-url}
 * (the test kit's simulator).
 *
 * <pre>{@code
 * NEWSTORE_TENANT=acme NEWSTORE_STAGE=x NEWSTORE_CLIENT_ID=... NEWSTORE_CLIENT_SECRET=... \
 *   java -cp "newstore-preflight.jar:libs/*" com.newstore.sdk.preflight.PreflightCommand \
 *   --profile endless-aisle --json
 * }</pre>
 *
 * <p>Exit codes: {@code 0} every check passed or warned; {@code 1} a check failed; {@code 2} a
 * usage error, the preflight could not run, or (with no failure) a check could not check.
 */
public final class PreflightCommand {
  /** Exit code when every check passed or warned. */
  public static final int EXIT_OK = 0;

  /** Exit code when at least one check failed. */
  public static final int EXIT_FAILED = 1;

  /** Exit code for a usage error, a run that could not happen, or a check that could not check. */
  public static final int EXIT_USAGE_OR_NOT_RUN = 2;

  static final String USAGE =
      """
      Usage: PreflightCommand --profile <name>[,<name>...] [options]

      Profiles: cash-and-carry, endless-aisle, mixed-cart, store-fulfillment,
                dc-fulfillment-provider (repeat --profile or separate with commas)

      Environment: NEWSTORE_CLIENT_ID, NEWSTORE_CLIENT_SECRET (required),
                   NEWSTORE_TENANT, NEWSTORE_STAGE (p|x|t; unless --base-url)

      Options:
        --json                          print JSON instead of a table
        --base-url <url>                NewStore API base URL (e.g. the test kit simulator)
        --token-url <url>               OAuth2 token URL to use with --base-url
        --path-override <id>=<path>     override an unconfirmed API path by endpoint id
        --refund-to-original            refunds to the original payment method are wanted
        --dc-node <id>                  a DC fulfillment node id to check (repeatable)
        --probe                         call the integrator's ATP / order webhooks too
        --probe-product <id> --probe-location <id>
        --probe-email <email>           customer for the purchase history probe
        --probe-order-id <id>           order for the order details probe
        --purchase-history-route <r>    default /orders
        --order-details-route <r>       default /orders/{id}
        --confirm-endpoints             instead of the checks: read-only GET probes of every
                                        endpoint the spec marks inferred (no profile needed;
                                        --dc-node gives the DC config's {id})
        --include-tenant                name the tenant in the --confirm-endpoints report
        --help

      Exit codes: 0 all checks pass or warn; 1 a check failed;
                  2 usage error, could not run, or a check could not check.
      """;

  private PreflightCommand() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /**
   * Runs the command without exiting: the testable entry point.
   *
   * @param args the arguments
   * @param env the environment variables to read
   * @param out where the report goes
   * @param err where usage errors and problems go
   * @return the exit code: {@value #EXIT_OK}, {@value #EXIT_FAILED} or {@value
   *     #EXIT_USAGE_OR_NOT_RUN}
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args == null");
    Objects.requireNonNull(env, "env == null");
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("preflight: " + e.getMessage());
      err.print(USAGE);
      return EXIT_USAGE_OR_NOT_RUN;
    }
    if (o.help) {
      out.print(USAGE);
      return EXIT_OK;
    }
    NewStoreClient client;
    try {
      client = client(o, env);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      err.println("preflight: " + e.getMessage());
      return EXIT_USAGE_OR_NOT_RUN;
    }
    try {
      if (o.confirmEndpoints) {
        return confirmEndpoints(o, env, client, out);
      }
      NewStorePreflight.Builder b =
          NewStorePreflight.builder()
              .client(client)
              .profiles(o.profiles)
              .refundToOriginalPaymentMethod(o.refundToOriginal)
              .distributionCenters(o.dcNodes.toArray(new String[0]))
              .probeWebhooks(o.probe)
              .probeProduct(o.probeProduct, o.probeLocation)
              .probeCustomerEmail(o.probeEmail)
              .orderWebhookRoutes(o.historyRoute, o.detailsRoute);
      if (o.probeOrderId != null) {
        b.probeOrderId(o.probeOrderId);
      }
      PreflightReport report = b.build().run();
      out.print(o.json ? ReportFormat.json(report) : ReportFormat.table(report));
      out.flush();
      return report.exitCode();
    } catch (RuntimeException e) {
      // The report never throws for a setting; this is a bug or a broken environment.
      err.println("preflight: could not run: " + e.getClass().getSimpleName());
      return EXIT_USAGE_OR_NOT_RUN;
    } finally {
      client.close();
    }
  }

  private static int confirmEndpoints(
      Options o, Map<String, String> env, NewStoreClient client, PrintStream out) {
    NewStorePreflight.Builder b =
        NewStorePreflight.builder()
            .client(client)
            // Profiles play no part in the probes; the builder wants one.
            .profiles(o.profiles.isEmpty() ? List.of(IntegrationProfile.values()) : o.profiles)
            .distributionCenters(o.dcNodes.toArray(new String[0]));
    String tenant = env.get("NEWSTORE_TENANT");
    if (o.includeTenant && !blank(tenant)) {
      b.includeTenantInReport(tenant);
    }
    EndpointConfirmationReport report = b.build().confirmEndpoints();
    out.print(o.json ? report.toJson() : report.toTable());
    out.flush();
    return report.everyProbeRan() ? EXIT_OK : EXIT_USAGE_OR_NOT_RUN;
  }

  private static NewStoreClient client(Options o, Map<String, String> env) {
    requireSet(
        env,
        "the tenant's API client id and secret, read from the environment only",
        "NEWSTORE_CLIENT_ID",
        "NEWSTORE_CLIENT_SECRET");
    NewStoreClient.Builder b =
        NewStoreClient.builder()
            .credentials(
                env.get("NEWSTORE_CLIENT_ID").strip(), env.get("NEWSTORE_CLIENT_SECRET").strip());
    if (o.baseUrl != null) {
      b.baseUrl(o.baseUrl);
      if (o.tokenUrl == null) {
        throw new IllegalArgumentException("--base-url needs --token-url");
      }
      b.tokenUrl(o.tokenUrl);
    } else {
      requireSet(
          env,
          "the tenant's name and its stage: production, staging or sandbox (p, x, t);"
              + " or pass --base-url and --token-url",
          "NEWSTORE_TENANT",
          "NEWSTORE_STAGE");
      b.tenant(env.get("NEWSTORE_TENANT").strip()).stage(stage(env.get("NEWSTORE_STAGE")));
      if (o.tokenUrl != null) {
        b.tokenUrl(o.tokenUrl);
      }
    }
    o.pathOverrides.forEach(b::pathOverride);
    return b.userAgentSuffix("preflight").build();
  }

  /** Says which of the variables to export, such as "NEWSTORE_CLIENT_SECRET is not set: ...". */
  private static void requireSet(Map<String, String> env, String what, String... names) {
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (blank(env.get(name))) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      boolean one = missing.size() == 1;
      throw new IllegalArgumentException(
          String.join(" and ", missing)
              + (one ? " is" : " are")
              + " not set: export "
              + (one ? "it" : "them")
              + " ("
              + what
              + ")");
    }
  }

  private static Stage stage(String s) {
    try {
      return Stage.parse(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("NEWSTORE_STAGE is malformed: " + e.getMessage(), e);
    }
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  /** Parsed arguments. */
  private static final class Options {
    final List<IntegrationProfile> profiles = new ArrayList<>();
    final List<String> dcNodes = new ArrayList<>();
    final Map<String, String> pathOverrides = new java.util.LinkedHashMap<>();
    boolean json;
    boolean help;
    boolean refundToOriginal;
    boolean probe;
    boolean confirmEndpoints;
    boolean includeTenant;
    @Nullable String baseUrl;
    @Nullable String tokenUrl;
    String probeProduct = "newstore-preflight-probe";
    String probeLocation = "newstore-preflight-probe";
    String probeEmail = "preflight@example.com";
    @Nullable String probeOrderId;
    String historyRoute = NewStorePreflight.DEFAULT_PURCHASE_HISTORY_ROUTE;
    String detailsRoute = NewStorePreflight.DEFAULT_ORDER_DETAILS_ROUTE;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = Objects.requireNonNull(args[i], "args contains null");
        String name = a;
        String inline = null;
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          name = a.substring(0, eq);
          inline = a.substring(eq + 1);
        }
        switch (name) {
          case "--json" -> o.json = true;
          case "--help", "-h" -> o.help = true;
          case "--refund-to-original" -> o.refundToOriginal = true;
          case "--probe" -> o.probe = true;
          case "--confirm-endpoints" -> o.confirmEndpoints = true;
          case "--include-tenant" -> o.includeTenant = true;
          default -> {
            String value;
            if (inline != null) {
              value = inline;
            } else if (i + 1 < args.length) {
              value = args[++i];
            } else {
              throw new IllegalArgumentException(
                  name.startsWith("--") ? name + " needs a value" : "unknown argument " + name);
            }
            o.option(name, value);
          }
        }
      }
      if (o.profiles.isEmpty() && !o.help && !o.confirmEndpoints) {
        throw new IllegalArgumentException("--profile is required");
      }
      return o;
    }

    private void option(String name, String value) {
      switch (name) {
        case "--profile" -> {
          for (String p : value.split(",")) {
            if (!p.isBlank()) {
              profiles.add(IntegrationProfile.parse(p));
            }
          }
        }
        case "--base-url" -> baseUrl = value;
        case "--token-url" -> tokenUrl = value;
        case "--dc-node" -> dcNodes.add(value);
        case "--probe-product" -> probeProduct = value;
        case "--probe-location" -> probeLocation = value;
        case "--probe-email" -> probeEmail = value;
        case "--probe-order-id" -> probeOrderId = value;
        case "--purchase-history-route" -> historyRoute = value;
        case "--order-details-route" -> detailsRoute = value;
        case "--path-override" -> {
          int eq = value.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("--path-override needs <endpoint-id>=<path>");
          }
          pathOverrides.put(value.substring(0, eq), value.substring(eq + 1));
        }
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
  }
}
