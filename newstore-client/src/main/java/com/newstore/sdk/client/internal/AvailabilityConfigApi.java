package com.newstore.sdk.client.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Availability (ATP) webhook configuration and the routing flags under {@code /v0/config/routing}.
 * The webhook GET path is confirmed (configs.csv, the ATP config YAML); its write and delete
 * methods are not. The routing flag paths and {@code POST} are confirmed (Swagger). Not for users.
 */
public interface AvailabilityConfigApi {
  /**
   * Reads the availability webhook configuration (flat).
   *
   * @return the call
   */
  @Endpoint("availability.webhook.get")
  @GET("v0/config/availability/webhook")
  Call<ResponseBody> webhook();

  /**
   * Writes the availability webhook configuration; the method is unconfirmed.
   *
   * @param body the flat configuration
   * @return the call
   */
  @Endpoint("availability.webhook.update")
  @POST("v0/config/availability/webhook")
  Call<ResponseBody> updateWebhook(@Body RequestBody body);

  /**
   * Deletes the availability webhook configuration; the method is inferred (unconfirmed: inferred).
   *
   * @return the call
   */
  @Endpoint("availability.webhook.delete")
  @DELETE("v0/config/availability/webhook")
  Call<ResponseBody> deleteWebhook();

  /**
   * Reads the request-external-ATP flag.
   *
   * @return the call
   */
  @Endpoint("routing.uses-external-atp.get")
  @GET("v0/config/routing/uses_external_atp")
  Call<ResponseBody> usesExternalAtp();

  /**
   * Sets the request-external-ATP flag.
   *
   * @param body {@code {"value": bool}}
   * @return the call
   */
  @Endpoint("routing.uses-external-atp.set")
  @POST("v0/config/routing/uses_external_atp")
  Call<ResponseBody> setUsesExternalAtp(@Body RequestBody body);

  /**
   * Reads a boolean routing flag.
   *
   * @param flag the flag's name
   * @return the call
   */
  @Endpoint("routing.flag.get")
  @GET("v0/config/routing/{flag}")
  Call<ResponseBody> routingFlag(@Path("flag") String flag);

  /**
   * Sets a boolean routing flag.
   *
   * @param flag the flag's name
   * @param body {@code {"value": bool}}
   * @return the call
   */
  @Endpoint("routing.flag.set")
  @POST("v0/config/routing/{flag}")
  Call<ResponseBody> setRoutingFlag(@Path("flag") String flag, @Body RequestBody body);

  /**
   * Reads the cancel-on-conflict policy (an object, not a bool).
   *
   * @return the call
   */
  @Endpoint("routing.cancel-on-conflict.get")
  @GET("v0/config/routing/cancel_on_conflict")
  Call<ResponseBody> cancelOnConflict();

  /**
   * Sets the cancel-on-conflict policy.
   *
   * @param body {@code {"value": {"default": …, "reasons_to_overwrite_default": […]}}}
   * @return the call
   */
  @Endpoint("routing.cancel-on-conflict.set")
  @POST("v0/config/routing/cancel_on_conflict")
  Call<ResponseBody> setCancelOnConflict(@Body RequestBody body);
}
