package com.newstore.sdk.client.eventstream;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Tells NewStore where to deliver events and which api key to send with them. The api key never
 * appears in {@link #toString()}.
 *
 * <pre>{@code
 * CallbackParameters callback = new CallbackParameters(
 *     "https://oms.example.com/newstore/events", System.getenv("EVENT_STREAM_KEY"));
 * }</pre>
 *
 * @param callbackUrl {@code callback_url}, an absolute https URL
 * @param apiKey {@code api_key}, sent by NewStore with every delivery; not blank
 */
public record CallbackParameters(
    @Json(name = "callback_url")
        @NotBlank
        @Pattern(regexp = "https://\\S+", message = "must be an absolute https URL")
        String callbackUrl,
    @Json(name = "api_key") @NotBlank String apiKey) {

  /**
   * Returns the callback URL, never the api key.
   *
   * @return a description without secrets
   */
  @Override
  public String toString() {
    return "CallbackParameters[callbackUrl=" + callbackUrl + ", apiKey=<redacted>]";
  }
}
