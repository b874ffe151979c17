package com.newstore.examples.oms;

import com.newstore.sdk.client.Stage;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Holds the {@code newstore.*} settings from {@code application.properties} or the environment.
 *
 * @param tenant the tenant name, when {@code baseUrl} is not set
 * @param stage the tenant's stage, when {@code baseUrl} is not set
 * @param baseUrl an explicit API base URL (the simulator's), or empty to derive it from the tenant
 * @param tokenUrl the token endpoint to use with {@code baseUrl}
 * @param clientId the OAuth2 client id
 * @param clientSecret the OAuth2 client secret
 * @param publicUrl the HTTPS URL under which NewStore reaches this app's webhooks
 * @param webhookApiKey the api key NewStore sends with every webhook call, at least 20 characters
 * @param applyConfiguration whether to apply the external-OMS configuration at startup
 */
@ConfigurationProperties("newstore")
public record NewStoreProperties(
    String tenant,
    Stage stage,
    String baseUrl,
    String tokenUrl,
    String clientId,
    String clientSecret,
    URI publicUrl,
    String webhookApiKey,
    boolean applyConfiguration) {

  @Override
  public String toString() {
    return "NewStoreProperties[tenant=" + tenant + ", publicUrl=" + publicUrl + ", <redacted>]";
  }
}
