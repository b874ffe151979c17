package com.newstore.sdk.client.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/**
 * Sales order configuration API 0.1.0, under {@code /v0/config/sales_order}: {@code {"value": …}}
 * envelopes, decoded by the service. Confirmed paths (configs.csv): {@code external_oms} (GET) and
 * {@code sales_order_generator_sequence} (GET); the others are inferred from seed 003's headings,
 * and {@code external_order_webhook} appears only in an example of a system-map guide
 * (unconfirmed). Every write is {@code POST} (inferred). Not for users.
 */
public interface SalesOrderConfigApi {
  /**
   * Reads the external OMS setting.
   *
   * @return the call
   */
  @Endpoint("sales-order.external-oms.get")
  @GET("v0/config/sales_order/external_oms")
  Call<ResponseBody> externalOms();

  /**
   * Writes the external OMS setting (unconfirmed: inferred).
   *
   * @param body {@code {"value": {"enabled": …}}}
   * @return the call
   */
  @Endpoint("sales-order.external-oms.set")
  @POST("v0/config/sales_order/external_oms")
  Call<ResponseBody> setExternalOms(@Body RequestBody body);

  /**
   * Reads the order id sequence.
   *
   * @return the call
   */
  @Endpoint("sales-order.order-id-sequence.get")
  @GET("v0/config/sales_order/sales_order_generator_sequence")
  Call<ResponseBody> orderIdSequence();

  /**
   * Sets the order id sequence, once (unconfirmed: inferred).
   *
   * @param body the envelope
   * @return the call
   */
  @Endpoint("sales-order.order-id-sequence.set")
  @POST("v0/config/sales_order/sales_order_generator_sequence")
  Call<ResponseBody> setOrderIdSequence(@Body RequestBody body);

  /**
   * Reads the grace period (unconfirmed: inferred).
   *
   * @return the call
   */
  @Endpoint("sales-order.grace-period.get")
  @GET("v0/config/sales_order/grace_period")
  Call<ResponseBody> gracePeriod();

  /**
   * Sets the grace period (unconfirmed: inferred).
   *
   * @param body the envelope, seconds
   * @return the call
   */
  @Endpoint("sales-order.grace-period.set")
  @POST("v0/config/sales_order/grace_period")
  Call<ResponseBody> setGracePeriod(@Body RequestBody body);

  /**
   * Reads the cancellable locations (unconfirmed: inferred).
   *
   * @return the call
   */
  @Endpoint("sales-order.cancellable-locations.get")
  @GET("v0/config/sales_order/cancellable_locations")
  Call<ResponseBody> cancellableLocations();

  /**
   * Sets the cancellable locations (unconfirmed: inferred).
   *
   * @param body the envelope
   * @return the call
   */
  @Endpoint("sales-order.cancellable-locations.set")
  @POST("v0/config/sales_order/cancellable_locations")
  Call<ResponseBody> setCancellableLocations(@Body RequestBody body);

  /**
   * Reads the big order limits (unconfirmed: inferred).
   *
   * @return the call
   */
  @Endpoint("sales-order.big-orders.get")
  @GET("v0/config/sales_order/big_orders")
  Call<ResponseBody> bigOrders();

  /**
   * Sets the big order limits (unconfirmed: inferred).
   *
   * @param body the envelope
   * @return the call
   */
  @Endpoint("sales-order.big-orders.set")
  @POST("v0/config/sales_order/big_orders")
  Call<ResponseBody> setBigOrders(@Body RequestBody body);

  /**
   * Reads the external order webhook configuration; path unconfirmed.
   *
   * @return the call
   */
  @Endpoint("sales-order.external-order-webhook.get")
  @GET("v0/config/sales_order/external_order_webhook")
  Call<ResponseBody> externalOrderWebhook();

  /**
   * Sets the external order webhook configuration; path unconfirmed.
   *
   * @param body the envelope
   * @return the call
   */
  @Endpoint("sales-order.external-order-webhook.set")
  @POST("v0/config/sales_order/external_order_webhook")
  Call<ResponseBody> setExternalOrderWebhook(@Body RequestBody body);
}
