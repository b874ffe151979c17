package com.newstore.sdk.webhooks;

/**
 * Answers NewStore's availability (ATP) webhook, "Request availabilities": how many units of each
 * product are available to promise at each fulfillment location.
 *
 * <p>NewStore treats a failure or a timeout as <b>no availability</b>: if this handler throws, or
 * answers after the timeout configured in NewStore's ATP webhook configuration (5 to 60 seconds),
 * every requested product counts as unavailable and the Associate App shows "Products not
 * available". Finish before {@link WebhookContext#deadline()}, which the SDK derives from {@link
 * NewStoreWebhooksBuilder#timeout}. Only {@code product_id} identifiers are sent today.
 *
 * <pre>{@code
 * AvailabilityHandler atp = (request, context) -> AvailabilityResponse.of(
 *     request.products().stream()
 *         .flatMap(p -> request.fulfillmentLocations().stream()
 *             .map(loc -> new AvailabilityResponse.Availability(
 *                 p.productId(), p.externalIdentifier(), loc, stock.atp(p.productId(), loc))))
 *         .toList());
 * }</pre>
 */
@FunctionalInterface
public interface AvailabilityHandler {
  /**
   * Returns the ATP of the requested products. Product/location pairs the response leaves out are
   * answered with {@code atp: 0} by the SDK.
   *
   * @param request the products and locations NewStore asks about
   * @param context the call's correlation id and deadline
   * @return the availabilities
   * @throws Exception any failure; NewStore then assumes nothing is available
   */
  AvailabilityResponse availability(AvailabilityRequest request, WebhookContext context)
      throws Exception;
}
