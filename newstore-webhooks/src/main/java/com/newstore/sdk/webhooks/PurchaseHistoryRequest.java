package com.newstore.sdk.webhooks;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Holds a purchase history query: the customer's e-mail address, or an opaque consumer token for
 * tenants with PII tokenization. At least one of the two is present.
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
