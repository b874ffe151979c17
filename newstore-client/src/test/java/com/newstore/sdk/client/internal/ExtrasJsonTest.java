package com.newstore.sdk.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtrasJsonTest {
  record Sample(
      @Json(name = "count") int count,
      @Json(name = "amount") BigDecimal amount,
      @UnknownFields Map<String, Object> extras) {
    Sample {
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative");
      }
    }
  }

  private final JsonAdapter<Sample> adapter = ExtrasJson.moshi().adapter(Sample.class);

  @Test
  void fromJson_missingPrimitive_defaultsToZeroAndKeepsUnknown() throws Exception {
    Sample sample = adapter.fromJson("{\"amount\": 12.340, \"x\": {\"y\": [1, true]}}");

    assertThat(sample.count()).isZero();
    assertThat(sample.amount()).isEqualTo(new BigDecimal("12.340"));
    assertThat(sample.extras()).containsOnlyKeys("x");
  }

  @Test
  void toJson_bigDecimal_keepsExactDigits() {
    String json = adapter.toJson(new Sample(2, new BigDecimal("0.10"), Map.of("z", "w")));

    assertThat(json).isEqualTo("{\"count\":2,\"amount\":0.10,\"z\":\"w\"}");
  }

  @Test
  void toJson_extraNamedLikeComponent_isNotWrittenTwice() {
    String json = adapter.toJson(new Sample(1, BigDecimal.ONE, Map.of("count", 9)));

    assertThat(json).isEqualTo("{\"count\":1,\"amount\":1}");
  }

  @Test
  void fromJson_constructorRejects_throwsJsonDataException() {
    assertThatThrownBy(() -> adapter.fromJson("{\"count\": -1, \"amount\": 1}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("count must not be negative");
  }

  @Test
  void fromJson_amountNotANumber_throwsJsonDataException() {
    assertThatThrownBy(() -> adapter.fromJson("{\"amount\": \"lots\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.amount");
  }

  @Test
  void toJson_null_writesNull() {
    assertThat(adapter.toJson(null)).isEqualTo("null");
  }
}
