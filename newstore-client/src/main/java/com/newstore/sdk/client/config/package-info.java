/**
 * Typed clients for NewStore's configuration APIs, reached from {@link
 * com.newstore.sdk.client.NewStoreClient}: {@link ExternalOmsConfigService}, {@link
 * SalesOrderConfigService}, {@link AvailabilityConfigService} and {@link
 * OrderInjectionConfigService}. Values are immutable records whose Bean Validation constraints
 * mirror NewStore's documented rules; a value that breaks one is rejected with a {@link
 * com.newstore.sdk.client.NewStoreValidationException} before anything is sent.
 *
 * <pre>{@code
 * ConfigValue<BigOrderLimits> limits = client.salesOrderConfig().bigOrderLimits();
 * System.out.println(limits.value().softLimitForBigOrders() + " since " + limits.updatedAt());
 * }</pre>
 */
@NullMarked
package com.newstore.sdk.client.config;

import org.jspecify.annotations.NullMarked;
