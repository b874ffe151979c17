package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.orders.InjectedOrder;
import com.newstore.sdk.client.orders.OrderInjectionRequest;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

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
   * Reads an injected order.
   *
   * @param id the bare external id, or {@code {id_type}={id}}
   * @param email the {@code email} query, left out when null
   * @param countryCode the {@code country_code} query, left out when null
   * @return the call
   */
  @Endpoint("orders.external-order.get")
  @GET("v0/d/external_orders/{id}")
  Call<InjectedOrder> get(
      @Path("id") String id,
      @Query("email") @Nullable String email,
      @Query("country_code") @Nullable String countryCode);
}
