package com.newstore.sdk.webhooks;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Holds a purchase history query: the customer's e-mail address ({@code consumer_email}), or, for
 * tenants with PII tokenization, an opaque {@code consumer_token} the webhook detokenizes itself.
 * NewStore sends one of the two; {@link #identifiedBy()} says which. For a PII tenant, return the
 * customer's personal data tokenized.
 *
 * @param consumerEmail the {@code consumer_email} query parameter, if sent
 * @param consumerToken the {@code consumer_token} query parameter, if sent
 * @param queryParameters every query parameter, decoded
 */
public record PurchaseHistoryRequest(
    @Nullable String consumerEmail,
    @Nullable String consumerToken,
    Map<String, List<String>> queryParameters) {

  /**
   * Checks and copies the components.
   *
   * @param consumerEmail see the record description
   * @param consumerToken see the record description
   * @param queryParameters see the record description
   * @throws IllegalArgumentException when both the e-mail and the token are null
   */
  public PurchaseHistoryRequest {
    if (consumerEmail == null && consumerToken == null) {
      throw new IllegalArgumentException("consumerEmail and consumerToken are both null");
    }
    queryParameters = Map.copyOf(queryParameters);
  }

  /** How the customer is identified in a purchase history query. */
  public enum ConsumerIdentifier {
    /** By {@code consumer_email}: a tenant without PII tokenization. */
    EMAIL,
    /** By {@code consumer_token}: a PII tenant; detokenize it to find the customer. */
    TOKEN
  }

  /**
   * Returns which identifier NewStore sent; the e-mail address when both are present.
   *
   * @return {@link ConsumerIdentifier#EMAIL} or {@link ConsumerIdentifier#TOKEN}
   */
  public ConsumerIdentifier identifiedBy() {
    return consumerEmail != null ? ConsumerIdentifier.EMAIL : ConsumerIdentifier.TOKEN;
  }

  /**
   * Returns a description without the e-mail address or token (personal data).
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "PurchaseHistoryRequest{"
        + (consumerEmail != null ? "consumerEmail=<redacted>" : "consumerToken=<redacted>")
        + "}";
  }
}
