package com.newstore.sdk.client.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/**
 * Associate App configuration: bare document; GET path confirmed (configs.csv), write method
 * unconfirmed. Not for users.
 */
public interface AssociateAppConfigApi {
  /**
   * Reads the document.
   *
   * @return the call
   */
  @Endpoint("associate-app.config.get")
  @GET("api/v1/associate-app/config")
  Call<ResponseBody> get();

  /**
   * Replaces the document (unconfirmed: inferred).
   *
   * @param body the whole document
   * @return the call
   */
  @Endpoint("associate-app.config.set")
  @POST("api/v1/associate-app/config")
  Call<ResponseBody> set(@Body RequestBody body);
}
