package com.newstore.sdk.spring;

import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.WebhookRequest;
import com.newstore.sdk.webhooks.WebhookResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves {@link NewStoreWebhooks} under the route prefix as one Spring MVC functional endpoint, on
 * the application's own web server: the raw request bytes go to the SDK's dispatcher, its answer
 * goes back unchanged.
 */
final class WebhookRouter {
  private WebhookRouter() {}

  static RouterFunction<ServerResponse> routes(NewStoreWebhooks webhooks, String prefix) {
    String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    return RouterFunctions.route(
        RequestPredicates.path(base + "/**"), request -> handle(webhooks, request));
  }

  private static ServerResponse handle(NewStoreWebhooks webhooks, ServerRequest request)
      throws IOException {
    HttpServletRequest servlet = request.servletRequest();
    WebhookRequest.Builder in =
        WebhookRequest.builder()
            .method(servlet.getMethod())
            .path(request.requestPath().pathWithinApplication().value())
            .query(servlet.getQueryString())
            .remoteAddress(servlet.getRemoteAddr())
            // At most one byte more than allowed, so an oversized body is answered 413, not read.
            .body(servlet.getInputStream().readNBytes(webhooks.maxBodyBytes() + 1));
    for (String name : Collections.list(servlet.getHeaderNames())) {
      Collections.list(servlet.getHeaders(name)).forEach(value -> in.header(name, value));
    }
    WebhookResponse out = webhooks.handle(in.build());
    return ServerResponse.status(out.status())
        .headers(h -> out.headers().forEach(h::addAll))
        .body(out.body());
  }
}
