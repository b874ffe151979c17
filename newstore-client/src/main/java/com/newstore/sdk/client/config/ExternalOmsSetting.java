package com.newstore.sdk.client.config;

/**
 * Says whether the tenant uses an external order management system, with NewStore as the secondary
 * OMS ({@code {"enabled": true}}). Immutable.
 *
 * <pre>{@code
 * client.salesOrderConfig().externalOms().set(new ExternalOmsSetting(true));
 * }</pre>
 *
 * @param enabled true when an external OMS is the primary OMS
 */
public record ExternalOmsSetting(boolean enabled) {}
