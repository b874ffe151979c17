package com.newstore.sdk.preflight.internal;

import com.newstore.sdk.client.AuthenticationException;
import com.newstore.sdk.client.NewStoreApiException;
import com.newstore.sdk.client.NewStoreDecodingException;
import com.newstore.sdk.client.NewStoreException;
import com.newstore.sdk.client.NewStoreNetworkException;
import com.newstore.sdk.client.NotFoundException;
import com.newstore.sdk.client.PermissionDeniedException;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading one configuration: the value, "absent" (a 404 NewStore itself answered,
 * with an error code) or "unavailable" (anything that means we did not see the setting). Not for
 * users.
 *
 * @param value the value when {@code kind} is {@code OK}
 * @param kind what happened
 * @param detail why it is absent or unavailable; empty when OK
 * @param endpointId the endpoint id, for path override hints
 * @param <T> the value type
 */
public record Read<T>(@Nullable T value, Kind kind, String detail, String endpointId) {

  /** What a read produced. */
  public enum Kind {
    /** The value was read. */
    OK,
    /** NewStore answered 404 with its own error body: the setting is not configured. */
    ABSENT,
    /** The setting could not be seen. */
    UNAVAILABLE
  }

  /**
   * Validates the outcome.
   *
   * @param value the value when {@code kind} is {@code OK}
   * @param kind what happened
   * @param detail why it is absent or unavailable; empty when OK
   * @param endpointId the endpoint id, for path override hints
   */
  public Read {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(detail, "detail == null");
    Objects.requireNonNull(endpointId, "endpointId == null");
    if (kind == Kind.OK) {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /**
   * Runs a read and classifies whatever it throws; never throws a {@link RuntimeException}.
   *
   * @param endpointId the endpoint id the call uses
   * @param call the call
   * @param <T> the value type
   * @return the outcome
   */
  public static <T> Read<T> of(String endpointId, Supplier<T> call) {
    try {
      return new Read<>(call.get(), Kind.OK, "", endpointId);
    } catch (PermissionDeniedException e) {
      return unavailable(
          endpointId,
          "HTTP 403 from " + endpointId + describe(e) + ": the credentials may not read it");
    } catch (AuthenticationException e) {
      return unavailable(endpointId, "HTTP 401 from " + endpointId + describe(e));
    } catch (NotFoundException e) {
      if (e.errorCode() != null) {
        return new Read<>(null, Kind.ABSENT, "HTTP 404" + describe(e), endpointId);
      }
      return unavailable(
          endpointId,
          "HTTP 404 without a NewStore error body from "
              + endpointId
              + ": the path may not be NewStore's (it is unconfirmed)");
    } catch (NewStoreApiException e) {
      return unavailable(
          endpointId, "HTTP " + e.statusCode() + " from " + endpointId + describe(e));
    } catch (NewStoreDecodingException e) {
      return unavailable(
          endpointId, "unexpected answer from " + endpointId + ": " + e.getMessage());
    } catch (NewStoreNetworkException e) {
      return unavailable(endpointId, "network failure on " + endpointId + ": " + e.getMessage());
    } catch (NewStoreException e) {
      return unavailable(endpointId, endpointId + " failed: " + e.getMessage());
    } catch (java.util.NoSuchElementException notSet) {
      // The SDK reads a configuration that was never set as Optional.empty().
      return new Read<>(null, Kind.ABSENT, "not set", endpointId);
    } catch (RuntimeException e) {
      // A shape we did not expect (a missing field, an odd value): never a pass.
      return unavailable(
          endpointId, "unexpected answer from " + endpointId + ": " + e.getClass().getSimpleName());
    }
  }

  /**
   * Returns an unavailable outcome.
   *
   * @param endpointId the endpoint id
   * @param detail why
   * @param <T> the value type
   * @return the outcome
   */
  public static <T> Read<T> unavailable(String endpointId, String detail) {
    return new Read<>(null, Kind.UNAVAILABLE, detail, endpointId);
  }

  /**
   * Returns the value; call only when {@link #ok()}.
   *
   * @return the value
   */
  public T get() {
    if (value == null) {
      throw new IllegalStateException("no value: " + detail);
    }
    return value;
  }

  /**
   * Returns whether the value was read.
   *
   * @return true when OK
   */
  public boolean ok() {
    return kind == Kind.OK;
  }

  /**
   * Returns the usual fix for an unavailable read.
   *
   * @return a sentence
   */
  public String unavailableFix() {
    if (detail.startsWith("HTTP 403") || detail.startsWith("HTTP 401")) {
      return "Run the preflight with credentials that may read the configuration"
          + " (newstore:configuration:read), or check the setting by hand.";
    }
    if (detail.startsWith("HTTP 404")) {
      return "If NewStore serves this configuration at another path, pass"
          + " --path-override "
          + endpointId
          + "=<path> (NewStoreClient.Builder.pathOverride).";
    }
    return "Check the network and NewStore's status, then run the preflight again.";
  }

  private static String describe(NewStoreApiException e) {
    StringBuilder b = new StringBuilder();
    if (e.errorCode() != null) {
      b.append(" error_code ").append(e.errorCode());
    }
    if (e.requestId() != null) {
      b.append(" request_id ").append(e.requestId());
    }
    return b.length() == 0 ? "" : " (" + b.toString().trim() + ")";
  }
}
