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
 * keeps every field it does not model. Each method takes the fulfillment request id; a status read
 * takes {@link NoRetry#INSTANCE} for a waiter's poll and null for a read with retries, and answers
 * {@code 404} while NewStore has no such status.
 */
public interface FulfillmentApi {
  /** Accepts the request; the body is an empty object and any 2xx is success. */
  @Endpoint(FulfillmentEndpoints.ACCEPT)
  @POST("v0/d/fulfillment_requests/{id}/acknowledgement")
  Call<Void> accept(@Path("id") String id, @Body Map<String, Object> body);

  /** Rejects items: {@code {missing_items: [{reason, product_ids}]}}. */
  @Endpoint(FulfillmentEndpoints.REJECT_ITEMS)
  @POST("v0/d/fulfillment_requests/{id}/reject_items")
  Call<Void> rejectItems(@Path("id") String id, @Body Map<String, Object> body);

  /** Cancels items: {@code {product_ids: [...]}}. */
  @Endpoint(FulfillmentEndpoints.CANCEL_ITEMS)
  @POST("v0/d/fulfillment_requests/{id}/canceled_items")
  Call<Void> cancelItems(@Path("id") String id, @Body Map<String, Object> body);

  /**
   * Updates the shipping status: {@code {line_items: [{product_ids, shipment: {tracking_code,
   * carrier, ...}}]}}; a 201 does not mean shipped.
   */
  @Endpoint(FulfillmentEndpoints.UPDATE_SHIPMENT)
  @POST("v0/d/fulfillment_requests/{id}/shipment")
  Call<Void> updateShipment(@Path("id") String id, @Body Map<String, Object> body);

  /** Reads the rejection status; 404 while there is none (unconfirmed: seed 004 only). */
  @Endpoint(FulfillmentEndpoints.REJECTION_STATUS)
  @GET("v0/d/fulfillment_requests/{id}/rejection")
  Call<Map<String, Object>> rejection(@Path("id") String id, @Tag @Nullable NoRetry noRetry);

  /** Reads the cancellation status (unconfirmed: inferred path). */
  @Endpoint(FulfillmentEndpoints.CANCELLATION_STATUS)
  @GET("v0/d/fulfillment_requests/{id}/canceled_items")
  Call<Map<String, Object>> cancellation(@Path("id") String id, @Tag @Nullable NoRetry noRetry);

  /** Reads the shipment status; 404 while there is none (unconfirmed: seed 004 only). */
  @Endpoint(FulfillmentEndpoints.SHIPMENT_STATUS)
  @GET("v0/d/fulfillment_requests/{id}/shipment")
  Call<Map<String, Object>> shipment(@Path("id") String id, @Tag @Nullable NoRetry noRetry);
}
