package com.newstore.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Covers the JDK adapter itself: mounting on an existing server, remote address, lifecycle. */
class JdkHttpServerAdapterTest {
  static final String KEY = "adapter-key-0123456789";

  @Test
  void handler_mountedOnExistingServer_servesWebhooks() throws Exception {
    List<WebhookContext> contexts = new CopyOnWriteArrayList<>();
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder()
            .apiKey(KEY)
            .routePrefix("/hooks")
            .fulfillmentRequestHandler((request, context) -> contexts.add(context))
            .build();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hooks", JdkHttpServerAdapter.handler(webhooks));
    server.start();
    try {
      HttpResponse<String> response =
          Http.postJson(
              server.getAddress().getPort(),
              "/hooks/fulfillment_requests",
              KEY,
              "{\"id\":\"fr-9\",\"items\":[{\"product_id\":\"p\"}]}");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(contexts).hasSize(1);
      assertThat(contexts.get(0).request().remoteAddress()).isEqualTo("127.0.0.1");
      assertThat(contexts.get(0).request().header("Authorization")).isEqualTo("Bearer " + KEY);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void start_headRequest_answersWithoutBody() throws Exception {
    NewStoreWebhooks webhooks =
        NewStoreWebhooks.builder().apiKey(KEY).eventHandler(event -> {}).build();
    try (JdkHttpServerAdapter.Server server =
        JdkHttpServerAdapter.start(webhooks, new InetSocketAddress("127.0.0.1", 0))) {
      HttpResponse<String> response =
          Http.send(
              Http.request(server.port(), "/events")
                  .header("Authorization", "Bearer " + KEY)
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build());

      assertThat(response.statusCode()).isEqualTo(405);
      assertThat(response.body()).isEmpty();
      assertThat(server.address().getPort()).isEqualTo(server.port());
      assertThat(server.toString()).contains(String.valueOf(server.port()));
    }
  }
}
