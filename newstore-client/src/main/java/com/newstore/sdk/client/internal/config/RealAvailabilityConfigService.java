package com.newstore.sdk.client.internal.config;

import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import com.newstore.sdk.client.config.AvailabilityConfigService;
import com.newstore.sdk.client.config.AvailabilityWebhookConfig;
import com.newstore.sdk.client.config.CancelOnConflictPolicy;
import com.newstore.sdk.client.config.ConfigResource;
import com.newstore.sdk.client.config.ExternalIdentifier;
import com.newstore.sdk.client.config.RoutingFlag;
import com.newstore.sdk.client.internal.AvailabilityConfigApi;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.ConfigWire;
import com.newstore.sdk.client.internal.Transport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** {@link AvailabilityConfigService} on a {@link Transport}. Not for users. */
public final class RealAvailabilityConfigService implements AvailabilityConfigService {
  private static final ConfigCodec<Boolean> FLAG = ConfigCodec.envelope(Boolean.class);

  private final AvailabilityConfigApi api;
  private final ConfigCall calls;
  private final ConfigResource<AvailabilityWebhookConfig> webhook;
  private final ConfigResource<Boolean> usesExternalAtp;
  private final ConfigResource<CancelOnConflictPolicy> cancelOnConflict;

  /**
   * Creates the service.
   *
   * @param transport the client's transport
   */
  public RealAvailabilityConfigService(Transport transport) {
    this.api = transport.create(AvailabilityConfigApi.class);
    this.calls = new ConfigCall(transport.executor());
    this.webhook =
        calls
            .resource(
                api::webhook,
                api::updateWebhook,
                ConfigCodec.<ConfigWire.AvailabilityWebhook>bare(
                        ConfigWire.AvailabilityWebhook.class)
                    .map(
                        RealAvailabilityConfigService::toConfig,
                        RealAvailabilityConfigService::toWire))
            .checkedBy(BeanValidation::validate);
    this.usesExternalAtp = calls.resource(api::usesExternalAtp, api::setUsesExternalAtp, FLAG);
    this.cancelOnConflict =
        calls
            .resource(
                api::cancelOnConflict,
                api::setCancelOnConflict,
                ConfigCodec.<CancelOnConflictPolicy>envelope(CancelOnConflictPolicy.class))
            .checkedBy(RealAvailabilityConfigService::checkPolicy);
  }

  @Override
  public ConfigResource<AvailabilityWebhookConfig> webhook() {
    return webhook;
  }

  @Override
  public void deleteWebhook() {
    calls.write(api.deleteWebhook());
  }

  @Override
  public ConfigResource<Boolean> usesExternalAtp() {
    return usesExternalAtp;
  }

  @Override
  public ConfigResource<Boolean> routingFlag(RoutingFlag flag) {
    Objects.requireNonNull(flag, "flag == null");
    if (flag.equals(RoutingFlag.CANCEL_ON_CONFLICT)) {
      throw new IllegalArgumentException(
          "cancel_on_conflict is an object, not a boolean: use cancelOnConflict()");
    }
    String name = flag.value();
    return calls.resource(
        () -> api.routingFlag(name), body -> api.setRoutingFlag(name, body), FLAG);
  }

  @Override
  public ConfigResource<CancelOnConflictPolicy> cancelOnConflict() {
    return cancelOnConflict;
  }

  private static void checkPolicy(CancelOnConflictPolicy p) {
    if (p.reasonsToOverwriteDefault().isEmpty()) {
      throw new NewStoreValidationException(
          "CancelOnConflictPolicy",
          List.of(new Violation("reasonsToOverwriteDefault", "must list at least one reason")));
    }
  }

  private static AvailabilityWebhookConfig toConfig(ConfigWire.AvailabilityWebhook w) {
    return new AvailabilityWebhookConfig(
        Checks.required(w.url(), "url"),
        Checks.required(w.apiKey(), "api_key"),
        w.externalIdentifier() == null ? ExternalIdentifier.PRODUCT_ID : w.externalIdentifier(),
        Duration.ofSeconds(Checks.required(w.timeout(), "timeout")));
  }

  private static ConfigWire.AvailabilityWebhook toWire(AvailabilityWebhookConfig c) {
    long seconds = Checks.wholeSeconds(c.timeout(), "AvailabilityWebhookConfig", "timeout");
    return new ConfigWire.AvailabilityWebhook(
        c.url(), c.apiKey(), c.externalIdentifier(), (int) seconds);
  }
}
