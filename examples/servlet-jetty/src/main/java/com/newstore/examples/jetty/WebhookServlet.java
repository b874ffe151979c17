package com.newstore.examples.jetty;

import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.WebhookRequest;
import com.newstore.sdk.webhooks.WebhookResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Serves NewStore's webhooks from any Jakarta Servlet 6 container: it copies the request into a
 * {@link WebhookRequest}, lets the SDK's dispatcher answer, and copies the {@link WebhookResponse}
 * back. That is the whole adapter.
 */
public final class WebhookServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient NewStoreWebhooks webhooks;

  /**
   * Creates the servlet.
   *
   * @param webhooks the dispatcher, shared by every request
   */
  public WebhookServlet(NewStoreWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    WebhookRequest.Builder in =
        WebhookRequest.builder()
            .method(req.getMethod())
            .path(req.getRequestURI())
            .query(req.getQueryString())
            .remoteAddress(req.getRemoteAddr())
            // Raw bytes, and at most one byte more than allowed so an oversized body gets 413.
            .body(req.getInputStream().readNBytes(webhooks.maxBodyBytes() + 1));
    for (String name : Collections.list(req.getHeaderNames())) {
      Collections.list(req.getHeaders(name)).forEach(value -> in.header(name, value));
    }
    WebhookResponse out = webhooks.handle(in.build());
    resp.setStatus(out.status());
    out.headers().forEach((name, values) -> values.forEach(v -> resp.addHeader(name, v)));
    resp.getOutputStream().write(out.body());
  }
}
