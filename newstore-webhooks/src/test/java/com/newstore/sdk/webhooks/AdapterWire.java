package com.newstore.sdk.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Raw HTTP/1.1 over a loopback socket, for peers no well-behaved client library would imitate. */
final class AdapterWire implements AutoCloseable {
  /** The longest any read waits: every hostile test is bounded by it. */
  static final Duration READ_BOUND = Duration.ofSeconds(8);

  final Socket socket;
  private final InputStream in;

  AdapterWire(int port) throws IOException {
    this.socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout((int) READ_BOUND.toMillis());
    socket.setTcpNoDelay(true);
    this.in = socket.getInputStream();
  }

  AdapterWire send(String ascii) throws IOException {
    return send(ascii.getBytes(StandardCharsets.ISO_8859_1));
  }

  AdapterWire send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
    return this;
  }

  /** Reads one answer; {@link Answer#closed()} when the server closed or reset instead. */
  Answer read() throws IOException {
    return read(false);
  }

  /** Reads one answer to a {@code HEAD} request (no body) or to any other. */
  Answer read(boolean head) throws IOException {
    String text;
    try {
      text = readHead();
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no answer within " + READ_BOUND, e);
    } catch (IOException e) { // reset
      return Answer.CLOSED;
    }
    if (text == null) {
      return Answer.CLOSED;
    }
    String[] lines = text.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
      }
    }
    String length = headers.get("Content-Length");
    byte[] body = length == null || head ? new byte[0] : in.readNBytes(Integer.parseInt(length));
    return new Answer(status, headers, body);
  }

  /** Reads until EOF or reset; returns how long that took. */
  Duration awaitClosed() throws IOException {
    long start = System.nanoTime();
    byte[] buffer = new byte[8192];
    try {
      while (in.read(buffer) != -1) {
        // discard whatever the server still says
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("connection still open after " + READ_BOUND, e);
    } catch (IOException e) {
      // reset: closed as well
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b == -1) {
        return null;
      }
      out.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (out.size() > 64 * 1024) {
        throw new AssertionError("answer head larger than 64 KiB");
      }
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  static String post(String path, String key, String json) {
    return post(path, key, json.getBytes(StandardCharsets.UTF_8).length) + json;
  }

  static String post(String path, String key, int contentLength) {
    // Each kind's documented form: ATP sends the raw key, the others "Bearer <key>".
    String authorization = path.endsWith("/availability") ? key : "Bearer " + key;
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
        + authorization
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  /** One answer as read off the wire. */
  record Answer(int status, Map<String, String> headers, byte[] body) {
    static final Answer CLOSED = new Answer(0, Map.of(), new byte[0]);

    boolean closed() {
      return status == 0;
    }

    String contentType() {
      return headers.getOrDefault("Content-Type", "").toLowerCase(Locale.ROOT);
    }

    boolean problemJson() {
      return contentType().startsWith("application/problem+json");
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
