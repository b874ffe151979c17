package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.AssociateAppConfigService;
import com.newstore.sdk.client.config.AvailabilityConfigService;
import com.newstore.sdk.client.config.DistributionCenterConfigService;
import com.newstore.sdk.client.config.FulfillmentConfigService;
import com.newstore.sdk.client.config.OrderInjectionConfigService;
import com.newstore.sdk.client.config.PaymentConfigService;
import com.newstore.sdk.client.config.SalesOrderConfigService;
import com.newstore.sdk.client.config.TransferShippingConfigService;
import com.newstore.sdk.client.eventstream.EventStreamService;
import com.newstore.sdk.client.internal.config.RealAvailabilityConfigService;
import com.newstore.sdk.client.internal.config.RealDocumentServices;
import com.newstore.sdk.client.internal.config.RealOrderInjectionConfigService;
import com.newstore.sdk.client.internal.config.RealSalesOrderConfigService;
import com.newstore.sdk.client.internal.eventstream.RealEventStreamService;
import com.newstore.sdk.client.internal.orders.RealOrderInjectionService;
import com.newstore.sdk.client.orders.OrderInjectionService;

/**
 * Holds the services of one {@code NewStoreClient}, all sending through one {@link Transport}.
 * Immutable and thread-safe.
 *
 * @param salesOrderConfig the sales order configuration service
 * @param availabilityConfig the availability configuration service
 * @param orderInjectionConfig the order injection configuration service
 * @param associateAppConfig the Associate App configuration service
 * @param paymentConfig the payment configuration service
 * @param fulfillmentConfig the legacy fulfillment configuration service
 * @param transferShippingConfig the transfer shipping configuration service
 * @param distributionCenterConfig the distribution center configuration service
 * @param eventStream the event stream integration service
 * @param orders the order injection service
 */
public record ClientServices(
    SalesOrderConfigService salesOrderConfig,
    AvailabilityConfigService availabilityConfig,
    OrderInjectionConfigService orderInjectionConfig,
    AssociateAppConfigService associateAppConfig,
    PaymentConfigService paymentConfig,
    FulfillmentConfigService fulfillmentConfig,
    TransferShippingConfigService transferShippingConfig,
    DistributionCenterConfigService distributionCenterConfig,
    EventStreamService eventStream,
    OrderInjectionService orders) {

  /**
   * Creates every service over {@code transport}.
   *
   * @param transport the client's transport
   * @return the services
   */
  public static ClientServices over(Transport transport) {
    return new ClientServices(
        new RealSalesOrderConfigService(transport),
        new RealAvailabilityConfigService(transport),
        new RealOrderInjectionConfigService(transport),
        RealDocumentServices.associateApp(transport),
        RealDocumentServices.payment(transport),
        RealDocumentServices.fulfillment(transport),
        RealDocumentServices.transferShipping(transport),
        RealDocumentServices.distributionCenter(transport),
        new RealEventStreamService(transport),
        new RealOrderInjectionService(transport));
  }
}
