package com.newstore.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.newstore.sdk.contract.internal.ContractEngine;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every operation of both documents carries what the project's rules ask for. */
class SpecLintTest {

  private static final Pattern SOURCE =
      Pattern.compile("^(seed 00[0-4]|confirmed: [A-Za-z0-9][^\\s]*[./][^\\s]*|inferred)$");
  private static final Set<String> CONFIDENCE = Set.of("confirmed", "seed", "inferred");
  private static final Pattern SDK_ENDPOINT = Pattern.compile("^[a-z0-9-]+(\\.[a-z0-9-]+)+$");
  private static final Pattern OPERATION_ID = Pattern.compile("^[a-z][A-Za-z0-9]+$");

  static Stream<Arguments> operations() {
    List<Arguments> all = new ArrayList<>();
    for (String document : List.of("newstore-api.yaml", "newstore-webhooks.yaml")) {
      ContractEngine engine = ContractEngine.load(document);
      OpenAPI api = engine.model();
      api.getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, operation) ->
                              all.add(
                                  Arguments.of(
                                      document + " " + method + " " + path,
                                      api,
                                      method,
                                      operation))));
    }
    return all.stream();
  }

  @ParameterizedTest
  @ValueSource(strings = {"newstore-api.yaml", "newstore-webhooks.yaml"})
  void theDocumentParsesWithoutMessages(String document) {
    ContractEngine engine = ContractEngine.load(document);

    assertThat(engine.parserMessages()).isEmpty();
    assertThat(engine.model().getOpenapi()).isEqualTo("3.0.3");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationIsAnnotated(
      String name, OpenAPI api, PathItem.HttpMethod method, Operation operation) {
    Map<String, Object> ext = operation.getExtensions();

    assertThat(operation.getOperationId()).as(name).matches(OPERATION_ID);
    assertThat(ext).as(name).containsKeys("x-source", "x-confidence");
    String source = String.valueOf(ext.get("x-source"));
    String confidence = String.valueOf(ext.get("x-confidence"));
    assertThat(source).as(name + " x-source").matches(SOURCE);
    assertThat(confidence).as(name + " x-confidence").isIn(CONFIDENCE);
    assertThat(
            source.startsWith("confirmed")
                ? "confirmed"
                : source.startsWith("seed") ? "seed" : "inferred")
        .as(name + ": x-confidence follows x-source")
        .isEqualTo(confidence);
    boolean endpoint = ext.containsKey("x-sdk-endpoint");
    boolean webhook = ext.containsKey("x-sdk-webhook");
    assertThat(endpoint ^ webhook).as(name + " has x-sdk-endpoint or x-sdk-webhook").isTrue();
    if (endpoint) {
      assertThat(String.valueOf(ext.get("x-sdk-endpoint"))).as(name).matches(SDK_ENDPOINT);
    } else {
      assertThat(String.valueOf(ext.get("x-sdk-webhook"))).as(name).matches("^[A-Z_]+$");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationDeclaresItsSecurity(
      String name, OpenAPI api, PathItem.HttpMethod method, Operation operation) {
    if ("authToken".equals(operation.getOperationId())) {
      assertThat(operation.getSecurity()).as(name + " says security: []").isEmpty();
      assertThat(operation.getSecurity()).as(name).isNotNull();
      return;
    }
    var security = operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
    assertThat(security).as(name).isNotNull().isNotEmpty();
    assertThat(security.get(0)).as(name + ": the first alternative names a scheme").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationDocumentsItsErrors(
      String name, OpenAPI api, PathItem.HttpMethod method, Operation operation) {
    Map<String, ApiResponse> responses = operation.getResponses();

    assertThat(responses).as(name).containsKey("default");
    assertThat(responses.keySet()).as(name + " has a 2xx").anyMatch(code -> code.startsWith("2"));
    assertThat(responses.keySet()).as(name + " has a 4xx").anyMatch(code -> code.startsWith("4"));
    if (name.startsWith("newstore-api.yaml")) {
      ApiResponse tooMany = resolve(api, responses.get("429"));
      assertThat(tooMany).as(name + " documents 429").isNotNull();
      assertThat(tooMany.getHeaders()).as(name + " 429 has Retry-After").containsKey("Retry-After");
    }
  }

  private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
    if (response == null || response.get$ref() == null) {
      return response;
    }
    String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getResponses().get(name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void inferredWritesNameTheirAlternativesOnlyAsMethodsAndPaths(
      String name, OpenAPI api, PathItem.HttpMethod method, Operation operation) {
    Object methods = operation.getExtensions().get("x-alternative-methods");
    Object paths = operation.getExtensions().get("x-alternative-paths");

    if (methods != null) {
      List<String> names = ((List<?>) methods).stream().map(String::valueOf).toList();
      assertThat(names)
          .as(name)
          .allSatisfy(m -> assertThat(m).isIn("GET", "POST", "PUT", "PATCH", "DELETE"))
          .doesNotContain(method.name());
    }
    if (paths != null) {
      assertThat((List<?>) paths).as(name).allSatisfy(p -> assertThat((String) p).startsWith("/"));
    }
  }
}
