package com.newstore.examples.quickstart;

import com.newstore.sdk.client.Stage;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds what the quickstart runs against, read from the environment and the command line: the
 * embedded simulator (the default), or a real tenant when {@code NEWSTORE_TENANT}, {@code
 * NEWSTORE_CLIENT_ID} and {@code NEWSTORE_CLIENT_SECRET} are set. {@link #toString()} never prints
 * the client secret or the webhook key.
 *
 * @param tenant the tenant, or null to run on the embedded simulator
 * @param stage the tenant's stage ({@code NEWSTORE_STAGE}, production by default)
 * @param clientId the OAuth2 client id, or null on the simulator
 * @param clientSecret the OAuth2 client secret, or null on the simulator
 * @param allowWrites whether changing a live tenant is allowed ({@code --allow-writes})
 * @param publicUrl the https base URL under which NewStore reaches this integration's webhooks
 *     ({@code NEWSTORE_PUBLIC_URL}), or null when not set
 * @param webhookKey the api key NewStore sends to the webhooks ({@code NEWSTORE_WEBHOOK_KEY}), or
 *     null when not set
 */
public record Settings(
    String tenant,
    Stage stage,
    String clientId,
    String clientSecret,
    boolean allowWrites,
    String publicUrl,
    String webhookKey) {

  /** The flag that allows the quickstart to change a live tenant. */
  public static final String ALLOW_WRITES = "--allow-writes";

  /** The shortest webhook api key NewStore's ATP webhook configuration accepts. */
  static final int MIN_WEBHOOK_KEY_LENGTH = 20;

  /** The public URL the simulator run registers: the simulator plays the TLS proxy in front. */
  public static final String SIMULATED_PUBLIC_URL = "https://oms.example.com/newstore";

  /**
   * Checks the components.
   *
   * @param tenant see the record description
   * @param stage see the record description
   * @param clientId see the record description
   * @param clientSecret see the record description
   * @param allowWrites see the record description
   * @param publicUrl see the record description
   * @param webhookKey see the record description
   */
  public Settings {
    Objects.requireNonNull(stage, "stage == null");
    if (tenant != null && (clientId == null || clientSecret == null)) {
      throw new IllegalArgumentException("a tenant needs a client id and a client secret");
    }
  }

  /**
   * Returns the settings for a run on the embedded simulator.
   *
   * @return simulator settings
   */
  public static Settings simulator() {
    return new Settings(null, Stage.PRODUCTION, null, null, true, SIMULATED_PUBLIC_URL, null);
  }

  /**
   * Reads the settings from environment variables and command line arguments.
   *
   * @param env the environment, such as {@code System.getenv()}
   * @param args the command line arguments
   * @return the settings
   * @throws IllegalArgumentException when an argument is unknown, only some of the tenant variables
   *     are set (the message names the missing ones), {@code NEWSTORE_STAGE} is not a stage, {@code
   *     NEWSTORE_PUBLIC_URL} is not an https URL or {@code NEWSTORE_WEBHOOK_KEY} is shorter than 20
   *     characters (the message names the variable)
   */
  public static Settings from(Map<String, String> env, String... args) {
    List<String> unknown =
        Arrays.stream(args).filter(a -> !a.equals(ALLOW_WRITES) && !a.isBlank()).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown argument " + unknown.get(0) + "; the only option is " + ALLOW_WRITES);
    }
    boolean allowWrites = Arrays.asList(args).contains(ALLOW_WRITES);
    String tenant = value(env, "NEWSTORE_TENANT").orElse(null);
    String clientId = value(env, "NEWSTORE_CLIENT_ID").orElse(null);
    String clientSecret = value(env, "NEWSTORE_CLIENT_SECRET").orElse(null);
    if (tenant == null && clientId == null && clientSecret == null) {
      return simulator();
    }
    if (tenant == null || clientId == null || clientSecret == null) {
      List<String> missing = new ArrayList<>();
      if (tenant == null) {
        missing.add("NEWSTORE_TENANT");
      }
      if (clientId == null) {
        missing.add("NEWSTORE_CLIENT_ID");
      }
      if (clientSecret == null) {
        missing.add("NEWSTORE_CLIENT_SECRET");
      }
      throw new IllegalArgumentException(
          String.join(" and ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " not set: export "
              + (missing.size() == 1 ? "it" : "them")
              + " to run against a tenant (it needs NEWSTORE_TENANT, NEWSTORE_CLIENT_ID and"
              + " NEWSTORE_CLIENT_SECRET), or unset the others to run on the embedded simulator");
    }
    Stage stage = value(env, "NEWSTORE_STAGE").map(Settings::stage).orElse(Stage.PRODUCTION);
    String publicUrl = value(env, "NEWSTORE_PUBLIC_URL").map(Settings::publicUrl).orElse(null);
    return new Settings(
        tenant,
        stage,
        clientId,
        clientSecret,
        allowWrites,
        publicUrl,
        value(env, "NEWSTORE_WEBHOOK_KEY").map(Settings::webhookKey).orElse(null));
  }

  /**
   * Returns whether the run uses the embedded simulator.
   *
   * @return true without a tenant
   */
  public boolean onSimulator() {
    return tenant == null;
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Stage stage(String value) {
    try {
      return Stage.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("NEWSTORE_STAGE is malformed: " + e.getMessage(), e);
    }
  }

  private static String webhookKey(String value) {
    if (value.length() < MIN_WEBHOOK_KEY_LENGTH) {
      // The length only: the key is a secret.
      throw new IllegalArgumentException(
          "NEWSTORE_WEBHOOK_KEY has "
              + value.length()
              + " characters: export a key of at least "
              + MIN_WEBHOOK_KEY_LENGTH
              + " (NewStore's ATP webhook configuration needs one that long)");
    }
    return value;
  }

  private static String publicUrl(String value) {
    URI url;
    try {
      url = new URI(value);
    } catch (URISyntaxException e) {
      url = null;
    }
    if (url == null || !"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
      // The URL is shown: it is where NewStore calls, not a secret (user info is cut off).
      throw new IllegalArgumentException(
          "NEWSTORE_PUBLIC_URL must be an absolute https URL (NewStore calls only https), such as"
              + " https://oms.example.com/newstore, but is '"
              + value.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@?#]*@", "$1<redacted>@")
              + "'");
    }
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  @Override
  public String toString() {
    return onSimulator()
        ? "Settings[simulator]"
        : "Settings[tenant="
            + tenant
            + ", stage="
            + stage
            + ", clientId="
            + clientId
            + ", clientSecret=<redacted>, allowWrites="
            + allowWrites
            + ", publicUrl="
            + publicUrl
            + ", webhookKey="
            + (webhookKey == null ? "none" : "<redacted>")
            + "]";
  }
}
