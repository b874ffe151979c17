package com.newstore.sdk.client.config;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import com.newstore.sdk.client.UnprocessableEntityException;
import com.newstore.sdk.client.internal.ApiExecutor;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.ConfigWire;
import com.newstore.sdk.client.internal.SalesOrderConfigApi;
import com.newstore.sdk.client.internal.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and sets the sales order configuration (NewStore's "API to manage sales order
 * configurations", 0.1.0): the external OMS setting, the order id sequence, the grace period, the
 * locations orders can be cancelled from, the big order limit and the external order webhook.
 * Values are checked before sending; a value that breaks a documented rule throws {@link
 * NewStoreValidationException} and nothing is sent. Thread-safe; get it from {@link
 * NewStoreClient#salesOrderConfig()}.
 *
 * <pre>{@code
 * SalesOrderConfigService sales = client.salesOrderConfig();
 * sales.setGracePeriod(Duration.ofMinutes(5));
 * sales.setCancellableLocations(Set.of(LocationType.STORE));
 * sales.setExternalOrderWebhook(
 *     ExternalOrderWebhookConfig.of("https://oms.example.com/newstore", apiKey));
 * }</pre>
 *
 * <h2>Paths and endpoint ids</h2>
 *
 * All paths are under {@code /v0/config/sales_order/}. Only {@code external_order_webhook} is
 * confirmed; the others are <strong>unconfirmed</strong> (the body shapes are documented, the paths
 * are inferred). Override any of them with {@link NewStoreClient.Builder#pathOverride(String,
 * String)} using these ids: {@code sales-order.external-oms.get}, {@code
 * sales-order.external-oms.set}, {@code sales-order.order-id-sequence.get}, {@code
 * sales-order.order-id-sequence.set}, {@code sales-order.grace-period.get}, {@code
 * sales-order.grace-period.set}, {@code sales-order.cancellable-locations.get}, {@code
 * sales-order.cancellable-locations.set}, {@code sales-order.big-orders.get}, {@code
 * sales-order.big-orders.set}, {@code sales-order.external-order-webhook.get}, {@code
 * sales-order.external-order-webhook.set}.
 */
public final class SalesOrderConfigService {
  private final SalesOrderConfigApi api;
  private final ApiExecutor executor;

  /**
   * Creates the service on a client's transport; use {@link NewStoreClient#salesOrderConfig()}.
   *
   * @param client the client
   */
  public SalesOrderConfigService(NewStoreClient client) {
    Transport transport = Transport.of(Objects.requireNonNull(client, "client == null"));
    this.api = transport.create(SalesOrderConfigApi.class);
    this.executor = transport.executor();
  }

  /**
   * Returns whether an external OMS is the primary OMS ({@code GET external_oms}).
   *
   * @return the setting and when it changed
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<ExternalOmsSetting> externalOms() {
    return ConfigCalls.execute(executor, api.externalOms());
  }

  /**
   * Enables or disables the external OMS ({@code POST external_oms}).
   *
   * @param setting the setting
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void setExternalOms(ExternalOmsSetting setting) {
    Objects.requireNonNull(setting, "setting == null");
    ConfigCalls.executeDiscarding(
        executor, api.setExternalOms(new ConfigWire.ValueBody<>(setting)));
  }

  /**
   * Returns the order id sequence ({@code GET order_id_sequence}).
   *
   * @return the sequence and when it was set
   * @throws com.newstore.sdk.client.NotFoundException when no sequence is set (presumably; the
   *     answer is undocumented)
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<OrderIdSequence> orderIdSequence() {
    return ConfigCalls.execute(executor, api.orderIdSequence());
  }

  /**
   * Sets the order id sequence ({@code POST order_id_sequence}). <strong>This works once</strong>:
   * NewStore refuses to change a sequence that was applied, and the refusal is thrown as {@link
   * OrderIdSequenceAlreadySetException}.
   *
   * @param sequence the sequence; {@code start} and {@code step} greater than 0
   * @return the sequence NewStore stored
   * @throws NewStoreValidationException when {@code sequence} breaks a rule; nothing is sent
   * @throws OrderIdSequenceAlreadySetException when a sequence was already set
   * @throws com.newstore.sdk.client.NewStoreException when the call fails otherwise
   */
  public ConfigValue<OrderIdSequence> setOrderIdSequence(OrderIdSequence sequence) {
    BeanValidation.validate(Objects.requireNonNull(sequence, "sequence == null"));
    try {
      return ConfigCalls.execute(
          executor, api.setOrderIdSequence(new ConfigWire.ValueBody<>(sequence)));
    } catch (ConflictException | BadRequestException | UnprocessableEntityException e) {
      if (isAlreadySet(e)) {
        throw new OrderIdSequenceAlreadySetException(e.error());
      }
      throw e;
    }
  }

  /**
   * Returns the grace period, how long an order stays on hold before it is routed ({@code GET
   * grace_period}), with the JSON schema NewStore returns next to it.
   *
   * @return the grace period, its schema and when it changed
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public GracePeriodConfig gracePeriod() {
    return toGracePeriod(ConfigCalls.execute(executor, api.gracePeriod()));
  }

  /**
   * Sets the grace period ({@code POST grace_period}); it applies to orders that have no grace
   * period of their own. Sent in whole seconds.
   *
   * @param gracePeriod zero or more whole seconds
   * @return the grace period NewStore stored (its schema is empty: the write does not return it)
   * @throws NewStoreValidationException when the period is negative or not whole seconds; nothing
   *     is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public GracePeriodConfig setGracePeriod(Duration gracePeriod) {
    Objects.requireNonNull(gracePeriod, "gracePeriod == null");
    if (gracePeriod.isNegative()) {
      throw new NewStoreValidationException(
          "GracePeriod", List.of(new Violation("gracePeriod", "must not be negative")));
    }
    long seconds = ConfigCalls.wholeSeconds(gracePeriod, "GracePeriod", "gracePeriod");
    return toGracePeriod(
        ConfigCalls.execute(executor, api.setGracePeriod(new ConfigWire.ValueBody<>(seconds))));
  }

  /**
   * Returns the location types from which orders can be cancelled ({@code GET
   * cancellable_locations}). Unknown types are kept.
   *
   * @return the location types, in NewStore's order, and when they changed
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<Set<LocationType>> cancellableLocations() {
    return toSet(ConfigCalls.execute(executor, api.cancellableLocations()));
  }

  /**
   * Sets the location types from which orders can be cancelled ({@code POST
   * cancellable_locations}). By default only orders routed to stores can be cancelled.
   *
   * @param locations a non-empty set of {@link LocationType#STORE} and {@link LocationType#DC}
   * @return the location types NewStore stored
   * @throws NewStoreValidationException when {@code locations} is empty; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<Set<LocationType>> setCancellableLocations(Set<LocationType> locations) {
    Objects.requireNonNull(locations, "locations == null");
    if (locations.isEmpty()) {
      throw new NewStoreValidationException(
          "CancellableLocations", List.of(new Violation("locations", "must not be empty")));
    }
    List<LocationType> body = new ArrayList<>(locations);
    body.forEach(l -> Objects.requireNonNull(l, "locations contains null"));
    return toSet(
        ConfigCalls.execute(
            executor, api.setCancellableLocations(new ConfigWire.ValueBody<>(List.copyOf(body)))));
  }

  /**
   * Returns the big order limit ({@code GET big_orders}). NewStore applies {@value
   * BigOrderLimits#DEFAULT_SOFT_LIMIT} items when none is set.
   *
   * @return the limits and when they changed
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<BigOrderLimits> bigOrderLimits() {
    return ConfigCalls.execute(executor, api.bigOrderLimits());
  }

  /**
   * Sets the big order limit ({@code POST big_orders}): orders with more items are held.
   *
   * @param limits the limits; the soft limit greater than 0
   * @return the limits NewStore stored
   * @throws NewStoreValidationException when {@code limits} breaks a rule; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<BigOrderLimits> setBigOrderLimits(BigOrderLimits limits) {
    BeanValidation.validate(Objects.requireNonNull(limits, "limits == null"));
    return ConfigCalls.execute(executor, api.setBigOrderLimits(new ConfigWire.ValueBody<>(limits)));
  }

  /**
   * Returns the external order webhook configuration ({@code GET external_order_webhook}, confirmed
   * path). A missing {@code timeout} is reported as NewStore's default, 15 seconds.
   *
   * @return the configuration and when it changed
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public ConfigValue<ExternalOrderWebhookConfig> externalOrderWebhook() {
    ConfigValue<ConfigWire.ExternalOrderWebhook> wire =
        ConfigCalls.execute(executor, api.externalOrderWebhook());
    ConfigWire.ExternalOrderWebhook w = wire.value();
    Duration timeout =
        w.timeout() == null
            ? ExternalOrderWebhookConfig.DEFAULT_TIMEOUT
            : Duration.ofSeconds(w.timeout());
    return new ConfigValue<>(
        new ExternalOrderWebhookConfig(ConfigCalls.required(w.url(), "url"), w.apiKey(), timeout),
        wire.updatedAt());
  }

  /**
   * Sets the external order webhook ({@code POST external_order_webhook}, confirmed path), which
   * NewStore calls for order details and purchase history. The URL is a base URL: NewStore appends
   * its own routes.
   *
   * @param config an absolute http(s) URL, a non-empty api key, a timeout of at most 25 seconds
   * @throws NewStoreValidationException when {@code config} breaks a rule; nothing is sent
   * @throws com.newstore.sdk.client.NewStoreException when the call fails
   */
  public void setExternalOrderWebhook(ExternalOrderWebhookConfig config) {
    BeanValidation.validate(Objects.requireNonNull(config, "config == null"));
    long seconds =
        ConfigCalls.wholeSeconds(config.timeout(), "ExternalOrderWebhookConfig", "timeout");
    ConfigWire.ExternalOrderWebhook wire =
        new ConfigWire.ExternalOrderWebhook(config.url(), config.apiKey(), (int) seconds);
    ConfigCalls.executeDiscarding(
        executor, api.setExternalOrderWebhook(new ConfigWire.ValueBody<>(wire)));
  }

  private static GracePeriodConfig toGracePeriod(ConfigWire.GracePeriod wire) {
    Map<String, @Nullable Object> schema = wire.schema() == null ? Map.of() : wire.schema();
    return new GracePeriodConfig(Duration.ofSeconds(wire.value()), schema, wire.updatedAt());
  }

  private static ConfigValue<Set<LocationType>> toSet(ConfigValue<List<LocationType>> wire) {
    return new ConfigValue<>(
        Collections.unmodifiableSet(new LinkedHashSet<>(wire.value())), wire.updatedAt());
  }

  /**
   * Decides whether an error means "already set". NewStore does not document the answer, so a 409
   * always counts, and a 400 or 422 counts when its code or message says so.
   */
  private static boolean isAlreadySet(NewStoreApiException e) {
    if (e.statusCode() == 409) {
      return true;
    }
    String text =
        ((e.errorCode() == null ? "" : e.errorCode())
                + " "
                + (e.serverMessage() == null ? "" : e.serverMessage()))
            .toLowerCase(Locale.ROOT);
    return text.contains("already")
        || text.contains("immutable")
        || text.contains("exists")
        || text.contains("can't be changed")
        || text.contains("cannot be changed");
  }
}
