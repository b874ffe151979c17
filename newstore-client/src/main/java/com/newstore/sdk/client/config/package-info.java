/**
 * Typed clients for NewStore's configuration APIs, reached from {@link
 * com.newstore.sdk.client.NewStoreClient}: {@link ExternalOmsConfigService}, {@link
 * SalesOrderConfigService}, {@link AvailabilityConfigService}, {@link OrderInjectionConfigService},
 * {@link AssociateAppConfigService}, {@link PaymentConfigService}, {@link
 * FulfillmentConfigService}, {@link TransferShippingConfigService} and {@link
 * DistributionCenterConfigService}.
 *
 * <p>Values are immutable records whose Bean Validation constraints mirror NewStore's documented
 * rules; a value that breaks one is rejected with a {@link
 * com.newstore.sdk.client.NewStoreValidationException} before anything is sent. Paths NewStore has
 * not published are marked unconfirmed and can be replaced with {@link
 * com.newstore.sdk.client.NewStoreClient.Builder#pathOverride(String, String)}. Everything is
 * non-null unless annotated {@code @Nullable}.
 *
 * <pre>{@code
 * ConfigValue<BigOrderLimits> limits = client.salesOrderConfig().bigOrderLimits();
 * System.out.println(limits.value().softLimitForBigOrders() + " since " + limits.updatedAt());
 * }</pre>
 */
@NullMarked
package com.newstore.sdk.client.config;

import org.jspecify.annotations.NullMarked;
