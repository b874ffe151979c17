package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.FulfillmentConfigDocument;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/** Fulfillment configuration API. Paths unconfirmed: overridable by endpoint id. */
public interface FulfillmentConfigApi {
  /**
   * Reads the configuration document.
   *
   * @return the call
   */
  @Endpoint("fulfillment.config.get")
  @GET("v0/config/fulfillment")
  Call<FulfillmentConfigDocument> get();

  /**
   * Replaces the configuration document.
   *
   * @param body the document, {@code {"fulfillment_config": {...}}}
   * @return the call
   */
  @Endpoint("fulfillment.config.set")
  @POST("v0/config/fulfillment")
  Call<Void> set(@Body FulfillmentConfigDocument body);
}
