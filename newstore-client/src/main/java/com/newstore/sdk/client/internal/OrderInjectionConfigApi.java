package com.newstore.sdk.client.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * Order injection configuration, {@code /v1/r/config/order_injection} (confirmed: Swagger {@code
 * createOrderInjectionConfiguration}). Bodies are the bare value; {@code version} is a string. Not
 * for users.
 */
public interface OrderInjectionConfigApi {
  /**
   * Reads the configuration: {@code {value, version, updated_at, updated_by}}.
   *
   * @return the call
   */
  @Endpoint("order-injection.get")
  @GET("v1/r/config/order_injection")
  Call<ResponseBody> get();

  /**
   * Creates or replaces the configuration.
   *
   * @param version {@code 1} to create, or the current version
   * @param body the bare value
   * @return the call
   */
  @Endpoint("order-injection.replace")
  @POST("v1/r/config/order_injection")
  Call<ResponseBody> replace(@Query("version") String version, @Body RequestBody body);

  /**
   * Changes part of the configuration.
   *
   * @param version the current version
   * @param body the bare partial value
   * @return the call
   */
  @Endpoint("order-injection.patch")
  @PATCH("v1/r/config/order_injection")
  Call<ResponseBody> patch(@Query("version") String version, @Body RequestBody body);
}
