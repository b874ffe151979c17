package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.OrderInjectionConfig;
import com.newstore.sdk.client.config.VersionedConfigValue;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * Order injection configuration, {@code /v1/r/config/order_injection} (confirmed). Not for users.
 */
public interface OrderInjectionConfigApi {
  /**
   * Reads the configuration with its version.
   *
   * @return the call
   */
  @Endpoint("order-injection.get")
  @GET("v1/r/config/order_injection")
  Call<VersionedConfigValue<OrderInjectionConfig>> get();

  /**
   * Creates or replaces the configuration at a version.
   *
   * @param version {@code 1} to create, or the current version
   * @param body the whole value
   * @return the call
   */
  @Endpoint("order-injection.replace")
  @POST("v1/r/config/order_injection")
  Call<ResponseBody> replace(@Query("version") long version, @Body OrderInjectionConfig body);

  /**
   * Changes the given fields of the configuration at a version.
   *
   * @param version the current version
   * @param body the fields to change
   * @return the call
   */
  @Endpoint("order-injection.patch")
  @PATCH("v1/r/config/order_injection")
  Call<ResponseBody> patch(@Query("version") long version, @Body OrderInjectionConfig body);
}
