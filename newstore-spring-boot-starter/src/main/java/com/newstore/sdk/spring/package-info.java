/**
 * Spring Boot 4 auto-configuration for the NewStore SDK. Add {@code newstore-spring-boot-starter},
 * set {@code newstore.tenant}, {@code newstore.client-id}, {@code newstore.client-secret} (and
 * {@code newstore.webhooks.api-key} when the application serves webhooks), and inject {@link
 * com.newstore.sdk.client.NewStoreClient} or {@link
 * com.newstore.sdk.fulfillment.FulfillmentProviderClient}; define handler beans such as a {@link
 * com.newstore.sdk.webhooks.FulfillmentRequestHandler} and they are served under {@code /newstore}.
 * Start with {@link com.newstore.sdk.spring.NewStoreProperties} for the settings.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package com.newstore.sdk.spring;

import org.jspecify.annotations.NullMarked;
