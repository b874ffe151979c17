/**
 * Start with {@link com.newstore.sdk.fulfillment.FulfillmentProviderClient#create} and {@link
 * com.newstore.sdk.fulfillment.FulfillmentWorkflow}. Calls NewStore's Fulfillment Provider API as a
 * fulfillment provider (a distribution center's WMS, an external OMS): accept, reject, cancel and
 * ship the items of a fulfillment request, read the rejection, cancellation and shipment status,
 * and wait until NewStore confirms a change. Start with {@link
 * com.newstore.sdk.fulfillment.FulfillmentProviderClient} and {@link
 * com.newstore.sdk.fulfillment.FulfillmentWorkflow}.
 */
@NullMarked
package com.newstore.sdk.fulfillment;

import org.jspecify.annotations.NullMarked;
