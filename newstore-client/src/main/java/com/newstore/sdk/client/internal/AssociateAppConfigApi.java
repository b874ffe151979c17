package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.AssociateAppConfiguration;
import com.newstore.sdk.client.config.AssociateAppConfigurationResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/** Associate App configuration API. Paths unconfirmed: overridable by endpoint id. */
public interface AssociateAppConfigApi {
  /**
   * Reads the configuration.
   *
   * @return the call
   */
  @Endpoint("associate-app.config.get")
  @GET("v0/config/associate_app")
  Call<AssociateAppConfigurationResponse> get();

  /**
   * Replaces the configuration.
   *
   * @param body the new value
   * @return the call
   */
  @Endpoint("associate-app.config.set")
  @POST("v0/config/associate_app")
  Call<Void> set(@Body ValueRequest<AssociateAppConfiguration> body);
}
