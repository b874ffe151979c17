package com.newstore.examples.oms;

import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.WebhookRequest;
import com.newstore.sdk.webhooks.WebhookResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hands every request under {@value #PREFIX} to the SDK's dispatcher: the whole adapter. */
@RestController
class WebhookController {
  static final String PREFIX = "/newstore";

  private final NewStoreWebhooks webhooks;

  WebhookController(NewStoreWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  @RequestMapping(PREFIX + "/**")
  ResponseEntity<byte[]> handle(HttpServletRequest req) throws IOException {
    WebhookRequest.Builder in =
        WebhookRequest.builder()
            .method(req.getMethod())
            .path(req.getRequestURI())
            .query(req.getQueryString())
            .remoteAddress(req.getRemoteAddr())
            .body(req.getInputStream().readNBytes(webhooks.maxBodyBytes() + 1)); // raw bytes
    for (String name : Collections.list(req.getHeaderNames())) {
      Collections.list(req.getHeaders(name)).forEach(value -> in.header(name, value));
    }
    WebhookResponse out = webhooks.handle(in.build());
    HttpHeaders headers = new HttpHeaders();
    out.headers().forEach(headers::addAll);
    return ResponseEntity.status(out.status()).headers(headers).body(out.body());
  }
}
