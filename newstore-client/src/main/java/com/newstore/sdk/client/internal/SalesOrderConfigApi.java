package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.config.BigOrderLimits;
import com.newstore.sdk.client.config.ConfigValue;
import com.newstore.sdk.client.config.ExternalOmsSetting;
import com.newstore.sdk.client.config.LocationType;
import com.newstore.sdk.client.config.OrderIdSequence;
import java.util.List;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/**
 * Sales order configuration API 0.1.0, under {@code /v0/config/sales_order}. Only the external
 * order webhook path is confirmed. Not for users.
 */
public interface SalesOrderConfigApi {
  /**
   * Reads the external OMS setting.
   *
   * @return the call
   */
  @Endpoint("sales-order.external-oms.get")
  @GET("v0/config/sales_order/external_oms")
  Call<ConfigValue<ExternalOmsSetting>> externalOms();

  /**
   * Writes the external OMS setting; the answer's body is undocumented.
   *
   * @param body the value
   * @return the call
   */
  @Endpoint("sales-order.external-oms.set")
  @POST("v0/config/sales_order/external_oms")
  Call<ResponseBody> setExternalOms(@Body ConfigWire.ValueBody<ExternalOmsSetting> body);

  /**
   * Reads the order id sequence.
   *
   * @return the call
   */
  @Endpoint("sales-order.order-id-sequence.get")
  @GET("v0/config/sales_order/order_id_sequence")
  Call<ConfigValue<OrderIdSequence>> orderIdSequence();

  /**
   * Sets the order id sequence, once.
   *
   * @param body the value
   * @return the call
   */
  @Endpoint("sales-order.order-id-sequence.set")
  @POST("v0/config/sales_order/order_id_sequence")
  Call<ConfigValue<OrderIdSequence>> setOrderIdSequence(
      @Body ConfigWire.ValueBody<OrderIdSequence> body);

  /**
   * Reads the grace period.
   *
   * @return the call
   */
  @Endpoint("sales-order.grace-period.get")
  @GET("v0/config/sales_order/grace_period")
  Call<ConfigWire.GracePeriod> gracePeriod();

  /**
   * Sets the grace period.
   *
   * @param body the value in seconds
   * @return the call
   */
  @Endpoint("sales-order.grace-period.set")
  @POST("v0/config/sales_order/grace_period")
  Call<ConfigWire.GracePeriod> setGracePeriod(@Body ConfigWire.ValueBody<Long> body);

  /**
   * Reads the cancellable locations.
   *
   * @return the call
   */
  @Endpoint("sales-order.cancellable-locations.get")
  @GET("v0/config/sales_order/cancellable_locations")
  Call<ConfigValue<List<LocationType>>> cancellableLocations();

  /**
   * Sets the cancellable locations.
   *
   * @param body the location types
   * @return the call
   */
  @Endpoint("sales-order.cancellable-locations.set")
  @POST("v0/config/sales_order/cancellable_locations")
  Call<ConfigValue<List<LocationType>>> setCancellableLocations(
      @Body ConfigWire.ValueBody<List<LocationType>> body);

  /**
   * Reads the big order limits.
   *
   * @return the call
   */
  @Endpoint("sales-order.big-orders.get")
  @GET("v0/config/sales_order/big_orders")
  Call<ConfigValue<BigOrderLimits>> bigOrderLimits();

  /**
   * Sets the big order limits.
   *
   * @param body the value
   * @return the call
   */
  @Endpoint("sales-order.big-orders.set")
  @POST("v0/config/sales_order/big_orders")
  Call<ConfigValue<BigOrderLimits>> setBigOrderLimits(
      @Body ConfigWire.ValueBody<BigOrderLimits> body);

  /**
   * Reads the external order webhook configuration.
   *
   * @return the call
   */
  @Endpoint("sales-order.external-order-webhook.get")
  @GET("v0/config/sales_order/external_order_webhook")
  Call<ConfigValue<ConfigWire.ExternalOrderWebhook>> externalOrderWebhook();

  /**
   * Sets the external order webhook configuration; the answer's body is undocumented.
   *
   * @param body the value
   * @return the call
   */
  @Endpoint("sales-order.external-order-webhook.set")
  @POST("v0/config/sales_order/external_order_webhook")
  Call<ResponseBody> setExternalOrderWebhook(
      @Body ConfigWire.ValueBody<ConfigWire.ExternalOrderWebhook> body);
}
