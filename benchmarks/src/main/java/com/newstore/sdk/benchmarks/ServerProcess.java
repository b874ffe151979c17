package com.newstore.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The loopback server a benchmark calls: the one named by the {@code bench.server} system property
 * (which {@code benchmarks/run} starts once for the whole run), or else a {@link LoopbackServer}
 * child process started for this JVM.
 */
final class ServerProcess implements AutoCloseable {
  private final String baseUrl;
  private final @Nullable Process process;

  private ServerProcess(String baseUrl, @Nullable Process process) {
    this.baseUrl = baseUrl;
    this.process = process;
  }

  /** Connects to the run's server, or starts one. */
  static ServerProcess start() {
    String given = System.getProperty("bench.server");
    if (given != null && !given.isBlank()) {
      return new ServerProcess(given.endsWith("/") ? given : given + "/", null);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    LoopbackServer.class.getName()))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      Process process = builder.start();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      if (line == null || !line.startsWith("PORT ")) {
        process.destroyForcibly();
        throw new IllegalStateException("loopback server did not start: " + line);
      }
      return new ServerProcess("http://127.0.0.1:" + line.substring(5).trim() + "/", process);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the base URL, ending in {@code /}. */
  String baseUrl() {
    return baseUrl;
  }

  @Override
  public void close() {
    if (process == null) {
      return;
    }
    try {
      process.getOutputStream().close();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
