package com.newstore.sdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.client.config.OrderIdSequenceAlreadySetException;
import com.newstore.sdk.client.config.VersionConflictException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Status, error code and request id survive Java serialization; meaning types sit under the API
 * type.
 */
class ExceptionSerializationTest {
  private static final ApiError ERROR =
      new ApiError(
          409,
          "POST",
          "/v1/r/config/order_injection",
          "conflict_version",
          "stale",
          "req-1",
          List.of("version"),
          Duration.ofSeconds(2),
          "application/problem+json");

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void apiException_accessorsSurviveSerialization() throws Exception {
    VersionConflictException copy = roundTrip(new VersionConflictException(ERROR));

    assertThat(copy.statusCode()).isEqualTo(409);
    assertThat(copy.errorCode()).isEqualTo("conflict_version");
    assertThat(copy.requestId()).isEqualTo("req-1");
    assertThat(copy.messages()).containsExactly("version");
    assertThat(copy.retryAfter()).contains(Duration.ofSeconds(2));
  }

  @Test
  void validationException_violationsSurviveSerialization() throws Exception {
    NewStoreValidationException copy =
        roundTrip(
            new NewStoreValidationException(
                "GracePeriod",
                List.of(new NewStoreValidationException.Violation("gracePeriod", "negative"))));

    assertThat(copy.violations()).extracting(v -> v.path()).containsExactly("gracePeriod");
  }

  @Test
  void meaningTypedExceptions_extendTheApiExceptionDirectly() {
    assertThat(VersionConflictException.class.getSuperclass())
        .isEqualTo(NewStoreApiException.class);
    assertThat(OrderIdSequenceAlreadySetException.class.getSuperclass())
        .isEqualTo(NewStoreApiException.class);
    assertThat(AuthenticationException.credentialsRefused(ERROR).getClass())
        .isEqualTo(AuthenticationException.class);
  }
}
