package com.newstore.sdk.spring;

import com.newstore.sdk.webhooks.AvailabilityHandler;
import com.newstore.sdk.webhooks.DeduplicationStore;
import com.newstore.sdk.webhooks.EventHandler;
import com.newstore.sdk.webhooks.FulfillmentRequestHandler;
import com.newstore.sdk.webhooks.NewStoreWebhooks;
import com.newstore.sdk.webhooks.NewStoreWebhooksBuilder;
import com.newstore.sdk.webhooks.OrderDetailsHandler;
import com.newstore.sdk.webhooks.PurchaseHistoryHandler;
import com.newstore.sdk.webhooks.WebhookKind;
import com.newstore.sdk.webhooks.WebhookListener;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Builds {@link NewStoreWebhooks} from the application's handler beans ({@link
 * AvailabilityHandler}, {@link PurchaseHistoryHandler}, {@link OrderDetailsHandler}, {@link
 * FulfillmentRequestHandler}, {@link EventHandler}, and an optional {@link DeduplicationStore}) and
 * serves it under {@code newstore.webhooks.route-prefix} from the application's Spring MVC server:
 * one endpoint, no extra port. Nothing is served when the application defines no handler bean.
 * Without a {@code DeduplicationStore} bean (the application's, or the JDBC one {@link
 * NewStoreJdbcDeduplicationAutoConfiguration} contributes) deliveries are deduplicated in this
 * JVM's memory.
 */
@AutoConfiguration(
    after = NewStoreAutoConfiguration.class,
    afterName = NewStoreJdbcDeduplicationAutoConfiguration.DATA_SOURCE_AUTO_CONFIGURATION)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({NewStoreWebhooks.class, RouterFunction.class})
@ConditionalOnProperty(prefix = "newstore.webhooks", name = "enabled", matchIfMissing = true)
@Conditional(NewStoreWebhooksAutoConfiguration.AnyHandler.class)
public class NewStoreWebhooksAutoConfiguration {

  /** Creates the configuration; Spring Boot does this. */
  public NewStoreWebhooksAutoConfiguration() {}

  /**
   * Builds the dispatcher from the handler beans.
   *
   * @param properties the {@code newstore.*} settings
   * @param availability the ATP handler, if any
   * @param purchaseHistory the purchase history handler, if any
   * @param orderDetails the order details handler, if any
   * @param fulfillment the fulfillment request handler, if any
   * @param events the event stream handler, if any
   * @param deduplication a shared deduplication store, if any
   * @param listeners the application's delivery listeners, such as the Micrometer one
   * @return the dispatcher
   * @throws StartupCheck when no api key is configured
   */
  @Bean
  @ConditionalOnMissingBean
  public NewStoreWebhooks newStoreWebhooks(
      NewStoreProperties properties,
      ObjectProvider<AvailabilityHandler> availability,
      ObjectProvider<PurchaseHistoryHandler> purchaseHistory,
      ObjectProvider<OrderDetailsHandler> orderDetails,
      ObjectProvider<FulfillmentRequestHandler> fulfillment,
      ObjectProvider<EventHandler> events,
      ObjectProvider<DeduplicationStore> deduplication,
      ObjectProvider<WebhookListener> listeners) {
    NewStoreWebhooksProperties settings = properties.getWebhooks();
    NewStoreWebhooksBuilder b = NewStoreWebhooks.builder();
    apply("newstore.webhooks.route-prefix", () -> b.routePrefix(settings.getRoutePrefix()));
    boolean keyed = ClientFactory.hasText(settings.getApiKey());
    if (keyed) {
      apply("newstore.webhooks.api-key", () -> b.apiKey(settings.getApiKey()));
    }
    for (Map.Entry<String, String> e : settings.getApiKeys().entrySet()) {
      String property = "newstore.webhooks.api-keys." + e.getKey();
      WebhookKind kind = kind(e.getKey(), property);
      apply(property, () -> b.apiKey(kind, e.getValue()));
      keyed = true;
    }
    if (!keyed) {
      throw new StartupCheck(
          "newstore.webhooks.api-key",
          "set the api key NewStore sends with its webhook calls (or newstore.webhooks.enabled"
              + "=false)");
    }
    if (settings.getMaxBodyBytes() != null) {
      apply("newstore.webhooks.max-body-bytes", () -> b.maxBodyBytes(settings.getMaxBodyBytes()));
    }
    Duration atpTimeout = settings.getAvailabilityTimeout();
    if (atpTimeout != null) {
      apply(
          "newstore.webhooks.availability-timeout",
          () -> b.timeout(WebhookKind.AVAILABILITY, atpTimeout));
    }
    if (settings.isIgnoreRecommendedEvents()) {
      b.ignoreRecommendedEvents();
    }
    availability.ifAvailable(b::availabilityHandler);
    purchaseHistory.ifAvailable(b::purchaseHistoryHandler);
    orderDetails.ifAvailable(b::orderDetailsHandler);
    fulfillment.ifAvailable(b::fulfillmentRequestHandler);
    events.ifAvailable(b::eventHandler);
    DeduplicationStore store = deduplication.getIfAvailable();
    if (store != null) {
      b.deduplicationStore(store);
    } else if (settings.getDeduplication() == DeduplicationMode.JDBC) {
      throw new StartupCheck(
          DeduplicationModeCondition.PROPERTY,
          "jdbc needs newstore-webhooks-jdbc on the class path and one DataSource bean (or a"
              + " primary one); add them, or set auto or memory");
    }
    List<WebhookListener> all = listeners.orderedStream().toList();
    if (!all.isEmpty()) {
      b.listener(delivery -> all.forEach(listener -> listener.onDelivery(delivery)));
    }
    return b.build();
  }

  /**
   * Serves the dispatcher under the route prefix.
   *
   * @param webhooks the dispatcher
   * @param properties the {@code newstore.*} settings
   * @return the Spring MVC route
   */
  @Bean
  @ConditionalOnMissingBean(name = "newStoreWebhookRoutes")
  public RouterFunction<ServerResponse> newStoreWebhookRoutes(
      NewStoreWebhooks webhooks, NewStoreProperties properties) {
    return WebhookRouter.routes(webhooks, properties.getWebhooks().getRoutePrefix());
  }

  private static WebhookKind kind(String key, String property) {
    String name = key.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (WebhookKind kind : WebhookKind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    throw new StartupCheck(
        property,
        "unknown webhook kind '"
            + key
            + "': use availability, purchase-history, order-details, fulfillment-request or event");
  }

  private static void apply(String property, Runnable call) {
    try {
      call.run();
    } catch (IllegalArgumentException e) {
      throw new StartupCheck(property, e.getMessage());
    }
  }

  /** Matches when the application defines at least one webhook handler bean. */
  static final class AnyHandler extends AnyNestedCondition {
    AnyHandler() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(AvailabilityHandler.class)
    static final class Availability {}

    @ConditionalOnBean(PurchaseHistoryHandler.class)
    static final class PurchaseHistory {}

    @ConditionalOnBean(OrderDetailsHandler.class)
    static final class OrderDetails {}

    @ConditionalOnBean(FulfillmentRequestHandler.class)
    static final class Fulfillment {}

    @ConditionalOnBean(EventHandler.class)
    static final class Events {}
  }
}
