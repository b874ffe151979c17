package com.newstore.examples.quickstart;

import com.newstore.examples.quickstart.Transcript.Outcome;
import com.newstore.sdk.client.AuthenticationException;
import com.newstore.sdk.client.NewStoreNetworkException;
import com.newstore.sdk.client.NotFoundException;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Runs the quickstart's steps: each prints one line, a failing step marks the run failed and the
 * next ones still run, and on a live tenant without {@code --allow-writes} a step that would change
 * it only reads and prints the current value.
 */
final class Steps {
  /** What a step does; returns the detail to print. */
  @FunctionalInterface
  interface Action {
    String run() throws Exception;
  }

  private final Transcript transcript;
  private final boolean allowWrites;
  private boolean failed;
  private boolean unreachable;

  Steps(Transcript transcript, boolean allowWrites) {
    this.transcript = Objects.requireNonNull(transcript, "transcript == null");
    this.allowWrites = allowWrites;
  }

  /** Runs a step; returns whether it succeeded. */
  boolean run(String title, Action action) {
    if (unreachable) {
      skip(title, "not tried: NewStore could not be reached (see above)");
      return false;
    }
    try {
      transcript.step(Outcome.OK, title, action.run());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(title, e);
      return false;
    } catch (Exception e) {
      fail(title, e);
      return false;
    }
  }

  /** Runs a step that changes the tenant, or only {@code read} without --allow-writes. */
  void write(String title, Action write, Action read) {
    if (allowWrites || unreachable) {
      run(title, write);
      return;
    }
    try {
      skip(title, "read-only (--allow-writes to change), now " + read.run());
    } catch (NotFoundException | NoSuchElementException notSet) {
      // A configuration never set reads as Optional.empty(); orElseThrow() lands here.
      skip(title, "read-only (--allow-writes to change), now not set");
    } catch (Exception e) {
      fail(title, e);
    }
  }

  void skip(String title, String why) {
    transcript.step(Outcome.SKIPPED, title, why);
  }

  void fail(String title, Exception e) {
    failed = true;
    // Without a token or a network, every further call fails the same way: say it once.
    unreachable |= e instanceof NewStoreNetworkException || e instanceof AuthenticationException;
    transcript.step(Outcome.FAILED, title, e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  void say(String line) {
    transcript.say(line);
  }

  boolean allowsWrites() {
    return allowWrites;
  }

  boolean failed() {
    return failed;
  }
}
