package com.newstore.sdk.client.internal.config;

import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import com.newstore.sdk.client.config.AssociateAppConfigService;
import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.DistributionCenterConfigService;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.FulfillmentConfigDocument;
import com.newstore.sdk.client.config.FulfillmentConfigService;
import com.newstore.sdk.client.config.FulfillmentConfiguration;
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
    return new AssociateApp(
        new ConfigCall(transport.executor())
            .resource(
                api::get,
                api::set,
                ConfigCodec.tree(
                    AssociateAppConfiguration::new, AssociateAppConfiguration::document))
            .startingFrom(AssociateAppConfiguration::empty));
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
      String key = name.value();
      return calls
          .resource(() -> api.get(key), body -> api.set(key, body), codec)
          .startingFrom(PaymentConfiguration::empty);
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
      return calls
          .resource(() -> api.get(nodeId), body -> api.set(nodeId, body), codec)
          .checkedBy(BeanValidation::validate);
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
        new ConfigCall(transport.executor())
            .resource(
                api::get,
                api::set,
                ConfigCodec.<TransferShippingConfiguration>bare(
                    TransferShippingConfiguration.class))
            .checkedBy(BeanValidation::validate)
            .startingFrom(() -> TransferShippingConfiguration.of(List.of())));
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
        new ConfigCall(transport.executor())
            .resource(
                api::get,
                api::set,
                ConfigCodec.<FulfillmentConfigDocument>bare(FulfillmentConfigDocument.class))
            .checkedBy(BeanValidation::validate)
            .startingFrom(
                () ->
                    FulfillmentConfigDocument.of(
                        new FulfillmentConfiguration(null, null, null, null, null, Map.of()))));
  }

  private static final class AssociateApp
      extends ForwardingConfigResource<AssociateAppConfiguration>
      implements AssociateAppConfigService {
    AssociateApp(RealConfigResource<AssociateAppConfiguration> resource) {
      super(resource);
    }
  }

  private static final class TransferShipping
      extends ForwardingConfigResource<TransferShippingConfiguration>
      implements TransferShippingConfigService {
    TransferShipping(RealConfigResource<TransferShippingConfiguration> resource) {
      super(resource);
    }
  }

  private static final class Fulfillment extends ForwardingConfigResource<FulfillmentConfigDocument>
      implements FulfillmentConfigService {
    Fulfillment(RealConfigResource<FulfillmentConfigDocument> resource) {
      super(resource);
    }
  }
}
