package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.internal.Endpoint;
import com.newstore.sdk.client.internal.NoRetry;
import com.newstore.sdk.fulfillment.FulfillmentEndpoints;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Tag;

/**
 * The Fulfillment Provider API's paths, all under {@code
 * v0/d/fulfillment_requests/{fulfillment_request_id}/}; the one place they live (the ids are in
 * {@link FulfillmentEndpoints}). None of the POSTs is documented as idempotent, so none is marked
 * safe to retry. Bodies are plain maps so that the SDK sends exactly the documented fields and
 * keeps every field it does not model.
 */
public interface FulfillmentApi {
  /**
   * Accepts a fulfillment request.
   *
   * @param id the fulfillment request id
   * @param body an empty object
   * @return the call; any 2xx is success
   */
  @Endpoint(FulfillmentEndpoints.ACCEPT)
  @POST("v0/d/fulfillment_requests/{id}/acknowledgement")
  Call<Void> accept(@Path("id") String id, @Body Map<String, Object> body);

  /**
   * Rejects items.
   *
   * @param id the fulfillment request id
   * @param body {@code {missing_items: [{reason, product_ids}]}}
   * @return the call
   */
  @Endpoint(FulfillmentEndpoints.REJECT_ITEMS)
  @POST("v0/d/fulfillment_requests/{id}/reject_items")
  Call<Void> rejectItems(@Path("id") String id, @Body Map<String, Object> body);

  /**
   * Reads the rejection status; 404 while there is none (unconfirmed: seed 004 only).
   *
   * @param id the fulfillment request id
   * @param noRetry {@link NoRetry#INSTANCE} for a waiter's poll, null for a read with retries
   * @return the call
   */
  @Endpoint(FulfillmentEndpoints.REJECTION_STATUS)
  @GET("v0/d/fulfillment_requests/{id}/rejection")
  Call<Map<String, Object>> rejection(@Path("id") String id, @Tag @Nullable NoRetry noRetry);

  /**
   * Cancels items.
   *
   * @param id the fulfillment request id
   * @param body {@code {product_ids: [...]}}
   * @return the call
   */
  @Endpoint(FulfillmentEndpoints.CANCEL_ITEMS)
  @POST("v0/d/fulfillment_requests/{id}/canceled_items")
  Call<Void> cancelItems(@Path("id") String id, @Body Map<String, Object> body);

  /**
   * Reads the cancellation status (inferred path) (unconfirmed: inferred).
   *
   * @param id the fulfillment request id
   * @param noRetry {@link NoRetry#INSTANCE} for a waiter's poll, null for a read with retries
   * @return the call
   */
  @Endpoint(FulfillmentEndpoints.CANCELLATION_STATUS)
  @GET("v0/d/fulfillment_requests/{id}/canceled_items")
  Call<Map<String, Object>> cancellation(@Path("id") String id, @Tag @Nullable NoRetry noRetry);

  /**
   * Updates the shipping status.
   *
   * @param id the fulfillment request id
   * @param body {@code {line_items: [{product_ids, shipment: {tracking_code, carrier, ...}}]}}
   * @return the call; a 201 does not mean shipped
   */
  @Endpoint(FulfillmentEndpoints.UPDATE_SHIPMENT)
  @POST("v0/d/fulfillment_requests/{id}/shipment")
  Call<Void> updateShipment(@Path("id") String id, @Body Map<String, Object> body);

  /**
   * Reads the shipment status; 404 while there is none (unconfirmed: seed 004 only).
   *
   * @param id the fulfillment request id
   * @param noRetry {@link NoRetry#INSTANCE} for a waiter's poll, null for a read with retries
   * @return the call
   */
  @Endpoint(FulfillmentEndpoints.SHIPMENT_STATUS)
  @GET("v0/d/fulfillment_requests/{id}/shipment")
  Call<Map<String, Object>> shipment(@Path("id") String id, @Tag @Nullable NoRetry noRetry);
}
