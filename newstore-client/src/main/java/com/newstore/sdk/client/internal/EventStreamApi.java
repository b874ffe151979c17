package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.eventstream.EventStreamIntegration;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Event stream integration API ({@code /api/v1/org/integrations/eventstream}). */
public interface EventStreamApi {
  /**
   * Registers an integration; NewStore starts it.
   *
   * @param body the integration
   * @return the call
   */
  @Endpoint("event-stream.integration.create")
  @POST("api/v1/org/integrations/eventstream")
  Call<EventStreamIntegration> create(@Body EventStreamIntegration body);

  /**
   * Lists the integrations; the raw JSON is returned so that the envelope can be read leniently.
   *
   * @return the call
   */
  @Endpoint("event-stream.integration.list")
  @GET("api/v1/org/integrations/eventstream")
  Call<Object> list();

  /**
   * Reads one integration.
   *
   * @param id the integration id
   * @return the call
   */
  @Endpoint("event-stream.integration.get")
  @GET("api/v1/org/integrations/eventstream/{id}")
  Call<EventStreamIntegration> get(@Path("id") String id);

  /**
   * Starts delivery.
   *
   * @param id the integration id
   * @return the call
   */
  @Endpoint("event-stream.integration.start")
  @POST("api/v1/org/integrations/eventstream/{id}/_start")
  Call<Void> start(@Path("id") String id);

  /**
   * Stops delivery.
   *
   * @param id the integration id
   * @return the call
   */
  @Endpoint("event-stream.integration.stop")
  @POST("api/v1/org/integrations/eventstream/{id}/_stop")
  Call<Void> stop(@Path("id") String id);

  /**
   * Deletes an integration (method and path inferred, unconfirmed).
   *
   * @param id the integration id
   * @return the call
   */
  @Endpoint("event-stream.integration.delete")
  @DELETE("api/v1/org/integrations/eventstream/{id}")
  Call<Void> delete(@Path("id") String id);
}
