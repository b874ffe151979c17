package com.newstore.sdk.client.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * DC configuration: bare document; GET path confirmed (DC config YAML), write method unconfirmed.
 * Not for users.
 */
public interface DistributionCenterConfigApi {
  /**
   * Reads one document.
   *
   * @param key the document's path segment
   * @return the call
   */
  @Endpoint("distribution-center.config.get")
  @GET("v0/d/config/dc/{fulfillment_node_id}")
  Call<ResponseBody> get(@Path("fulfillment_node_id") String key);

  /**
   * Replaces one document (unconfirmed: inferred).
   *
   * @param key the document's path segment
   * @param body the whole document
   * @return the call
   */
  @Endpoint("distribution-center.config.set")
  @POST("v0/d/config/dc/{fulfillment_node_id}")
  Call<ResponseBody> set(@Path("fulfillment_node_id") String key, @Body RequestBody body);
}
