package com.newstore.sdk.testkit.clients;

import com.newstore.sdk.client.internal.Json;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** Request bodies for calls that bypass the SDK's own checks, to test the simulator's. */
final class RawJson {
  private RawJson() {}

  /** Wraps {@code value} in the configuration envelope. */
  static RequestBody value(Object value) {
    return of(java.util.Map.of("value", value));
  }

  static RequestBody of(Object body) {
    String json = body instanceof String s ? s : Json.moshi().adapter(Object.class).toJson(body);
    return RequestBody.create(json, MediaType.get("application/json; charset=UTF-8"));
  }
}
