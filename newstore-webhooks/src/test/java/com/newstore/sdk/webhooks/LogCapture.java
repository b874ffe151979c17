package com.newstore.sdk.webhooks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures every record a logger writes during a test, at every level (System.Logger maps to
 * java.util.logging by default). Register with {@code @RegisterExtension}.
 */
final class LogCapture extends Handler implements BeforeEachCallback, AfterEachCallback {
  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private Level previous;

  LogCapture(String loggerName) {
    this.logger = Logger.getLogger(loggerName);
    setLevel(Level.ALL);
  }

  /** Returns the records captured so far in this test. */
  List<LogRecord> records() {
    return records;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(this);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
