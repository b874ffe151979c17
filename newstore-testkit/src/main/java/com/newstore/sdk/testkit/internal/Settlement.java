package com.newstore.sdk.testkit.internal;

import com.newstore.sdk.testkit.internal.LedgerEntry.Kind;
import com.newstore.sdk.testkit.internal.LedgerEntry.Pending;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * When the {@link FulfillmentLedger}'s operations become visible: a shipment, rejection or
 * cancellation settles after a number of status reads of its kind and a delay on the simulator's
 * clock (at once when both are zero). Guarded by the ledger's lock.
 */
final class Settlement {
  private final Clock clock;
  private final int settleAfterReads;
  private final Duration settleDelay;

  Settlement(Clock clock, int settleAfterReads, Duration settleDelay) {
    this.clock = clock;
    this.settleAfterReads = settleAfterReads;
    this.settleDelay = settleDelay;
  }

  /** Settles at once, or keeps the operation until enough reads and time have passed. */
  void enqueue(LedgerEntry fr, Kind kind, Instant postedAt, Runnable settle) {
    if (settleAfterReads == 0 && settleDelay.isZero()) {
      settle.run();
    } else {
      fr.pending.add(new Pending(kind, postedAt, settle));
    }
  }

  /** Counts one status read of a kind and settles what is due. */
  void onRead(LedgerEntry fr, Kind kind) {
    Instant now = clock.instant();
    var it = fr.pending.iterator();
    while (it.hasNext()) {
      Pending p = it.next();
      if (p.kind != kind) {
        continue;
      }
      p.reads++;
      if (p.reads >= settleAfterReads && !now.isBefore(p.postedAt.plus(settleDelay))) {
        p.settle.run();
        it.remove();
      }
    }
  }

  /** Stamps item entries {@code accepted_at} now and makes them visible. */
  void settleItems(List<Map<String, Object>> entries, List<Map<String, Object>> target) {
    String now = clock.instant().toString();
    for (Map<String, Object> e : entries) {
      e.put("accepted_at", now);
      target.add(e);
    }
  }
}
