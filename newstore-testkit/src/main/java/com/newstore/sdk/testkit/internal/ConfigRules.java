package com.newstore.sdk.testkit.internal;

import static com.newstore.sdk.testkit.internal.SimulatorRoutes.*;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The documented rules of every configuration API, registered in one place. A path without a rule
 * is still stored (wrapped, no validation), so unknown configuration paths work too.
 */
public final class ConfigRules {
  private final Map<String, ConfigRule> exact = new LinkedHashMap<>();
  private final Map<String, ConfigRule> templates = new LinkedHashMap<>();

  /** Creates the registry with NewStore's documented rules. */
  public ConfigRules() {
    exact.put(EXTERNAL_OMS_V0, ConfigRule.bare(v -> object(v, m -> requireBoolean(m, "enabled"))));
    exact.put(
        SALES_ORDER_EXTERNAL_OMS,
        ConfigRule.wrapped(v -> object(v, m -> requireBoolean(m, "enabled"))));
    exact.put(ORDER_ID_SEQUENCE, ConfigRule.wrapped(ConfigRules::orderIdSequence).asWriteOnce());
    exact.put(
        GRACE_PERIOD,
        ConfigRule.wrapped(ConfigRules::gracePeriod)
            .withSchema(Map.of("type", "integer", "minimum", 0)));
    exact.put(
        CANCELLABLE_LOCATIONS,
        ConfigRule.wrapped(ConfigRules::cancellableLocations)
            .withSchema(
                Map.of(
                    "type",
                    "array",
                    "minItems",
                    1,
                    "items",
                    Map.of("type", "string", "enum", List.of("store", "dc")))));
    exact.put(
        BIG_ORDERS,
        ConfigRule.wrapped(v -> object(v, m -> positiveInt(m, "soft_limit_for_big_orders", true)))
            .withDefault(Map.of("soft_limit_for_big_orders", 100L)));
    exact.put(EXTERNAL_ORDER_WEBHOOK, ConfigRule.wrapped(ConfigRules::externalOrderWebhook));
    exact.put(USES_EXTERNAL_ATP, ConfigRule.wrapped(ConfigRules::bool).asEmptyWriteReply());
    exact.put(ATP_WEBHOOK, ConfigRule.bare(ConfigRules::atpWebhook));
    exact.put(
        ORDER_INJECTION_CONFIG, ConfigRule.bareRequest(ConfigRules::orderInjection).asVersioned());
    // The SDK's clients send {value: {...}} and read {value, updated_at} for these documents.
    exact.put(ASSOCIATE_APP_CONFIG, ConfigRule.wrapped(ConfigRules::anyObject));
    exact.put(PAYMENT_CONFIG, ConfigRule.wrapped(ConfigRules::anyObject));
    exact.put(FULFILLMENT_CONFIG, ConfigRule.bare(ConfigRules::anyObject));
    exact.put(TRANSFER_SHIPPING_CONFIG, ConfigRule.wrapped(ConfigRules::anyObject));
    templates.put(ROUTING_FLAG_PREFIX + "{flag}", ConfigRule.wrapped(ConfigRules::bool));
    templates.put(DC_CONFIG_PREFIX + "{node}", ConfigRule.wrapped(ConfigRules::dcConfig));
  }

  /**
   * Registers or replaces the rule of one path or path template.
   *
   * @param pathOrTemplate a path, or a template with {@code {name}} placeholders
   * @param rule the rule
   */
  public synchronized void register(String pathOrTemplate, ConfigRule rule) {
    if (pathOrTemplate.contains("{")) {
      templates.put(pathOrTemplate, rule);
    } else {
      exact.put(pathOrTemplate, rule);
    }
  }

  /**
   * Returns the rule for a path: the exact rule, a template's, or a permissive wrapped rule.
   *
   * @param path the path
   * @return the rule
   */
  public synchronized ConfigRule ruleFor(String path) {
    ConfigRule rule = exact.get(path);
    if (rule != null) {
      return rule;
    }
    for (Map.Entry<String, ConfigRule> e : templates.entrySet()) {
      if (SimulatorRoutes.match(e.getKey(), path) != null) {
        return e.getValue();
      }
    }
    return ConfigRule.wrapped(v -> List.of());
  }

  /**
   * Fills documented defaults into a value about to be stored (the external order webhook's timeout
   * of 15 seconds).
   *
   * @param path the config path
   * @param value the validated value
   * @return the value to store
   */
  public @Nullable Object completeValue(String path, @Nullable Object value) {
    if (path.equals(EXTERNAL_ORDER_WEBHOOK) && value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>(JsonSupport.asMap(m));
      copy.putIfAbsent("timeout", 15L);
      return copy;
    }
    return value;
  }

  // ---- validators ------------------------------------------------------------------------------

  private static List<String> object(
      @Nullable Object value, Function<Map<String, Object>, List<String>> check) {
    if (!(value instanceof Map<?, ?>)) {
      return List.of("value must be an object");
    }
    return check.apply(JsonSupport.asMap(value));
  }

  private static List<String> anyObject(@Nullable Object value) {
    return value instanceof Map<?, ?> ? List.of() : List.of("value must be a JSON object");
  }

  private static List<String> bool(@Nullable Object value) {
    return value instanceof Boolean ? List.of() : List.of("value must be a boolean");
  }

  private static List<String> requireBoolean(Map<String, Object> m, String field) {
    return m.get(field) instanceof Boolean ? List.of() : List.of(field + " must be a boolean");
  }

  private static List<String> positiveInt(Map<String, Object> m, String field, boolean required) {
    Object v = m.get(field);
    if (v == null) {
      return required ? List.of(field + " is required") : List.of();
    }
    return v instanceof Long l && l > 0 ? List.of() : List.of(field + " must be an integer > 0");
  }

  private static List<String> orderIdSequence(@Nullable Object value) {
    return object(
        value,
        m -> {
          List<String> errors = new ArrayList<>();
          if (m.containsKey("prefix") && !(m.get("prefix") instanceof String)) {
            errors.add("prefix must be a string");
          }
          if (m.containsKey("size") && !(m.get("size") instanceof Long l && l > 0)) {
            errors.add("size must be an integer > 0");
          }
          errors.addAll(positiveInt(m, "start", false));
          errors.addAll(positiveInt(m, "step", false));
          return errors;
        });
  }

  private static List<String> gracePeriod(@Nullable Object value) {
    return value instanceof Long l && l >= 0
        ? List.of()
        : List.of("value must be an integer number of seconds >= 0");
  }

  private static List<String> cancellableLocations(@Nullable Object value) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      return List.of("value must be a non-empty array");
    }
    List<String> errors = new ArrayList<>();
    for (Object item : list) {
      if (!Set.of("store", "dc").contains(item)) {
        errors.add("value items must be one of store, dc but was " + item);
      }
    }
    return errors;
  }

  private static List<String> externalOrderWebhook(@Nullable Object value) {
    return object(
        value,
        m -> {
          List<String> errors = new ArrayList<>();
          if (!(m.get("url") instanceof String url) || url.isBlank() || !isAbsoluteUri(url)) {
            errors.add("url must be a non-empty absolute URI");
          }
          if (!(m.get("api_key") instanceof String key) || key.isEmpty()) {
            errors.add("api_key must be a non-empty string");
          }
          Object timeout = m.get("timeout");
          if (timeout != null && !(timeout instanceof Long t && t > 0 && t <= 25)) {
            errors.add("timeout must be an integer between 1 and 25 seconds");
          }
          return errors;
        });
  }

  private static List<String> atpWebhook(@Nullable Object value) {
    return object(
        value,
        m -> {
          List<String> errors = new ArrayList<>();
          if (!(m.get("url") instanceof String url)
              || !isAbsoluteUri(url)
              || !url.toLowerCase(java.util.Locale.ROOT).startsWith("https://")) {
            errors.add("url must be an https URL");
          }
          if (!(m.get("api_key") instanceof String key) || key.length() < 20) {
            errors.add("api_key must be at least 20 characters");
          }
          if (!"product_id".equals(m.get("external_identifier"))) {
            errors.add("external_identifier must be product_id");
          }
          if (!(m.get("timeout") instanceof Long t && t >= 5 && t <= 60)) {
            errors.add("timeout must be an integer between 5 and 60 seconds");
          }
          return errors;
        });
  }

  private static List<String> orderInjection(@Nullable Object value) {
    return object(
        value,
        m -> {
          List<String> errors = new ArrayList<>();
          Object skip = m.get("skip_soft_routing_on_injection");
          if (skip != null && !(skip instanceof Boolean)) {
            errors.add("skip_soft_routing_on_injection must be a boolean");
          }
          Object big = m.get("big_sales_order");
          if (big != null) {
            if (!(big instanceof Map<?, ?>)) {
              errors.add("big_sales_order must be an object");
            } else {
              errors.addAll(
                  positiveInt(JsonSupport.asMap(big), "hard_limit_for_big_orders", false).stream()
                      .map(e -> "big_sales_order." + e)
                      .toList());
            }
          }
          return errors;
        });
  }

  private static List<String> dcConfig(@Nullable Object value) {
    return object(
        value,
        m ->
            m.get("url") instanceof String url && isAbsoluteUri(url)
                ? List.of()
                : List.of("url must be an absolute URL"));
  }

  private static boolean isAbsoluteUri(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute() && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
