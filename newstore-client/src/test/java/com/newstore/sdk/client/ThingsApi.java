package com.newstore.sdk.client;

import com.newstore.sdk.client.internal.Endpoint;
import com.squareup.moshi.Json;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** A Retrofit interface for transport tests, shaped like the SDK's own services. */
interface ThingsApi {
  @Endpoint("things.get")
  @GET("v0/things/{id}")
  Call<Thing> get(@Path("id") String id);

  @Endpoint("things.create")
  @POST("v0/things")
  Call<Thing> create(@Body Thing thing);

  @Endpoint(value = "things.create-idempotent", safeToRetry = true)
  @POST("v0/things/idempotent")
  Call<Thing> createIdempotent(@Body Thing thing);

  record Thing(
      @NotBlank String name,
      @Max(25) int timeout,
      @NotEmpty List<Kind> kinds,
      @Json(name = "updated_at") @Nullable Instant updatedAt) {}

  record Kind(String value) implements OpenEnum {
    static final Kind STORE = new Kind("store");

    @Override
    public boolean isKnown() {
      return equals(STORE);
    }
  }
}
