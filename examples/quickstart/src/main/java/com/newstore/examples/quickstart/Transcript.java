package com.newstore.examples.quickstart;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prints the quickstart's transcript, one short line per step, in plain ASCII so that it reads the
 * same in every terminal and log, and keeps every step's outcome for the result.
 */
final class Transcript {
  /** How a step ended. */
  enum Outcome {
    OK("[ OK ]"),
    SKIPPED("[SKIP]"),
    FAILED("[FAIL]");

    private final String mark;

    Outcome(String mark) {
      this.mark = mark;
    }
  }

  private static final int TITLE_WIDTH = 40;

  private final PrintStream out;
  private final List<QuickstartResult.Step> steps = new ArrayList<>();

  Transcript(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out == null");
  }

  void say(String line) {
    out.println(line);
    out.flush();
  }

  void step(Outcome outcome, String title, String detail) {
    steps.add(new QuickstartResult.Step(title, outcome.name(), detail));
    StringBuilder line = new StringBuilder();
    line.append(String.format("%2d %s %s", steps.size(), outcome.mark, title));
    if (!detail.isEmpty()) {
      line.append(" ".repeat(Math.max(1, TITLE_WIDTH - title.length()))).append(detail);
    }
    say(line.toString());
  }

  List<QuickstartResult.Step> steps() {
    return List.copyOf(steps);
  }
}
