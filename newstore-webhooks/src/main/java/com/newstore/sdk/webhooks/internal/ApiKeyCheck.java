package com.newstore.sdk.webhooks.internal;

import com.newstore.sdk.webhooks.AuthScheme;
import com.newstore.sdk.webhooks.WebhookKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the {@code Authorization} header against a configured api key in constant time. Only the
 * key's SHA-256 digest is kept, so comparing digests with {@link MessageDigest#isEqual} leaks
 * neither the key nor its length.
 */
public final class ApiKeyCheck {
  private final byte[] expectedDigest;
  private final AuthScheme scheme;
  private final Map<String, List<String>> challenge;

  /**
   * Creates a check.
   *
   * @param apiKey the configured key
   * @param scheme how the key is presented
   */
  public ApiKeyCheck(String apiKey, AuthScheme scheme) {
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("api key is blank");
    }
    this.expectedDigest = sha256(apiKey.getBytes(StandardCharsets.UTF_8));
    this.scheme = scheme;
    this.challenge =
        scheme == AuthScheme.RAW ? Map.of() : Map.of("WWW-Authenticate", List.of("Bearer"));
  }

  /**
   * Returns the headers of a {@code 401}: a {@code Bearer} challenge where a bearer token is
   * accepted, none for a raw key (HTTP has no scheme for it).
   *
   * @return header name to values
   */
  public Map<String, List<String>> challenge() {
    return challenge;
  }

  /**
   * Returns the accepted form.
   *
   * @return the scheme
   */
  public AuthScheme scheme() {
    return scheme;
  }

  /**
   * Builds the check of every kind: its own key or the default, in its own form or the one NewStore
   * documents for it.
   *
   * @param kinds the registered kinds
   * @param keys the keys set per kind
   * @param defaultKey the key for kinds without their own, or null
   * @param schemes the forms set per kind
   * @return kind to check
   * @throws IllegalStateException when a kind has no key
   */
  public static Map<WebhookKind, ApiKeyCheck> forKinds(
      Set<WebhookKind> kinds,
      Map<WebhookKind, String> keys,
      @Nullable String defaultKey,
      Map<WebhookKind, AuthScheme> schemes) {
    Map<WebhookKind, ApiKeyCheck> checks = new EnumMap<>(WebhookKind.class);
    for (WebhookKind kind : kinds) {
      String key = keys.getOrDefault(kind, defaultKey);
      if (key == null) {
        throw new IllegalStateException("no api key for " + kind + ": set apiKey(...)");
      }
      checks.put(
          kind, new ApiKeyCheck(key, schemes.getOrDefault(kind, kind.documentedAuthScheme())));
    }
    return checks;
  }

  /**
   * Tells whether the request's {@code Authorization} values carry the key.
   *
   * @param values every {@code Authorization} header value, or null when absent
   * @return true only for exactly one header holding the key in an accepted form
   */
  public boolean matches(@Nullable List<String> values) {
    if (values == null || values.size() != 1) {
      return false;
    }
    String token = token(values.get(0).trim());
    if (token == null || token.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(expectedDigest, sha256(token.getBytes(StandardCharsets.UTF_8)));
  }

  private @Nullable String token(String header) {
    // regionMatches, not substring + toLowerCase: no garbage per request.
    boolean bearer = header.length() > 7 && header.regionMatches(true, 0, "bearer ", 0, 7);
    return switch (scheme) {
      case BEARER -> bearer ? header.substring(7).trim() : null;
      case RAW -> header;
      case BEARER_OR_RAW -> bearer ? header.substring(7).trim() : header;
    };
  }

  /**
   * Returns the SHA-256 digest of bytes.
   *
   * @param bytes the input
   * @return the digest
   */
  public static byte[] sha256(byte[] bytes) {
    return sha256(bytes, bytes.length);
  }

  /**
   * Returns the SHA-256 digest of the first {@code length} bytes.
   *
   * @param bytes the input
   * @param length how many bytes of it
   * @return the digest
   */
  static byte[] sha256(byte[] bytes, int length) {
    MessageDigest digest = SHA_256.get();
    digest.reset(); // digest() resets too; this covers a digest left dirty by an exception
    digest.update(bytes, 0, length);
    return digest.digest();
  }

  // One digest per thread instead of a provider lookup per request (MessageDigest is not
  // thread-safe, so it cannot be shared).
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
          });

  @Override
  public String toString() {
    return "ApiKeyCheck{" + scheme + ", key=<redacted>}";
  }
}
