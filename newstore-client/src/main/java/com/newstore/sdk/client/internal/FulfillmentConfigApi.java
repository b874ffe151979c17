package com.newstore.sdk.client.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/**
 * Legacy fulfillment configuration: bare document; GET path confirmed (configs.csv), write method
 * unconfirmed. Not for users.
 */
public interface FulfillmentConfigApi {
  /**
   * Reads the document.
   *
   * @return the call
   */
  @Endpoint("fulfillment.config.get")
  @GET("_/v0/dontuse/fulfillment_config")
  Call<ResponseBody> get();

  /**
   * Replaces the document (unconfirmed: inferred).
   *
   * @param body the whole document
   * @return the call
   */
  @Endpoint("fulfillment.config.set")
  @POST("_/v0/dontuse/fulfillment_config")
  Call<ResponseBody> set(@Body RequestBody body);
}
