package com.newstore.sdk.webhooks;

/**
 * Names the five webhooks NewStore calls, with the HTTP method each uses and its default route.
 *
 * <p>The routes are the SDK's defaults, relative to {@link NewStoreWebhooksBuilder#routePrefix};
 * change any of them with {@link NewStoreWebhooksBuilder#route}. NewStore does not publish the
 * suffixes it appends to a configured base URL, so the defaults marked "unconfirmed" are guesses.
 */
public enum WebhookKind {
  /**
   * The availability (ATP) webhook: {@code POST /availability}. NewStore posts to the exact url
   * registered in the ATP webhook configuration (no known suffix), so register {@code
   * https://host/<prefix>/availability}. The route itself is the SDK's choice.
   */
  AVAILABILITY("POST", "/availability", AuthScheme.RAW),
  /**
   * The external order webhook's purchase history: {@code GET
   * /orders?consumer_email=…|consumer_token=…}. Unconfirmed: NewStore appends its own route to the
   * configured base url.
   */
  PURCHASE_HISTORY("GET", "/orders", AuthScheme.BEARER_OR_RAW),
  /**
   * The external order webhook's order details: {@code GET /orders/{id}}. Unconfirmed, like the
   * purchase history route.
   */
  ORDER_DETAILS("GET", "/orders/{id}", AuthScheme.BEARER_OR_RAW),
  /**
   * Fulfillment requests to a DC or fulfillment provider: {@code POST /fulfillment_requests}.
   * NewStore posts to the url in the DC configuration, so register {@code
   * https://host/<prefix>/fulfillment_requests}; the route is the SDK's choice.
   */
  FULFILLMENT_REQUEST("POST", "/fulfillment_requests", AuthScheme.BEARER),
  /**
   * The event stream: {@code POST /events}. NewStore posts to the registered {@code callback_url},
   * so register {@code https://host/<prefix>/events}; the route is the SDK's choice.
   */
  EVENT("POST", "/events", AuthScheme.BEARER);

  private final String method;
  private final String defaultRoute;
  private final AuthScheme documentedAuthScheme;

  WebhookKind(String method, String defaultRoute, AuthScheme documentedAuthScheme) {
    this.method = method;
    this.defaultRoute = defaultRoute;
    this.documentedAuthScheme = documentedAuthScheme;
  }

  /**
   * Returns how NewStore documents the {@code Authorization} header of this webhook, the receiver's
   * default:
   *
   * <ul>
   *   <li>{@link #AVAILABILITY}: {@link AuthScheme#RAW}, "the Authorization header in each request
   *       from NewStore will be set to this API key" (docs.newstore.com, configuring an external
   *       OMS);
   *   <li>{@link #FULFILLMENT_REQUEST}: {@link AuthScheme#BEARER} (docs.newstore.net, DC
   *       fulfillment node hook);
   *   <li>{@link #EVENT}: {@link AuthScheme#BEARER} (docs.newstore.net, stream webhook sink API);
   *   <li>{@link #PURCHASE_HISTORY}, {@link #ORDER_DETAILS}: {@link AuthScheme#BEARER_OR_RAW}, as
   *       the external order webhook's form is not documented (unconfirmed).
   * </ul>
   *
   * @return the documented form
   */
  public AuthScheme documentedAuthScheme() {
    return documentedAuthScheme;
  }

  /**
   * Returns the HTTP method NewStore uses for this webhook.
   *
   * @return {@code GET} or {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the default route, before any prefix; {@code {id}} marks the order id.
   *
   * @return the route template
   */
  public String defaultRoute() {
    return defaultRoute;
  }
}
