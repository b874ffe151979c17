package com.newstore.sdk.webhooks.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The webhooks builder's rules for api keys and the ATP deadline, with messages that say what to
 * do.
 */
public final class KeyRules {
  /** NewStore refuses an ATP webhook api key shorter than this (seed 001). */
  public static final int MIN_AVAILABILITY_KEY_LENGTH = 20;

  private static final System.Logger LOG = System.getLogger("com.newstore.sdk.webhooks");

  private KeyRules() {}

  /**
   * Refuses a null or blank key.
   *
   * @param apiKey the key
   * @return the key
   */
  public static String requireKey(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey == null");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey is blank");
    }
    return apiKey;
  }

  /**
   * Refuses an ATP key shorter than NewStore accepts; the message gives the length, never the key.
   *
   * @param key the key
   * @param failure makes the exception from the message
   */
  public static void checkAvailabilityKey(
      String key, Function<String, ? extends RuntimeException> failure) {
    if (key.length() < MIN_AVAILABILITY_KEY_LENGTH) {
      throw failure.apply(
          "the ATP (AVAILABILITY) api key is "
              + key.length()
              + " characters long, but NewStore requires at least "
              + MIN_AVAILABILITY_KEY_LENGTH
              + " (AvailabilityWebhookConfig refuses a shorter one): register a key of 20"
              + " characters or more in NewStore and pass the same key here");
    }
  }

  /**
   * Warns that the ATP handler runs on the default deadline, not the one registered in NewStore.
   *
   * @param defaultTimeout the default deadline
   */
  public static void warnDefaultAvailabilityTimeout(Duration defaultTimeout) {
    LOG.log(
        System.Logger.Level.WARNING,
        "The ATP handler's deadline is the default of "
            + defaultTimeout.toSeconds()
            + " s, whatever timeout AvailabilityWebhookConfig registered in NewStore: pass the"
            + " registered one with timeout(WebhookKind.AVAILABILITY, ...), for example read back"
            + " from client.availabilityConfig().webhook().get()");
  }
}
