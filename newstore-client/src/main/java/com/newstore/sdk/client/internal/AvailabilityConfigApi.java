package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.ConfigValue;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Availability (ATP) webhook configuration and routing flags. The webhook path is unconfirmed; the
 * routing paths are confirmed. Not for users.
 */
public interface AvailabilityConfigApi {
  /**
   * Reads the availability webhook configuration.
   *
   * @return the call
   */
  @Endpoint("availability.webhook.get")
  @GET("v0/config/availability/webhook")
  Call<ConfigWire.AvailabilityWebhook> webhook();

  /**
   * Creates or replaces the availability webhook configuration; the answer is undocumented.
   *
   * @param body the configuration
   * @return the call
   */
  @Endpoint("availability.webhook.update")
  @POST("v0/config/availability/webhook")
  Call<Void> updateWebhook(@Body ConfigWire.AvailabilityWebhook body);

  /**
   * Deletes the availability webhook configuration.
   *
   * @return the call
   */
  @Endpoint("availability.webhook.delete")
  @DELETE("v0/config/availability/webhook")
  Call<Void> deleteWebhook();

  /**
   * Reads the request-external-ATP flag.
   *
   * @return the call
   */
  @Endpoint("routing.uses-external-atp.get")
  @GET("v0/config/routing/uses_external_atp")
  Call<ConfigValue<Boolean>> usesExternalAtp();

  /**
   * Sets the request-external-ATP flag; NewStore answers 200 with no body.
   *
   * @param body {@code {"value": bool}}
   * @return the call
   */
  @Endpoint("routing.uses-external-atp.set")
  @POST("v0/config/routing/uses_external_atp")
  Call<Void> setUsesExternalAtp(@Body ConfigWire.ValueBody<Boolean> body);

  /**
   * Reads a routing flag.
   *
   * @param flag the flag name
   * @return the call
   */
  @Endpoint("routing.flag.get")
  @GET("v0/config/routing/{flag}")
  Call<ConfigValue<Boolean>> routingFlag(@Path("flag") String flag);

  /**
   * Sets a routing flag.
   *
   * @param flag the flag name
   * @param body {@code {"value": bool}}
   * @return the call
   */
  @Endpoint("routing.flag.set")
  @POST("v0/config/routing/{flag}")
  Call<Void> setRoutingFlag(@Path("flag") String flag, @Body ConfigWire.ValueBody<Boolean> body);
}
