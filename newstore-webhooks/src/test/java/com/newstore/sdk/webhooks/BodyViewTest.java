package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Covers the zero-copy body views and that skipping internal copies kept the values immutable. */
class BodyViewTest {
  @Test
  void requestBodyBuffer_isReadOnlyViewOfTheBody() {
    WebhookRequest request = WebhookRequest.builder().body(new byte[] {1, 2, 3}).build();

    ByteBuffer view = request.bodyBuffer();

    assertThat(view.isReadOnly()).isTrue();
    assertThat(view.remaining()).isEqualTo(3);
    assertThatThrownBy(() -> view.put(0, (byte) 9)).isInstanceOf(ReadOnlyBufferException.class);
    view.get(new byte[3]);
    assertThat(request.bodyBuffer().remaining()).isEqualTo(3); // each call is a fresh view
    assertThat(request.body()).containsExactly(1, 2, 3);
  }

  @Test
  void requestBuilder_reusedAfterBuild_doesNotChangeBuiltRequest() {
    byte[] caller = {1, 2, 3};
    WebhookRequest.Builder builder = WebhookRequest.builder().body(caller);
    WebhookRequest first = builder.build();

    caller[0] = 9;
    builder.body(new byte[] {7});
    WebhookRequest second = builder.build();

    assertThat(first.body()).containsExactly(1, 2, 3);
    assertThat(second.body()).containsExactly(7);
  }

  @Test
  void responseBodyBuffer_isReadOnlyAndBodyLengthMatches() {
    byte[] body = {4, 5};
    WebhookResponse response = new WebhookResponse(200, Map.of("A", List.of("b")), body);
    body[0] = 0;

    ByteBuffer view = response.bodyBuffer();

    assertThat(view.isReadOnly()).isTrue();
    assertThat(response.bodyLength()).isEqualTo(2);
    byte[] read = new byte[view.remaining()];
    view.get(read);
    assertThat(read).containsExactly(4, 5);
    assertThatThrownBy(() -> view.put(0, (byte) 1)).isInstanceOf(ReadOnlyBufferException.class);
  }
}
