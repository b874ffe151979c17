package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.PaymentConfiguration;
import com.newstore.sdk.client.config.PaymentConfigurationResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/** Payment configuration API. Paths unconfirmed: overridable by endpoint id. */
public interface PaymentConfigApi {
  /**
   * Reads the configuration.
   *
   * @return the call
   */
  @Endpoint("payment.config.get")
  @GET("v0/config/payment")
  Call<PaymentConfigurationResponse> get();

  /**
   * Replaces the configuration.
   *
   * @param body the new value
   * @return the call
   */
  @Endpoint("payment.config.set")
  @POST("v0/config/payment")
  Call<Void> set(@Body ValueRequest<PaymentConfiguration> body);
}
