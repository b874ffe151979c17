package com.newstore.examples.fulfillment;

import com.newstore.sdk.fulfillment.RejectionReason;
import com.newstore.sdk.fulfillment.Shipment;
import com.newstore.sdk.fulfillment.outbox.FulfillmentOutbox;
import com.newstore.sdk.webhooks.FulfillmentRequest;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import com.newstore.sdk.webhooks.WebhookContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Fulfills the requests NewStore routes to this distribution center, durably: it reserves what is
 * on hand and records accept, reject and ship in the {@link FulfillmentOutbox} in one database
 * transaction, before NewStore gets its {@code 200}. The outbox worker delivers them to NewStore in
 * order, retries while NewStore is unreachable, and confirms each by NewStore's status, across
 * restarts and instances.
 *
 * <p>If the transaction fails the handler throws: NewStore gets an error and sends the request
 * again (the deduplication claim is released), so a request is either recorded or re-sent.
 */
public final class OutboxFulfillmentProvider implements FulfillmentRequestHandler {
  private final DataSource dataSource;
  private final FulfillmentOutbox outbox;
  private final Inventory inventory;
  private final Consumer<Outcome> onOutcome;

  /**
   * Creates the provider.
   *
   * @param dataSource the database of the outbox
   * @param outbox where accept, reject and ship are recorded
   * @param inventory what is on hand
   * @param onOutcome told what was recorded for each request (logging, metrics, tests)
   */
  public OutboxFulfillmentProvider(
      DataSource dataSource,
      FulfillmentOutbox outbox,
      Inventory inventory,
      Consumer<Outcome> onOutcome) {
    this.dataSource = dataSource;
    this.outbox = outbox;
    this.inventory = inventory;
    this.onOutcome = onOutcome;
  }

  @Override
  public void fulfillmentRequest(FulfillmentRequest request, WebhookContext context) {
    // The SDK already checked the api key, parsed the body and dropped re-deliveries (in the
    // database, so across instances and restarts). A real WMS reserves in the same transaction.
    Reservation reservation = Reservation.of(inventory, request.productIds());
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        record(c, request, reservation);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not record fulfillment request " + request.id() + "; NewStore sends it again", e);
    }
    onOutcome.accept(new Outcome(request.id(), reservation.onHand(), reservation.missing(), null));
  }

  private void record(Connection c, FulfillmentRequest request, Reservation reservation) {
    if (reservation.onHand().isEmpty()) {
      // Nothing on hand: reject the whole request; NewStore routes it elsewhere.
      outbox.reject(c, request.id(), request.productIds(), RejectionReason.NO_INVENTORY);
      return;
    }
    outbox.accept(c, request.id());
    if (!reservation.missing().isEmpty()) {
      outbox.reject(c, request.id(), reservation.missing(), RejectionReason.NO_INVENTORY);
    }
    outbox.ship(c, request.id(), reservation.onHand(), Shipment.of(trackingCode(), "UPS"));
  }

  private static String trackingCode() {
    // A real DC gets this from the carrier when it prints the label.
    return "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
  }
}
