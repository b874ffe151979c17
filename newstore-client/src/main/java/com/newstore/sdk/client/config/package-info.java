/**
 * Typed clients for NewStore's configuration APIs, reached from {@link
 * com.newstore.sdk.client.NewStoreClient}: {@link SalesOrderConfigService}, {@link
 * AvailabilityConfigService}, {@link OrderInjectionConfigService}, {@link
 * AssociateAppConfigService}, {@link PaymentConfigService}, {@link FulfillmentConfigService},
 * {@link TransferShippingConfigService} and {@link DistributionCenterConfigService}. Each hands out
 * {@link ConfigResource}s: {@code get()} returns {@code Optional.empty()} for a configuration that
 * was never set, {@code set(T)} writes, {@code update(UnaryOperator)} reads, changes and writes the
 * whole value.
 *
 * <p>Values are immutable records whose Bean Validation constraints mirror NewStore's documented
 * rules; a value that breaks one is rejected with a {@link
 * com.newstore.sdk.client.NewStoreValidationException} before anything is sent. Paths NewStore has
 * not published are marked unconfirmed and can be replaced with {@link
 * com.newstore.sdk.client.NewStoreClient.Builder#pathOverride(com.newstore.sdk.client.EndpointId,
 * String)} using the ids of {@link com.newstore.sdk.client.ClientEndpoints}. Everything is non-null
 * unless annotated {@code @Nullable}.
 *
 * <pre>{@code
 * client.salesOrderConfig().bigOrders().get().ifPresent(limits ->
 *     System.out.println(limits.value().softLimitForBigOrders() + " since " + limits.updatedAt()));
 * }</pre>
 */
@NullMarked
package com.newstore.sdk.client.config;

import org.jspecify.annotations.NullMarked;
