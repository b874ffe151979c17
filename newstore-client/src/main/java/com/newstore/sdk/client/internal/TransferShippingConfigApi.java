package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.TransferShippingConfiguration;
import com.newstore.sdk.client.config.TransferShippingConfigurationResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/** Transfer shipping configuration API. Paths unconfirmed: overridable by endpoint id. */
public interface TransferShippingConfigApi {
  /**
   * Reads the configuration.
   *
   * @return the call
   */
  @Endpoint("transfer-shipping.config.get")
  @GET("v0/config/transfer_shipping")
  Call<TransferShippingConfigurationResponse> get();

  /**
   * Adds or replaces the configuration.
   *
   * @param body the new value
   * @return the call
   */
  @Endpoint("transfer-shipping.config.set")
  @POST("v0/config/transfer_shipping")
  Call<Void> set(@Body ValueRequest<TransferShippingConfiguration> body);
}
