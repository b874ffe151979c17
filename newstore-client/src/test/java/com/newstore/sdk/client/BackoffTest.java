package com.newstore.sdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void delayAfter_growsByTheMultiplierUpToTheCap() {
    Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), 2, 0);

    assertThat(b.delayAfter(1, 0.9)).isEqualTo(Duration.ofSeconds(1));
    assertThat(b.delayAfter(2, 0.9)).isEqualTo(Duration.ofSeconds(2));
    assertThat(b.delayAfter(3, 0.9)).isEqualTo(Duration.ofSeconds(4));
    assertThat(b.delayAfter(4, 0.9)).isEqualTo(Duration.ofSeconds(5));
    assertThat(b.delayAfter(10_000, 0.9)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void delayAfter_jitterRemovesAtMostThatFraction() {
    Backoff half = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), 2, 0.5);
    Backoff full = Backoff.of(Duration.ofSeconds(1), Duration.ofSeconds(5));

    assertThat(half.delayAfter(1, 0.5)).isEqualTo(Duration.ofMillis(750));
    assertThat(half.delayAfter(1, 0.999)).isGreaterThan(Duration.ofMillis(500));
    assertThat(full.jitter()).isEqualTo(1);
    assertThat(full.delayAfter(1, 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(full.delayAfter(1, 0.75)).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void delayAfter_zeroInitialAndHugeAttempt_isZeroNotNegative() {
    Backoff b = new Backoff(Duration.ZERO, Duration.ofSeconds(5), 10, 1);

    assertThat(b.delayAfter(Integer.MAX_VALUE, 0.5)).isEqualTo(Duration.ZERO);
  }

  @Test
  void constructor_outOfRange_throws() {
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(-1), Duration.ZERO, 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ZERO, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ZERO, 2, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retryPolicy_keepsItsBuilderMethodsOnTopOfTheBackoff() {
    RetryPolicy p =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofSeconds(2))
            .build();

    assertThat(p.backoff())
        .isEqualTo(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 2, 1));
    assertThat(RetryPolicy.builder().backoff(p.backoff().withJitter(0)).build().initialBackoff())
        .isEqualTo(Duration.ofMillis(100));
  }
}
