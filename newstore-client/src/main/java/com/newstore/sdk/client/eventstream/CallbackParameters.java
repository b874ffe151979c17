package com.newstore.sdk.client.eventstream;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells NewStore where to deliver events ({@code callback_parameters}). The api key is optional;
 * when set, NewStore sends it with every delivery as {@code Authorization: Bearer <api_key>}. The
 * api key never appears in {@link #toString()}.
 *
 * <pre>{@code
 * CallbackParameters callback = new CallbackParameters(
 *     "https://oms.example.com/newstore/events", System.getenv("EVENT_STREAM_KEY"));
 * CallbackParameters unauthenticated = new CallbackParameters("https://oms.example.com/events");
 * }</pre>
 *
 * @param callbackUrl {@code callback_url}, an absolute https URL
 * @param apiKey {@code api_key}, sent by NewStore with every delivery; null to send none, not blank
 *     when set
 */
public record CallbackParameters(
    @Json(name = "callback_url")
        @NotBlank
        @Pattern(regexp = "https://\\S+", message = "must be an absolute https URL")
        String callbackUrl,
    @Json(name = "api_key") @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank when set")
        @Nullable String apiKey) {

  /**
   * Creates callback parameters without an api key.
   *
   * @param callbackUrl {@code callback_url}, an absolute https URL
   */
  public CallbackParameters(String callbackUrl) {
    this(callbackUrl, null);
  }

  /**
   * Returns the callback URL, never the api key.
   *
   * @return a description without secrets
   */
  @Override
  public String toString() {
    return "CallbackParameters[callbackUrl="
        + callbackUrl
        + ", apiKey="
        + (apiKey == null ? "none" : "<redacted>")
        + "]";
  }
}
