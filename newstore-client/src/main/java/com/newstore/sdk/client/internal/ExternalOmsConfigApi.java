package com.newstore.sdk.client.internal;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/**
 * External OMS Config API v0. The path is unconfirmed (NewStore's reference does not show it);
 * callers override it by endpoint id. Not for users.
 */
public interface ExternalOmsConfigApi {
  /**
   * Reads the configuration.
   *
   * @return the call
   */
  @Endpoint("external-oms.get")
  @GET("v0/config/external_oms")
  Call<ConfigWire.ExternalOmsV0> get();

  /**
   * Enables or disables the external OMS.
   *
   * @param body {@code {"enabled": ...}}
   * @return the call
   */
  @Endpoint("external-oms.set")
  @POST("v0/config/external_oms")
  Call<ConfigWire.ExternalOmsV0> set(@Body ConfigWire.ExternalOmsV0 body);
}
