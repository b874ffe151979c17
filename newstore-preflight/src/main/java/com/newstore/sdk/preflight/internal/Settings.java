package com.newstore.sdk.preflight.internal;

import com.newstore.sdk.preflight.IntegrationProfile;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a run was asked to check. Not for users.
 *
 * @param profiles the declared profiles
 * @param refundToOriginal whether refunds to the original payment method are wanted
 * @param dcNodeIds the DCs whose configuration to check
 * @param probe whether to call the integrator's webhooks
 * @param probeProductId product id sent to the ATP webhook
 * @param probeLocation fulfillment location sent to the ATP webhook
 * @param probeCustomerEmail customer email sent to the purchase history webhook
 * @param probeOrderId order id sent to the order details webhook, null to skip that probe
 * @param purchaseHistoryRoute route appended to the external order webhook URL
 * @param orderDetailsRoute route appended to the external order webhook URL, with {@code {id}}
 */
public record Settings(
    Set<IntegrationProfile> profiles,
    boolean refundToOriginal,
    List<String> dcNodeIds,
    boolean probe,
    String probeProductId,
    String probeLocation,
    String probeCustomerEmail,
    @Nullable String probeOrderId,
    String purchaseHistoryRoute,
    String orderDetailsRoute) {

  /**
   * Copies the collections.
   *
   * @param profiles the declared profiles
   * @param refundToOriginal whether refunds to the original payment method are wanted
   * @param dcNodeIds the DCs whose configuration to check
   * @param probe whether to call the integrator's webhooks
   * @param probeProductId product id sent to the ATP webhook
   * @param probeLocation fulfillment location sent to the ATP webhook
   * @param probeCustomerEmail customer email sent to the purchase history webhook
   * @param probeOrderId order id sent to the order details webhook, null to skip that probe
   * @param purchaseHistoryRoute route appended to the external order webhook URL
   * @param orderDetailsRoute route appended to the external order webhook URL
   */
  public Settings {
    profiles = Set.copyOf(profiles);
    dcNodeIds = List.copyOf(dcNodeIds);
  }

  /**
   * Returns whether a profile was declared.
   *
   * @param p the profile
   * @return true when declared
   */
  public boolean has(IntegrationProfile p) {
    return profiles.contains(p);
  }

  /**
   * Returns whether external ATP is required (endless aisle or mixed cart).
   *
   * @return true when required
   */
  public boolean externalAtpRequired() {
    return has(IntegrationProfile.ENDLESS_AISLE) || has(IntegrationProfile.MIXED_CART);
  }
}
