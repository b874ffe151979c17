package com.newstore.sdk.client.internal.config;

import com.newstore.sdk.client.BadRequestException;
import com.newstore.sdk.client.ConflictException;
import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import com.newstore.sdk.client.UnprocessableEntityException;
import com.newstore.sdk.client.config.BigOrderLimits;
import com.newstore.sdk.client.config.ConfigResource;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.client.config.ExternalOrderWebhookConfig;
import com.newstore.sdk.client.config.LocationType;
import com.newstore.sdk.client.config.OrderIdSequence;
import com.newstore.sdk.client.config.OrderIdSequenceAlreadySetException;
import com.newstore.sdk.client.config.SalesOrderConfigService;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.ConfigWire;
import com.newstore.sdk.client.internal.SalesOrderConfigApi;
import com.newstore.sdk.client.internal.Transport;
import com.squareup.moshi.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/** {@link SalesOrderConfigService} on a {@link Transport}. Not for users. */
public final class RealSalesOrderConfigService implements SalesOrderConfigService {
  private final ConfigResource<ExternalOmsSetting> externalOms;
  private final ConfigResource<OrderIdSequence> orderIdSequence;
  private final ConfigResource<Duration> gracePeriod;
  private final ConfigResource<Set<LocationType>> cancellableLocations;
  private final ConfigResource<Set<LocationType>> anyLocations;
  private final ConfigResource<BigOrderLimits> bigOrders;
  private final ConfigResource<ExternalOrderWebhookConfig> externalOrderWebhook;

  /**
   * Creates the service.
   *
   * @param transport the client's transport
   */
  public RealSalesOrderConfigService(Transport transport) {
    SalesOrderConfigApi api = transport.create(SalesOrderConfigApi.class);
    ConfigCall calls = new ConfigCall(transport.executor());
    this.externalOms =
        calls.resource(
            api::externalOms, api::setExternalOms, ConfigCodec.envelope(ExternalOmsSetting.class));
    this.orderIdSequence =
        new AlreadySetMapping(
            calls
                .resource(
                    api::orderIdSequence,
                    api::setOrderIdSequence,
                    ConfigCodec.<OrderIdSequence>envelope(OrderIdSequence.class))
                .checkedBy(BeanValidation::validate));
    this.gracePeriod =
        calls
            .resource(
                api::gracePeriod,
                api::setGracePeriod,
                ConfigCodec.<Long, Duration>envelope(
                    Long.class,
                    Duration::ofSeconds,
                    d -> Checks.wholeSeconds(d, "GracePeriod", "gracePeriod")))
            .checkedBy(RealSalesOrderConfigService::checkGracePeriod);
    RealConfigResource<Set<LocationType>> locations =
        calls.resource(
            api::cancellableLocations,
            api::setCancellableLocations,
            ConfigCodec.<List<LocationType>, Set<LocationType>>envelope(
                Types.newParameterizedType(List.class, LocationType.class),
                l -> Collections.unmodifiableSet(new LinkedHashSet<>(l)),
                s -> List.copyOf(new ArrayList<>(s))));
    this.cancellableLocations = locations.checkedBy(s -> checkLocations(s, false));
    this.anyLocations = locations.checkedBy(s -> checkLocations(s, true));
    this.bigOrders =
        calls
            .resource(
                api::bigOrders,
                api::setBigOrders,
                ConfigCodec.<BigOrderLimits>envelope(BigOrderLimits.class))
            .checkedBy(BeanValidation::validate);
    this.externalOrderWebhook =
        calls
            .resource(
                api::externalOrderWebhook,
                api::setExternalOrderWebhook,
                ConfigCodec.<ConfigWire.ExternalOrderWebhook, ExternalOrderWebhookConfig>envelope(
                    ConfigWire.ExternalOrderWebhook.class,
                    RealSalesOrderConfigService::toWebhook,
                    RealSalesOrderConfigService::toWire))
            .checkedBy(BeanValidation::validate);
  }

  @Override
  public ConfigResource<ExternalOmsSetting> externalOms() {
    return externalOms;
  }

  @Override
  public ConfigResource<OrderIdSequence> orderIdSequence() {
    return orderIdSequence;
  }

  @Override
  public ConfigResource<Duration> gracePeriod() {
    return gracePeriod;
  }

  @Override
  public ConfigResource<Set<LocationType>> cancellableLocations() {
    return cancellableLocations;
  }

  @Override
  public ConfigResource<Set<LocationType>> cancellableLocationsAllowingUndocumentedTypes() {
    return anyLocations;
  }

  @Override
  public ConfigResource<BigOrderLimits> bigOrders() {
    return bigOrders;
  }

  @Override
  public ConfigResource<ExternalOrderWebhookConfig> externalOrderWebhook() {
    return externalOrderWebhook;
  }

  private static void checkGracePeriod(Duration d) {
    if (d.isNegative()) {
      throw new NewStoreValidationException(
          "GracePeriod", List.of(new Violation("gracePeriod", "must not be negative")));
    }
    Checks.wholeSeconds(d, "GracePeriod", "gracePeriod");
  }

  private static void checkLocations(Set<LocationType> locations, boolean allowUndocumented) {
    List<Violation> violations = new ArrayList<>();
    if (locations.isEmpty()) {
      violations.add(new Violation("locations", "must not be empty"));
    }
    for (LocationType l : locations) {
      Objects.requireNonNull(l, "locations contains null");
      if (l.value().isBlank()) {
        violations.add(new Violation("locations", "must not contain an empty type"));
      } else if (!allowUndocumented && !l.isKnown()) {
        violations.add(
            new Violation(
                "locations",
                "'"
                    + l.value()
                    + "' is not a documented type (store, dc); use"
                    + " cancellableLocationsAllowingUndocumentedTypes() to send it anyway"));
      }
    }
    if (!violations.isEmpty()) {
      throw new NewStoreValidationException("CancellableLocations", violations);
    }
  }

  private static ExternalOrderWebhookConfig toWebhook(ConfigWire.ExternalOrderWebhook w) {
    Duration timeout =
        w.timeout() == null
            ? ExternalOrderWebhookConfig.DEFAULT_TIMEOUT
            : Duration.ofSeconds(w.timeout());
    return new ExternalOrderWebhookConfig(Checks.required(w.url(), "url"), w.apiKey(), timeout);
  }

  private static ConfigWire.ExternalOrderWebhook toWire(ExternalOrderWebhookConfig c) {
    long seconds = Checks.wholeSeconds(c.timeout(), "ExternalOrderWebhookConfig", "timeout");
    return new ConfigWire.ExternalOrderWebhook(c.url(), c.apiKey(), (int) seconds);
  }

  /** Maps NewStore's refusal to change an applied sequence to its own exception. */
  private static final class AlreadySetMapping extends ForwardingConfigResource<OrderIdSequence> {
    AlreadySetMapping(ConfigResource<OrderIdSequence> delegate) {
      super(delegate);
    }

    @Override
    public void set(OrderIdSequence value) {
      try {
        super.set(value);
      } catch (ConflictException | BadRequestException | UnprocessableEntityException e) {
        if (isAlreadySet(e)) {
          throw new OrderIdSequenceAlreadySetException(e.error());
        }
        throw e;
      }
    }

    @Override
    public OrderIdSequence update(UnaryOperator<OrderIdSequence> change) {
      throw new UnsupportedOperationException(
          "The order id sequence cannot change once set; read it with get()");
    }

    /**
     * NewStore does not document the answer, so a 409 always counts, and a 400 or 422 counts when
     * its code or message says so.
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
}
