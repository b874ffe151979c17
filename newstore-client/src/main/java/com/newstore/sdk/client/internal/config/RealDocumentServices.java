package com.newstore.sdk.client.internal.config;

import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import com.newstore.sdk.client.config.AssociateAppConfigService;
import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.ConfigResource;
import com.newstore.sdk.client.config.ConfigValue;
import com.newstore.sdk.client.config.DistributionCenterConfigService;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.FulfillmentConfigDocument;
import com.newstore.sdk.client.config.FulfillmentConfigService;
import com.newstore.sdk.client.config.FulfillmentConfiguration;
import com.newstore.sdk.client.config.PaymentConfigName;
import com.newstore.sdk.client.config.PaymentConfigService;
import com.newstore.sdk.client.config.PaymentConfiguration;
import com.newstore.sdk.client.config.TransferShippingConfigService;
import com.newstore.sdk.client.config.TransferShippingConfiguration;
import com.newstore.sdk.client.internal.AssociateAppConfigApi;
import com.newstore.sdk.client.internal.BeanValidation;
import com.newstore.sdk.client.internal.DistributionCenterConfigApi;
import com.newstore.sdk.client.internal.FulfillmentConfigApi;
import com.newstore.sdk.client.internal.PaymentConfigApi;
import com.newstore.sdk.client.internal.TransferShippingConfigApi;
import com.newstore.sdk.client.internal.Transport;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The configuration services whose NewStore resource is one bare document (or one per key), read
 * and written whole on the shared call path. Not for users.
 */
public final class RealDocumentServices {
  private RealDocumentServices() {}

  /**
   * Returns the Associate App configuration service.
   *
   * @param transport the client's transport
   * @return the service
   */
  public static AssociateAppConfigService associateApp(Transport transport) {
    AssociateAppConfigApi api = transport.create(AssociateAppConfigApi.class);
    ConfigResource<AssociateAppConfiguration> resource =
        new RealConfigResource<>(
            new ConfigCall(transport.executor()),
            api::get,
            api::set,
            ConfigCodec.tree(AssociateAppConfiguration::new, AssociateAppConfiguration::document),
            v -> {},
            AssociateAppConfiguration::empty);
    return new AssociateApp(resource);
  }

  /**
   * Returns the payment configuration service.
   *
   * @param transport the client's transport
   * @return the service
   */
  public static PaymentConfigService payment(Transport transport) {
    PaymentConfigApi api = transport.create(PaymentConfigApi.class);
    ConfigCall calls = new ConfigCall(transport.executor());
    ConfigCodec<PaymentConfiguration> codec =
        ConfigCodec.tree(PaymentConfiguration::new, PaymentConfiguration::document);
    return name -> {
      Objects.requireNonNull(name, "name == null");
      PaymentConfigName key = name;
      return new RealConfigResource<>(
          calls,
          () -> api.get(key.value()),
          body -> api.set(key.value(), body),
          codec,
          v -> {},
          PaymentConfiguration::empty);
    };
  }

  /**
   * Returns the DC configuration service.
   *
   * @param transport the client's transport
   * @return the service
   */
  public static DistributionCenterConfigService distributionCenter(Transport transport) {
    DistributionCenterConfigApi api = transport.create(DistributionCenterConfigApi.class);
    ConfigCall calls = new ConfigCall(transport.executor());
    ConfigCodec<DistributionCenterConfiguration> codec =
        ConfigCodec.bare(DistributionCenterConfiguration.class);
    return nodeId -> {
      Objects.requireNonNull(nodeId, "fulfillmentNodeId == null");
      if (nodeId.isBlank()) {
        throw new NewStoreValidationException(
            "DistributionCenterConfiguration",
            List.of(new Violation("fulfillmentNodeId", "must not be blank")));
      }
      return new RealConfigResource<>(
          calls,
          () -> api.get(nodeId),
          body -> api.set(nodeId, body),
          codec,
          BeanValidation::validate,
          null);
    };
  }

  /**
   * Returns the transfer shipping configuration service.
   *
   * @param transport the client's transport
   * @return the service
   */
  public static TransferShippingConfigService transferShipping(Transport transport) {
    TransferShippingConfigApi api = transport.create(TransferShippingConfigApi.class);
    return new TransferShipping(
        new RealConfigResource<>(
            new ConfigCall(transport.executor()),
            api::get,
            api::set,
            ConfigCodec.bare(TransferShippingConfiguration.class),
            BeanValidation::validate,
            () -> TransferShippingConfiguration.of(List.of())));
  }

  /**
   * Returns the legacy fulfillment configuration service.
   *
   * @param transport the client's transport
   * @return the service
   */
  public static FulfillmentConfigService fulfillment(Transport transport) {
    FulfillmentConfigApi api = transport.create(FulfillmentConfigApi.class);
    return new Fulfillment(
        new RealConfigResource<>(
            new ConfigCall(transport.executor()),
            api::get,
            api::set,
            ConfigCodec.bare(FulfillmentConfigDocument.class),
            BeanValidation::validate,
            () ->
                FulfillmentConfigDocument.of(
                    new FulfillmentConfiguration(null, null, null, null, null, Map.of()))));
  }

  private record AssociateApp(ConfigResource<AssociateAppConfiguration> d)
      implements AssociateAppConfigService {
    @Override
    public Optional<ConfigValue<AssociateAppConfiguration>> get() {
      return d.get();
    }

    @Override
    public void set(AssociateAppConfiguration value) {
      d.set(value);
    }

    @Override
    public AssociateAppConfiguration update(UnaryOperator<AssociateAppConfiguration> change) {
      return d.update(change);
    }
  }

  private record TransferShipping(ConfigResource<TransferShippingConfiguration> d)
      implements TransferShippingConfigService {
    @Override
    public Optional<ConfigValue<TransferShippingConfiguration>> get() {
      return d.get();
    }

    @Override
    public void set(TransferShippingConfiguration value) {
      d.set(value);
    }

    @Override
    public TransferShippingConfiguration update(
        UnaryOperator<TransferShippingConfiguration> change) {
      return d.update(change);
    }
  }

  private record Fulfillment(ConfigResource<FulfillmentConfigDocument> d)
      implements FulfillmentConfigService {
    @Override
    public Optional<ConfigValue<FulfillmentConfigDocument>> get() {
      return d.get();
    }

    @Override
    public void set(FulfillmentConfigDocument value) {
      d.set(value);
    }

    @Override
    public FulfillmentConfigDocument update(UnaryOperator<FulfillmentConfigDocument> change) {
      return d.update(change);
    }
  }
}
