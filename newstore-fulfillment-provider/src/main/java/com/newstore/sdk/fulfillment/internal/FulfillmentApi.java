package com.newstore.sdk.fulfillment.internal;

import com.newstore.sdk.client.internal.Endpoint;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The Fulfillment Provider API's paths, all under {@code
 * v0/d/fulfillment_requests/{fulfillment_request_id}/}; the one place they live. None of the POSTs
 * is documented as idempotent, so none is marked safe to retry. Bodies are plain maps so that the
 * SDK sends exactly the documented fields and keeps every field it does not model.
 */
public interface FulfillmentApi {
  /** Endpoint id of {@link #accept}. */
  String ACCEPT = "fulfillment-request.accept";

  /** Endpoint id of {@link #rejectItems}. */
  String REJECT_ITEMS = "fulfillment-request.reject-items";

  /** Endpoint id of {@link #rejection}. */
  String REJECTION_STATUS = "fulfillment-request.rejection.get";

  /** Endpoint id of {@link #cancelItems}. */
  String CANCEL_ITEMS = "fulfillment-request.cancel-items";

  /** Endpoint id of {@link #cancellation}; its path is inferred, not confirmed. */
  String CANCELLATION_STATUS = "fulfillment-request.cancellation.get";

  /** Endpoint id of {@link #updateShipment}. */
  String UPDATE_SHIPMENT = "fulfillment-request.shipment.update";

  /** Endpoint id of {@link #shipment}. */
  String SHIPMENT_STATUS = "fulfillment-request.shipment.get";

  /**
   * Accepts a fulfillment request.
   *
   * @param id the fulfillment request id
   * @param body an empty object
   * @return the call; any 2xx is success
   */
  @Endpoint(ACCEPT)
  @POST("v0/d/fulfillment_requests/{id}/acknowledgement")
  Call<Void> accept(@Path("id") String id, @Body Map<String, Object> body);

  /**
   * Rejects items.
   *
   * @param id the fulfillment request id
   * @param body {@code {missing_items: [{reason, product_ids}]}}
   * @return the call
   */
  @Endpoint(REJECT_ITEMS)
  @POST("v0/d/fulfillment_requests/{id}/reject_items")
  Call<Void> rejectItems(@Path("id") String id, @Body Map<String, Object> body);

  /**
   * Reads the rejection status; 404 while there is none.
   *
   * @param id the fulfillment request id
   * @return the call
   */
  @Endpoint(REJECTION_STATUS)
  @GET("v0/d/fulfillment_requests/{id}/rejection")
  Call<Map<String, Object>> rejection(@Path("id") String id);

  /**
   * Cancels items.
   *
   * @param id the fulfillment request id
   * @param body {@code {product_ids: [...]}}
   * @return the call
   */
  @Endpoint(CANCEL_ITEMS)
  @POST("v0/d/fulfillment_requests/{id}/canceled_items")
  Call<Void> cancelItems(@Path("id") String id, @Body Map<String, Object> body);

  /**
   * Reads the cancellation status (inferred path).
   *
   * @param id the fulfillment request id
   * @return the call
   */
  @Endpoint(CANCELLATION_STATUS)
  @GET("v0/d/fulfillment_requests/{id}/canceled_items")
  Call<Map<String, Object>> cancellation(@Path("id") String id);

  /**
   * Updates the shipping status.
   *
   * @param id the fulfillment request id
   * @param body {@code {line_items: [{product_ids, shipment: {tracking_code, carrier, ...}}]}}
   * @return the call; a 201 does not mean shipped
   */
  @Endpoint(UPDATE_SHIPMENT)
  @POST("v0/d/fulfillment_requests/{id}/shipment")
  Call<Void> updateShipment(@Path("id") String id, @Body Map<String, Object> body);

  /**
   * Reads the shipment status; 404 while there is none.
   *
   * @param id the fulfillment request id
   * @return the call
   */
  @Endpoint(SHIPMENT_STATUS)
  @GET("v0/d/fulfillment_requests/{id}/shipment")
  Call<Map<String, Object>> shipment(@Path("id") String id);
}
