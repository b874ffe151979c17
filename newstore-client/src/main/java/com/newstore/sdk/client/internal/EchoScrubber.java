package com.newstore.sdk.client.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Removes secrets from text a server sent back, before it goes into an exception message: a gateway
 * or token endpoint that echoes the request would otherwise put the client secret, the bearer token
 * or a webhook api key into a log line. The secrets are taken from the request that got the answer
 * (its {@code Authorization} header, its form and its JSON members named like keys), plus anything
 * shaped like a bearer token or a {@code client_secret=} pair.
 */
public final class EchoScrubber {
  static final String REDACTED = "<redacted>";
  private static final long MAX_SCANNED_BODY = 64 * 1024;
  private static final int MIN_SECRET_LENGTH = 4;
  private static final Pattern SECRET_MEMBER =
      Pattern.compile(
          "\"(api_key|apiKey|client_secret|password|access_token|aws_secret_access_key)\"\\s*:\\s*"
              + "\"([^\"]*)\"");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
  private static final Pattern FORM_SECRET =
      Pattern.compile("(?i)((?:client_secret|password|access_token)=)[^&\\s\"]+");

  private EchoScrubber() {}

  /**
   * Returns {@code text} with every secret of {@code request} and every secret-shaped value
   * replaced by {@code <redacted>}.
   *
   * @param text what the server said, or null
   * @param request the request that got the answer
   * @return the scrubbed text, or null when {@code text} was null
   */
  public static @Nullable String scrub(@Nullable String text, Request request) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : secretsOf(request)) {
      out = out.replace(secret, REDACTED);
    }
    out = SECRET_MEMBER.matcher(out).replaceAll("\"$1\":\"" + REDACTED + "\"");
    out = BEARER.matcher(out).replaceAll("$1" + REDACTED);
    return FORM_SECRET.matcher(out).replaceAll("$1" + REDACTED);
  }

  private static List<String> secretsOf(Request request) {
    List<String> secrets = new ArrayList<>();
    String authorization = request.header("Authorization");
    if (authorization != null) {
      String value = authorization.trim();
      int space = value.indexOf(' ');
      String credential = space < 0 ? value : value.substring(space + 1).trim();
      add(secrets, credential);
      if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
        basicSecret(credential, secrets);
      }
    }
    RequestBody body = request.body();
    if (body instanceof FormBody form) {
      for (int i = 0; i < form.size(); i++) {
        String name = form.name(i);
        if (name.equals("client_secret") || name.equals("password")) {
          add(secrets, form.value(i));
        }
      }
    } else if (body != null) {
      Matcher m = SECRET_MEMBER.matcher(json(body));
      while (m.find()) {
        add(secrets, m.group(2));
      }
    }
    // Longest first, so a secret that contains another is replaced whole.
    secrets.sort((a, b) -> b.length() - a.length());
    return secrets;
  }

  private static void basicSecret(String encoded, List<String> secrets) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon >= 0) {
        add(secrets, decoded.substring(colon + 1));
      }
    } catch (IllegalArgumentException notBase64) {
      // Nothing to learn from it; the whole credential is already listed.
    }
  }

  private static String json(RequestBody body) {
    try {
      long length = body.contentLength();
      if (body.isOneShot() || length < 0 || length > MAX_SCANNED_BODY) {
        return "";
      }
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      return buffer.readUtf8();
    } catch (IOException unreadable) {
      return "";
    }
  }

  private static void add(List<String> secrets, @Nullable String secret) {
    if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
      secrets.add(secret);
    }
  }
}
