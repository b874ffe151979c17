package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.AvailabilityHandler;
import com.newstore.sdk.webhooks.AvailabilityRequest;
import com.newstore.sdk.webhooks.AvailabilityResponse;
import com.newstore.sdk.webhooks.WebhookContext;
import com.newstore.sdk.webhooks.WebhookRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ATP webhook: reads {@code {products, fulfillment_locations}}, and answers one availability
 * per product × location pair, filling in {@code atp: 0} for the pairs the handler left out. The
 * pairs are bounded before the handler runs: a 29 KB request of 1000 × 1000 would otherwise become
 * a 95 MB answer.
 */
public final class AvailabilityRoute extends Route<AvailabilityRequest, AvailabilityResponse> {
  private final AvailabilityHandler handler;
  private final int maxPairs;

  /**
   * Creates the route.
   *
   * @param handler the integrator's handler
   * @param maxPairs the most product × location pairs one request may ask for
   */
  public AvailabilityRoute(AvailabilityHandler handler, int maxPairs) {
    super(true);
    this.handler = Objects.requireNonNull(handler, "handler == null");
    this.maxPairs = maxPairs;
  }

  @Override
  Parsed<AvailabilityRequest> parse(WebhookRequest request, String unused, JsonLimits limits) {
    Parsed<AvailabilityRequest> parsed = Parsed.json(request, limits, RequestMapper::availability);
    if (parsed.reply() != null) {
      return parsed;
    }
    AvailabilityRequest asked = parsed.value();
    long pairs = (long) asked.products().size() * asked.fulfillmentLocations().size();
    if (pairs > maxPairs) {
      return Parsed.answer(
          Replies.problem(
              400,
              "Bad Request",
              "The request asks for "
                  + pairs
                  + " product x location pairs; this webhook answers at most "
                  + maxPairs
                  + ".",
              "fulfillment_locations",
              null,
              Map.of()));
    }
    return parsed;
  }

  @Override
  AvailabilityResponse invoke(AvailabilityRequest request, WebhookContext context)
      throws Exception {
    return handler.availability(request, context);
  }

  @Override
  Reply render(AvailabilityRequest request, AvailabilityResponse answer, WebhookContext context) {
    return Replies.jsonBytes(ResponseBodies.availabilityJson(complete(request, answer)));
  }

  /** Adds {@code atp: 0} for every asked product/location pair the handler left out. */
  private static AvailabilityResponse complete(
      AvailabilityRequest asked, AvailabilityResponse answer) {
    if (inAskedOrder(asked, answer)) {
      return answer; // every pair, as asked: the common answer needs no index
    }
    // product id -> locations answered; no per-pair key strings, since an ATP request can ask
    // for thousands of pairs.
    Map<String, Set<String>> answered = new HashMap<>();
    for (AvailabilityResponse.Availability a : answer.availabilities()) {
      answered.computeIfAbsent(a.productId(), k -> new HashSet<>()).add(a.fulfillmentLocation());
    }
    List<AvailabilityResponse.Availability> missing = null;
    for (AvailabilityRequest.Product p : asked.products()) {
      Set<String> locations = answered.computeIfAbsent(p.productId(), k -> new HashSet<>());
      for (String location : asked.fulfillmentLocations()) {
        if (locations.add(location)) {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(
              new AvailabilityResponse.Availability(
                  p.productId(), p.externalIdentifier(), location, 0));
        }
      }
    }
    if (missing == null) {
      return answer;
    }
    List<AvailabilityResponse.Availability> all = new ArrayList<>(answer.availabilities());
    all.addAll(missing);
    return new AvailabilityResponse(all);
  }

  /** Tells whether the answer holds exactly the asked pairs, product by product, in order. */
  private static boolean inAskedOrder(AvailabilityRequest asked, AvailabilityResponse answer) {
    List<AvailabilityResponse.Availability> given = answer.availabilities();
    List<String> locations = asked.fulfillmentLocations();
    if (given.size() != asked.products().size() * locations.size()) {
      return false;
    }
    int i = 0;
    for (AvailabilityRequest.Product p : asked.products()) {
      for (String location : locations) {
        AvailabilityResponse.Availability a = given.get(i++);
        if (!a.productId().equals(p.productId()) || !a.fulfillmentLocation().equals(location)) {
          return false;
        }
      }
    }
    return true;
  }
}
