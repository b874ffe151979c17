package com.newstore.sdk.client.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Payment configurations: bare documents; GET paths confirmed (configs.csv), write method
 * unconfirmed. Not for users.
 */
public interface PaymentConfigApi {
  /**
   * Reads one document.
   *
   * @param key the document's path segment
   * @return the call
   */
  @Endpoint("payment.config.get")
  @GET("v1/p/config/{name}")
  Call<ResponseBody> get(@Path("name") String key);

  /**
   * Replaces one document (unconfirmed: inferred).
   *
   * @param key the document's path segment
   * @param body the whole document
   * @return the call
   */
  @Endpoint("payment.config.set")
  @POST("v1/p/config/{name}")
  Call<ResponseBody> set(@Path("name") String key, @Body RequestBody body);
}
