package com.newstore.sdk.fulfillment.outbox.internal;

import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.fulfillment.CancellationStatus;
import com.newstore.sdk.fulfillment.FulfillmentProviderClient;
import com.newstore.sdk.fulfillment.FulfillmentRuleViolationException;
import com.newstore.sdk.fulfillment.RejectionStatus;
import com.newstore.sdk.fulfillment.ShipmentStatus;
import com.newstore.sdk.fulfillment.StatusEntry;
import com.newstore.sdk.fulfillment.outbox.OutboxEntry;
import com.newstore.sdk.fulfillment.outbox.OutboxOperation;
import com.newstore.sdk.fulfillment.outbox.OutboxRetryPolicy;
import com.newstore.sdk.fulfillment.outbox.OutboxState;
import com.newstore.sdk.fulfillment.outbox.internal.Rows.Leased;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Takes one leased entry one step further: sends it, or reads NewStore's status to confirm it, and
 * writes the outcome, fenced by the lease token so a worker that lost its lease changes nothing.
 */
public final class EntryProcessor {
  private static final Logger LOG = System.getLogger(EntryProcessor.class.getName());
  private static final int MAX_TEXT = 2000;

  private final DataSource dataSource;
  private final OutboxSql sql;
  private final FulfillmentProviderClient fulfillment;
  private final OutboxRetryPolicy retry;
  private final Duration confirmInterval;
  private final Duration confirmTimeout;

  /**
   * Creates the processor.
   *
   * @param dataSource the outbox's database
   * @param sql the outbox's statements
   * @param fulfillment the client to call NewStore with
   * @param retry the retry policy for deliveries
   * @param confirmInterval the wait between status reads of a sent entry
   * @param confirmTimeout how long after it was sent an entry may stay unconfirmed
   */
  public EntryProcessor(
      DataSource dataSource,
      OutboxSql sql,
      FulfillmentProviderClient fulfillment,
      OutboxRetryPolicy retry,
      Duration confirmInterval,
      Duration confirmTimeout) {
    this.dataSource = dataSource;
    this.sql = sql;
    this.fulfillment = fulfillment;
    this.retry = retry;
    this.confirmInterval = confirmInterval;
    this.confirmTimeout = confirmTimeout;
  }

  /**
   * Processes a leased entry.
   *
   * @param leased the entry
   * @throws SQLException when the outcome cannot be written; the lease then expires and another
   *     look resumes the entry
   */
  public void process(Leased leased) throws SQLException {
    OutboxEntry entry = leased.entry();
    if (entry.state() == OutboxState.SENT) {
      confirm(leased, entry.sentAt() == null ? leased.databaseNow() : entry.sentAt());
      return;
    }
    // An earlier attempt may have reached NewStore before it failed or its worker died: if the
    // status already shows the change, do not send it again.
    if (entry.attempts() > 1 && entry.operation() != OutboxOperation.ACCEPT) {
      Verdict before = verdictQuietly(leased);
      if (before != null && before.kind() == Verdict.Kind.CONFIRMED) {
        finish(leased, OutboxState.CONFIRMED, null);
        return;
      }
    }
    if (entry.attempts() > retry.maxAttempts()) {
      // Only after crashes mid-delivery: the attempt that would exceed the limit is not made.
      finish(
          leased,
          OutboxState.FAILED,
          "gave up: "
              + (entry.attempts() - 1)
              + " attempts were started (some interrupted) and the limit is "
              + retry.maxAttempts());
      return;
    }
    try {
      send(entry.requestId(), entry.operation(), leased.payload());
    } catch (RuntimeException e) {
      if (isPermanent(e)) {
        finish(leased, OutboxState.FAILED, "NewStore refused it: " + describe(e));
        return;
      }
      retryLater(leased, e);
      return;
    }
    if (entry.operation() == OutboxOperation.ACCEPT) {
      finish(leased, OutboxState.CONFIRMED, null);
      return;
    }
    if (!update(sql.markSent(), s -> bindFence(s, 1, leased))) {
      return;
    }
    confirm(leased, leased.databaseNow());
  }

  private void confirm(Leased leased, Instant sentAt) throws SQLException {
    Verdict verdict;
    String error = null;
    try {
      verdict = verdict(leased);
    } catch (RuntimeException e) {
      verdict = Verdict.NOT_YET;
      error = "status read failed: " + describe(e);
    }
    switch (verdict.kind()) {
      case CONFIRMED -> finish(leased, OutboxState.CONFIRMED, null);
      case FAILED -> finish(leased, OutboxState.FAILED, verdict.reason());
      case NOT_YET -> {
        Instant deadline = sentAt.plus(confirmTimeout);
        if (!leased.databaseNow().isBefore(deadline)) {
          finish(
              leased,
              OutboxState.FAILED,
              "sent, but NewStore's status did not confirm it within "
                  + confirmTimeout
                  + (error == null ? "" : " (" + error + ")")
                  + "; check the fulfillment request in NewStore");
        } else {
          reschedule(leased, confirmInterval, error);
        }
      }
    }
  }

  private void retryLater(Leased leased, RuntimeException e) throws SQLException {
    OutboxEntry entry = leased.entry();
    Duration age = Duration.between(entry.createdAt(), leased.databaseNow());
    if (entry.attempts() >= retry.maxAttempts() || age.compareTo(retry.maxAge()) >= 0) {
      finish(
          leased,
          OutboxState.FAILED,
          "gave up after "
              + entry.attempts()
              + " attempts in "
              + age.truncatedTo(ChronoUnit.MILLIS)
              + "; last error: "
              + describe(e));
      return;
    }
    Duration wait = jitter(retry.backoff(entry.attempts()));
    if (e instanceof NewStoreApiException api) {
      Optional<Duration> after = api.retryAfter();
      if (after.isPresent() && after.get().compareTo(wait) > 0) {
        wait = after.get();
      }
    }
    reschedule(leased, wait, describe(e));
  }

  private void send(String requestId, OutboxOperation operation, String payload) {
    switch (operation) {
      case ACCEPT -> fulfillment.accept(requestId);
      case SHIP -> fulfillment.updateShipment(requestId, Payloads.decodeLineItems(payload));
      case REJECT -> fulfillment.rejectItems(requestId, Payloads.decodeRejections(payload));
      case CANCEL -> fulfillment.cancelItems(requestId, Payloads.decodeProductIds(payload));
    }
  }

  private @Nullable Verdict verdictQuietly(Leased leased) {
    try {
      return verdict(leased);
    } catch (RuntimeException e) {
      LOG.log(
          Level.DEBUG,
          () -> "Status read before resending entry " + leased.entry().id() + " failed: " + e);
      return null;
    } catch (SQLException e) {
      return null;
    }
  }

  private Verdict verdict(Leased leased) throws SQLException {
    OutboxEntry entry = leased.entry();
    List<String> own = Payloads.units(leased.payload());
    // Units of this request confirmed by earlier entries are in the status too: count them in.
    List<List<String>> all = new ArrayList<>(earlierConfirmedUnits(entry));
    all.add(own);
    Map<String, Integer> needed = Units.count(all);
    String id = entry.requestId();
    return switch (entry.operation()) {
      case ACCEPT -> Verdict.CONFIRMED;
      case SHIP -> {
        Optional<ShipmentStatus> status = fulfillment.shipmentStatus(id);
        if (status.isEmpty()) {
          yield Verdict.NOT_YET;
        }
        if (Units.covers(Units.inStatus(status.get().successfulShipments()), needed)) {
          yield Verdict.CONFIRMED;
        }
        List<String> failed = failedUnits(status.get().failedShipments(), own);
        yield failed.isEmpty()
            ? Verdict.NOT_YET
            : Verdict.failed("NewStore recorded failed shipments of " + failed);
      }
      case REJECT -> {
        Optional<RejectionStatus> status = fulfillment.rejectionStatus(id);
        yield status.isPresent()
                && Units.covers(Units.inStatus(status.get().rejectedItems()), needed)
            ? Verdict.CONFIRMED
            : Verdict.NOT_YET;
      }
      case CANCEL -> {
        Optional<CancellationStatus> status = fulfillment.cancellationStatus(id);
        yield status.isPresent()
                && Units.covers(Units.inStatus(status.get().canceledItems()), needed)
            ? Verdict.CONFIRMED
            : Verdict.NOT_YET;
      }
    };
  }

  private static List<String> failedUnits(List<StatusEntry> failed, List<String> own) {
    Map<String, Integer> failedCounts = Units.inStatus(failed);
    return own.stream().filter(failedCounts::containsKey).distinct().toList();
  }

  private List<List<String>> earlierConfirmedUnits(OutboxEntry entry) throws SQLException {
    List<List<String>> units = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.selectConfirmedBefore())) {
      s.setString(1, entry.requestId());
      s.setString(2, entry.operation().name());
      s.setLong(3, entry.id());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          units.add(Payloads.units(rs.getString(1)));
        }
      }
      commitIfNeeded(c);
    }
    return units;
  }

  private void finish(Leased leased, OutboxState state, @Nullable String reason)
      throws SQLException {
    boolean done =
        update(
            sql.finish(),
            s -> {
              s.setString(1, state.name());
              s.setString(2, reason == null ? null : truncate(reason));
              bindFence(s, 3, leased);
            });
    if (done) {
      LOG.log(
          state == OutboxState.FAILED ? Level.WARNING : Level.DEBUG,
          () ->
              "Outbox entry "
                  + leased.entry().id()
                  + " ("
                  + leased.entry().operation()
                  + " of fulfillment request "
                  + leased.entry().requestId()
                  + ") is "
                  + state
                  + (reason == null ? "" : ": " + reason));
    }
  }

  private void reschedule(Leased leased, Duration wait, @Nullable String error)
      throws SQLException {
    update(
        sql.reschedule(),
        s -> {
          s.setLong(1, wait.toMillis());
          s.setString(2, error == null ? null : truncate(error));
          bindFence(s, 3, leased);
        });
  }

  /** Runs a fenced update; false (and a log line) when the lease was lost to another worker. */
  private boolean update(String statement, Binder binder) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      binder.bind(s);
      int rows = s.executeUpdate();
      commitIfNeeded(c);
      if (rows == 0) {
        LOG.log(
            Level.WARNING,
            "An outbox entry's lease expired before its worker finished; another worker resumes"
                + " it. Make the lease longer than a delivery takes.");
      }
      return rows == 1;
    }
  }

  private static void bindFence(PreparedStatement s, int index, Leased leased) throws SQLException {
    s.setLong(index, leased.entry().id());
    s.setString(index + 1, leased.token());
  }

  private static void commitIfNeeded(Connection c) throws SQLException {
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }

  /**
   * Returns whether retrying cannot help: a rule NewStore enforces, a value it refuses, or any 4xx
   * but 408 and 429.
   *
   * @param e the failure
   * @return true when the entry should fail at once
   */
  public static boolean isPermanent(RuntimeException e) {
    if (e instanceof FulfillmentRuleViolationException
        || e instanceof NewStoreValidationException) {
      return true;
    }
    if (e instanceof NewStoreApiException api) {
      int status = api.statusCode();
      return status >= 400 && status < 500 && status != 408 && status != 429;
    }
    // An unreadable payload (for example written by a newer SDK) never gets better.
    return e instanceof IllegalArgumentException || e instanceof IllegalStateException;
  }

  private static String describe(RuntimeException e) {
    // SDK exception messages hold no secrets (the client scrubs them); the class says what kind.
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static String truncate(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "...";
  }

  private static Duration jitter(Duration d) {
    // Up to 20% shorter, so instances that failed together do not retry together.
    long millis = d.toMillis();
    return Duration.ofMillis(millis - ThreadLocalRandom.current().nextLong(millis / 5 + 1));
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }
}
