package com.newstore.sdk.client.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/**
 * Transfer shipping configuration: bare document; GET (configs.csv) and POST (Python connector)
 * confirmed. Not for users.
 */
public interface TransferShippingConfigApi {
  /**
   * Reads the document.
   *
   * @return the call
   */
  @Endpoint("transfer-shipping.config.get")
  @GET("v0/i/inventory/transfer_shipping_config")
  Call<ResponseBody> get();

  /**
   * Replaces the document.
   *
   * @param body the whole document
   * @return the call
   */
  @Endpoint("transfer-shipping.config.set")
  @POST("v0/i/inventory/transfer_shipping_config")
  Call<ResponseBody> set(@Body RequestBody body);
}
