package com.newstore.examples.oms;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The example's own {@code oms.*} settings; everything NewStore-related is the starter's {@code
 * newstore.*} properties.
 *
 * @param publicUrl the HTTPS URL under which NewStore reaches this app (its load balancer)
 * @param applyConfiguration whether to apply the external-OMS configuration at startup
 */
@ConfigurationProperties("oms")
public record OmsProperties(URI publicUrl, boolean applyConfiguration) {}
