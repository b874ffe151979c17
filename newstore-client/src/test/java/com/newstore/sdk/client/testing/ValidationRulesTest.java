package com.newstore.sdk.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.client.NewStoreClient;
import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.config.DestinationRegion;
import com.newstore.sdk.client.config.DistributionCenterConfiguration;
import com.newstore.sdk.client.config.FulfillmentConfigDocument;
import com.newstore.sdk.client.config.FulfillmentConfiguration;
import com.newstore.sdk.client.config.FulfillmentNodeRate;
import com.newstore.sdk.client.config.ProviderRate;
import com.newstore.sdk.client.config.Route;
import com.newstore.sdk.client.config.ServiceLevel;
import com.newstore.sdk.client.config.TransferRoute;
import com.newstore.sdk.client.config.TransferShippingConfiguration;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that each documented rule rejects bad input before anything is sent. */
class ValidationRulesTest {
  @StartStop final MockWebServer server = new MockWebServer();

  record Rule(String name, String violationPath, Consumer<NewStoreClient> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final BigDecimal MINUS_ONE = new BigDecimal("-1");

  static FulfillmentConfiguration fc(UnaryOperator<Map<String, Object>> change) {
    FulfillmentConfiguration s = Samples.seedFulfillmentConfig();
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("rates", s.providerRates());
    parts.put("routes", s.routes());
    parts.put("levels", s.serviceLevels());
    parts.put("priority", s.slLevelsPriority());
    change.apply(parts);
    @SuppressWarnings("unchecked")
    FulfillmentConfiguration result =
        new FulfillmentConfiguration(
            (Map<String, ProviderRate>) parts.get("rates"),
            List.of(),
            (List<Route>) parts.get("routes"),
            (Map<String, ServiceLevel>) parts.get("levels"),
            (List<String>) parts.get("priority"),
            null);
    return result;
  }

  static Route route(String level, String node, String rate) {
    return new Route(
        new DestinationRegion(List.of("US"), List.of("*"), null),
        Map.of(level, List.of(new FulfillmentNodeRate(node, rate, null))),
        null);
  }

  static ServiceLevel level(String currency, BigDecimal price, int remorse) {
    return new ServiceLevel(currency, "1 day", "", "Priority", price, remorse, "", null);
  }

  static Consumer<NewStoreClient> setFc(FulfillmentConfiguration config) {
    return c -> c.fulfillmentConfig().set(FulfillmentConfigDocument.of(config));
  }

  static Stream<Rule> rules() {
    return Stream.of(
        new Rule(
            "fulfillment provider rate undefined",
            "fulfillmentConfig.everyProviderRateDefined",
            setFc(fc(p -> put(p, "routes", List.of(route("Priority", "9801", "Ghost")))))),
        new Rule(
            "fulfillment currency lower case",
            "fulfillmentConfig.serviceLevels[Priority].currencyCode",
            setFc(fc(p -> put(p, "levels", Map.of("Priority", level("usd", BigDecimal.ZERO, 0)))))),
        new Rule(
            "fulfillment negative price",
            "fulfillmentConfig.serviceLevels[Priority].price",
            setFc(fc(p -> put(p, "levels", Map.of("Priority", level("USD", MINUS_ONE, 0)))))),
        new Rule(
            "fulfillment negative remorse period",
            "fulfillmentConfig.serviceLevels[Priority].remorsePeriod",
            setFc(fc(p -> put(p, "levels", Map.of("Priority", level("USD", BigDecimal.ONE, -5)))))),
        new Rule(
            "fulfillment blank node id",
            "fulfillmentConfig.routes[0].fulfilledBy[Priority].<map value>[0].fulfillmentNodeId",
            setFc(fc(p -> put(p, "routes", List.of(route("Priority", " ", "Priority")))))),
        new Rule(
            "fulfillment region without countries",
            "fulfillmentConfig.routes[0].destinationRegion.countries",
            setFc(
                fc(
                    p ->
                        put(
                            p,
                            "routes",
                            List.of(
                                new Route(
                                    new DestinationRegion(List.of(), null, null),
                                    Map.of(
                                        "Priority",
                                        List.of(new FulfillmentNodeRate("9801", "Priority", null))),
                                    null)))))),
        new Rule(
            "fulfillment provider rate without carrier",
            "fulfillmentConfig.providerRates[Priority].shippingCarrierName",
            setFc(
                fc(
                    p ->
                        put(
                            p,
                            "rates",
                            Map.of(
                                "Priority",
                                new ProviderRate("", "Priority", "", null, null, null)))))),
        new Rule(
            "transfer entry without service levels",
            "transferOrderConfiguration[0].serviceLevelIds",
            c ->
                c.transferShippingConfig()
                    .set(
                        TransferShippingConfiguration.of(
                            List.of(TransferRoute.of("store1_NYC", List.of("*"), List.of()))))),
        new Rule(
            "dc url not https",
            "url",
            c ->
                c.distributionCenterConfig()
                    .node("DC-01")
                    .set(new DistributionCenterConfiguration("http://wms.example.com", "k-1234"))),
        new Rule(
            "dc api key empty",
            "apiKey",
            c ->
                c.distributionCenterConfig()
                    .node("DC-01")
                    .set(new DistributionCenterConfiguration("https://wms.example.com", ""))),
        new Rule(
            "dc blank node id on set",
            "fulfillmentNodeId",
            c ->
                c.distributionCenterConfig()
                    .node("  ")
                    .set(new DistributionCenterConfiguration("https://wms.example.com", null))),
        new Rule(
            "dc blank node id on get",
            "fulfillmentNodeId",
            c -> c.distributionCenterConfig().node("").get().orElseThrow()));
  }

  private static Map<String, Object> put(Map<String, Object> map, String key, Object value) {
    map.put(key, value);
    return map;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void call_brokenRule_throwsValidationAndSendsNothing(Rule rule) {
    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      assertThatThrownBy(() -> rule.call().accept(client))
          .isInstanceOfSatisfying(
              NewStoreValidationException.class,
              e ->
                  assertThat(e.violations())
                      .anySatisfy(v -> assertThat(v.path()).isEqualTo(rule.violationPath())));
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void validationMessage_neverContainsSecrets(Rule rule) {
    try (NewStoreClient client = ServiceTestSupport.client(server)) {
      assertThatThrownBy(() -> rule.call().accept(client))
          .message()
          .doesNotContain("stream-key-0123456789")
          .doesNotContain("k-1234");
    }
  }
}
