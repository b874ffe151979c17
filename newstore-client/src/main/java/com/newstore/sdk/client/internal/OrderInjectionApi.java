package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.orders.InjectedOrder;
import com.newstore.sdk.client.orders.OrderInjectionRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Order injection API ({@code /v0/d/fulfill_order}, {@code /v0/d/external_orders}). */
public interface OrderInjectionApi {
  /**
   * Injects an order. NewStore deduplicates on {@code external_id}, so a retry is safe.
   *
   * @param body the order
   * @return the call
   */
  @Endpoint(value = "orders.fulfill-order.create", safeToRetry = true)
  @POST("v0/d/fulfill_order")
  Call<InjectedOrder> create(@Body OrderInjectionRequest body);

  /**
   * Reads an injected order by its external id.
   *
   * @param externalId the external order id
   * @return the call
   */
  @Endpoint("orders.external-order.get")
  @GET("v0/d/external_orders/{external_id}")
  Call<InjectedOrder> getByExternalId(@Path("external_id") String externalId);
}
