package com.newstore.sdk.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's OAuth2 client-credentials token endpoint and token check. Tokens are random,
 * expire after a set lifetime on the simulator's clock, and can be revoked all at once.
 */
public final class TokenIssuer {
  private final String clientId;
  private final String clientSecret;
  private final Duration lifetime;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

  private record Issued(String clientId, Instant expiresAt) {}

  /**
   * Creates the issuer.
   *
   * @param clientId the only accepted client id
   * @param clientSecret its secret
   * @param lifetime how long a token lives
   * @param clock the clock that decides expiry
   */
  public TokenIssuer(String clientId, String clientSecret, Duration lifetime, Clock clock) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /**
   * Answers a token request (form body, credentials in the form or as HTTP Basic).
   *
   * @param req the request
   * @return 200 with a token, 400 for a wrong grant type, 401 for wrong credentials
   */
  public Reply issue(SimRequest req) {
    if (!req.method().equals("POST")) {
      return oauthError(405, "invalid_request", "Use POST");
    }
    Map<String, String> form = parseForm(req.bodyText());
    String id = form.get("client_id");
    String secret = form.get("client_secret");
    String basic = req.header("Authorization");
    if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        decoded = "";
      }
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
        secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
      }
    }
    if (!"client_credentials".equals(form.get("grant_type"))) {
      return oauthError(400, "unsupported_grant_type", "Only client_credentials is supported");
    }
    if (!clientId.equals(id) || secret == null || !constantTimeEquals(clientSecret, secret)) {
      return oauthError(401, "unauthorized_client", "Invalid client or Invalid client credentials");
    }
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = "sim-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.put(token, new Issued(clientId, clock.instant().plus(lifetime)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token);
    body.put("expires_in", lifetime.toSeconds());
    body.put("token_type", "Bearer");
    body.put("scope", "newstore:configuration:read newstore:configuration:write");
    return Reply.json(200, body).withHeader("Cache-Control", "no-store");
  }

  /**
   * Returns the client id a valid, unexpired bearer token belongs to.
   *
   * @param authorization the {@code Authorization} header, or null
   * @return the client id, or null when the token is missing, unknown or expired
   */
  public @Nullable String authenticate(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    Issued issued = tokens.get(authorization.substring(7).trim());
    if (issued == null || !clock.instant().isBefore(issued.expiresAt())) {
      return null;
    }
    return issued.clientId();
  }

  /** Revokes every token issued so far; the next API call with one of them gets 401. */
  public void revokeAll() {
    tokens.clear();
  }

  private static Reply oauthError(int status, String error, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    return Reply.json(status, body);
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return form;
  }
}
