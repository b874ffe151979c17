package com.newstore.sdk.contract.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks the form of the {@code Authorization} header against an operation's security: an {@code
 * http bearer} or {@code oauth2} scheme needs {@code Bearer <token>}; an {@code apiKey} scheme in
 * the {@code Authorization} header needs the raw key, which must not start with {@code Bearer }.
 * One satisfied alternative is enough; an empty alternative means no header is needed.
 */
final class AuthorizationCheck {

  private AuthorizationCheck() {}

  /** Returns why the header does not fit, or empty when it does. Never echoes the header. */
  static Optional<String> problem(OpenAPI api, Operation operation, @Nullable String header) {
    List<SecurityRequirement> requirements =
        operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
    if (requirements == null || requirements.isEmpty()) {
      return Optional.empty();
    }
    List<String> expected = new ArrayList<>();
    for (SecurityRequirement requirement : requirements) {
      if (requirement.isEmpty()) {
        return Optional.empty();
      }
      boolean all = true;
      for (String name : requirement.keySet()) {
        SecurityScheme scheme = schemes(api).get(name);
        String form = form(scheme);
        expected.add(form);
        all &= satisfies(scheme, header);
      }
      if (all) {
        return Optional.empty();
      }
    }
    String found = header == null ? "no Authorization header" : describe(header);
    return Optional.of(
        "Authorization must be " + String.join(" or ", expected) + "; found " + found);
  }

  private static Map<String, SecurityScheme> schemes(OpenAPI api) {
    return api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
        ? Map.of()
        : api.getComponents().getSecuritySchemes();
  }

  private static boolean satisfies(@Nullable SecurityScheme scheme, @Nullable String header) {
    if (scheme == null) {
      return false;
    }
    switch (scheme.getType()) {
      case HTTP:
        if ("bearer".equalsIgnoreCase(scheme.getScheme())) {
          return isBearer(header);
        }
        return header != null && !header.isBlank();
      case OAUTH2:
      case OPENIDCONNECT:
        return isBearer(header);
      case APIKEY:
        if ("Authorization".equalsIgnoreCase(scheme.getName())) {
          return header != null && !header.isBlank() && !startsWithBearer(header);
        }
        return true; // another header: not the Authorization form
      default:
        return true;
    }
  }

  private static String form(@Nullable SecurityScheme scheme) {
    if (scheme == null) {
      return "an undeclared scheme";
    }
    return switch (scheme.getType()) {
      case APIKEY -> "the raw api key (no Bearer prefix)";
      case HTTP, OAUTH2, OPENIDCONNECT -> "\"Bearer <token>\"";
      default -> scheme.getType().toString();
    };
  }

  private static boolean isBearer(@Nullable String header) {
    return header != null && startsWithBearer(header) && !header.substring(7).isBlank();
  }

  private static boolean startsWithBearer(String header) {
    return header.length() >= 7
        && header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ");
  }

  private static String describe(String header) {
    if (startsWithBearer(header)) {
      return header.substring(7).isBlank() ? "\"Bearer \" without a token" : "a Bearer token";
    }
    return header.isBlank() ? "an empty value" : "a value without the Bearer prefix";
  }
}
