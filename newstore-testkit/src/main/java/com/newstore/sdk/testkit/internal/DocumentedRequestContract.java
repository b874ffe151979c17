package com.newstore.sdk.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's own reading of NewStore's documented request schemas: the configuration rows of
 * {@link ConfigRoutes}, order injection, event stream registration and the Fulfillment Provider API
 * ({@link DocumentedSchemas}). Requests to other paths, and reads, pass.
 */
public final class DocumentedRequestContract implements RequestContract {
  private final ConfigRoutes routes;

  /**
   * Creates the contract.
   *
   * @param routes the configuration table whose schemas apply
   */
  public DocumentedRequestContract(ConfigRoutes routes) {
    this.routes = routes;
  }

  @Override
  public Optional<Violation> check(
      String method,
      String path,
      @Nullable String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    Schema schema = schemaFor(method, path);
    if (schema == null) {
      return Optional.empty();
    }
    Object json;
    try {
      json = body.length == 0 ? Map.of() : JsonSupport.parse(body);
    } catch (IllegalArgumentException e) {
      return Optional.of(new Violation("", "the body must be valid JSON"));
    }
    return schema.check("", json);
  }

  private @Nullable Schema schemaFor(String method, String path) {
    Optional<ConfigRoute> config = routes.find(path);
    if (config.isPresent()) {
      return config.get().writes().contains(method) ? config.get().body() : null;
    }
    if (!method.equals("POST")) {
      return null;
    }
    if (path.equals(SimulatorRoutes.FULFILL_ORDER)) {
      return DocumentedSchemas.INJECTED_ORDER;
    }
    if (path.equals(SimulatorRoutes.EVENT_STREAMS)) {
      return DocumentedSchemas.EVENT_STREAM_INTEGRATION;
    }
    if (SimulatorRoutes.isFulfillmentProviderApi(path)) {
      String operation = path.substring(path.lastIndexOf('/') + 1);
      return switch (operation) {
        case "reject_items" -> DocumentedSchemas.REJECT_ITEMS;
        case "rejection" -> DocumentedSchemas.REJECTION;
        case "canceled_items" -> DocumentedSchemas.CANCELED_ITEMS;
        case "shipment" -> DocumentedSchemas.SHIPMENT_NOTICE;
        default -> null;
      };
    }
    return null;
  }
}
