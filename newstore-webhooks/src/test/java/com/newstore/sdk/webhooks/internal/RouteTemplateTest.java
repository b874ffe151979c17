package com.newstore.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Covers route matching, including the literal fast path. */
class RouteTemplateTest {
  @Test
  void match_literalTemplate_matchesOnlyTheSamePath() {
    RouteTemplate events = RouteTemplate.of("/newstore/", "events/");

    assertThat(events.match("/newstore/events")).isEmpty();
    assertThat(events.match("/newstore/events/")).isEmpty();
    assertThat(events.match("/newstore//events")).isNull();
    assertThat(events.match("/newstore/events//")).isNull();
    assertThat(events.match("/newstore/Events")).isNull();
    assertThat(events.match("/newstore/events/x")).isNull();
    assertThat(events.match("/newstore/%65vents")).isNull();
    assertThat(events.match("/events")).isNull();
    assertThat(events.match("/")).isNull();
  }

  @Test
  void match_rootTemplate_matchesRootOnly() {
    RouteTemplate root = RouteTemplate.of("", "/");

    assertThat(root.match("/")).isEmpty();
    assertThat(root.match("/x")).isNull();
  }

  @Test
  void match_templateWithVariable_decodesIt() {
    RouteTemplate order = RouteTemplate.of("", "/orders/{id}");

    assertThat(order.match("/orders/A%2F1")).isEqualTo("A/1");
    assertThat(order.match("/orders/A%2F1/")).isEqualTo("A/1");
    assertThat(order.match("/orders")).isNull();
    assertThat(order.match("/orders/%20")).isNull();
  }
}
