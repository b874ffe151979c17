package com.newstore.sdk.client.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Names an order to read back with {@code GET /v0/d/external_orders/{id}}. The path segment is the
 * bare id (NewStore reads it as an external id) or {@code {id_type}={id}}, such as {@code
 * external_id=EXT-1001} or {@code id=<NewStore order id>}. Which {@code id_type} values NewStore
 * accepts is <b>unconfirmed</b> (public integrations use {@code external_id} and {@code id}), so
 * {@link #of(String, String)} sends any other as given. {@code email} and {@code country_code}
 * narrow the lookup to one customer.
 *
 * <pre>{@code
 * InjectedOrder order = client.orders().get(
 *     ExternalOrderLookup.byId("c93e1a37-b5d2-41a5-a3d0-4c3756b5fa3e").withEmail("ada@example.com"));
 * }</pre>
 *
 * @param idType the {@code id_type} prefix, such as {@code external_id} or {@code id}; null sends
 *     the bare id
 * @param id the order id of that type, not blank
 * @param email the {@code email} query parameter, or null
 * @param countryCode the {@code country_code} query parameter, or null
 */
public record ExternalOrderLookup(
    @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "must be letters, digits, '_', '.' or '-'")
        @Nullable String idType,
    @NotBlank String id,
    @Nullable String email,
    @Nullable String countryCode) {
  /** The {@code id_type} of an external order number (NewStore's default). */
  public static final String EXTERNAL_ID = "external_id";

  /** The {@code id_type} of NewStore's own order id. */
  public static final String ID = "id";

  /**
   * Returns a lookup by the bare external order number, with no prefix.
   *
   * @param externalId the external order number
   * @return the lookup
   */
  public static ExternalOrderLookup byExternalId(String externalId) {
    return new ExternalOrderLookup(
        null, Objects.requireNonNull(externalId, "externalId == null"), null, null);
  }

  /**
   * Returns a lookup by NewStore's order id ({@code id={id}}).
   *
   * @param newStoreOrderId the id NewStore returned on injection
   * @return the lookup
   */
  public static ExternalOrderLookup byId(String newStoreOrderId) {
    return of(ID, newStoreOrderId);
  }

  /**
   * Returns a lookup with an explicit {@code id_type} prefix ({@code {idType}={id}}).
   *
   * @param idType the id type, sent as given (accepted values unconfirmed)
   * @param id the id
   * @return the lookup
   */
  public static ExternalOrderLookup of(String idType, String id) {
    return new ExternalOrderLookup(
        Objects.requireNonNull(idType, "idType == null"),
        Objects.requireNonNull(id, "id == null"),
        null,
        null);
  }

  /**
   * Returns a copy with the {@code email} query parameter.
   *
   * @param email the customer's email address
   * @return the copy
   */
  public ExternalOrderLookup withEmail(String email) {
    return new ExternalOrderLookup(
        idType, id, Objects.requireNonNull(email, "email == null"), countryCode);
  }

  /**
   * Returns a copy with the {@code country_code} query parameter.
   *
   * @param countryCode the country code, such as {@code US}
   * @return the copy
   */
  public ExternalOrderLookup withCountryCode(String countryCode) {
    return new ExternalOrderLookup(
        idType, id, email, Objects.requireNonNull(countryCode, "countryCode == null"));
  }

  /**
   * Returns the path segment: the bare id, or {@code {idType}={id}}.
   *
   * @return the segment before URL encoding
   */
  public String pathSegment() {
    return idType == null ? id : idType + "=" + id;
  }
}
