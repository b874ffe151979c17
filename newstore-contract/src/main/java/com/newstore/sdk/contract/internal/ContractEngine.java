package com.newstore.sdk.contract.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.newstore.sdk.contract.Confidence;
import com.newstore.sdk.contract.ContractOperation;
import com.newstore.sdk.contract.ContractReport;
import com.newstore.sdk.contract.HttpExchangeRequest;
import com.newstore.sdk.contract.Violation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One loaded contract document: its operations, the schema validator and the extra checks. */
public final class ContractEngine {

  private final String resource;
  private final OpenAPI api;
  private final List<String> parserMessages;
  private final List<ContractOperation> operations;
  private final Map<String, ContractOperation> byId;
  private final Map<String, Operation> models;
  private final OperationIndex index;
  private final OpenApiInteractionValidator validator;

  private ContractEngine(String resource, String text) {
    this.resource = resource;
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    // The validator needs responses, parameters and bodies inline; combinators stay as written.
    options.setResolveFully(true);
    options.setResolveCombinators(false);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
    if (parsed.getOpenAPI() == null) {
      throw new IllegalStateException(resource + " does not parse: " + parsed.getMessages());
    }
    this.api = parsed.getOpenAPI();
    this.parserMessages =
        parsed.getMessages() == null ? List.of() : List.copyOf(parsed.getMessages());
    List<ContractOperation> list = new ArrayList<>();
    Map<String, Operation> operationModels = new HashMap<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        ContractOperation operation = describe(path.getKey(), entry.getKey(), entry.getValue());
        list.add(operation);
        operationModels.put(operation.operationId(), entry.getValue());
      }
    }
    this.operations = List.copyOf(list);
    Map<String, ContractOperation> ids = new HashMap<>();
    for (ContractOperation operation : operations) {
      if (ids.put(operation.operationId(), operation) != null) {
        throw new IllegalStateException(
            resource + " has two operations " + operation.operationId());
      }
    }
    this.byId = Map.copyOf(ids);
    this.models = Map.copyOf(operationModels);
    this.index = new OperationIndex(operations);
    this.validator =
        // The parsed model, not the text: parsing is most of the start-up cost.
        OpenApiInteractionValidator.createFor(api)
            .withBasePathOverride("/")
            .withLevelResolver(
                LevelResolver.create()
                    // The Authorization form is checked by AuthorizationCheck.
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    // Unknown members are allowed everywhere (the documents declare none closed);
                    // without these the validator would treat every object as closed.
                    .withLevel(
                        "validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                    .withLevel(
                        "validation.request.body.schema.additionalProperties",
                        ValidationReport.Level.IGNORE)
                    .withLevel(
                        "validation.response.body.schema.additionalProperties",
                        ValidationReport.Level.IGNORE)
                    // Some NewStore errors have no body at all.
                    .withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE)
                    .build())
            .build();
  }

  /**
   * Loads a document from the class path of this module.
   *
   * @param resource the resource name next to {@code com/newstore/sdk/contract}
   * @return the engine
   */
  public static ContractEngine load(String resource) {
    String name = "/com/newstore/sdk/contract/" + resource;
    try (InputStream in = ContractEngine.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + name + " on the class path");
      }
      return new ContractEngine(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ContractOperation describe(
      String path, PathItem.HttpMethod method, Operation operation) {
    Map<String, Object> ext =
        operation.getExtensions() == null ? Map.of() : operation.getExtensions();
    Object sdk =
        ext.containsKey("x-sdk-endpoint") ? ext.get("x-sdk-endpoint") : ext.get("x-sdk-webhook");
    Object confidence = ext.getOrDefault("x-confidence", "inferred");
    return new ContractOperation(
        Objects.requireNonNull(
            operation.getOperationId(), () -> method + " " + path + " has no operationId"),
        method.name(),
        path,
        String.valueOf(sdk),
        Confidence.of(String.valueOf(confidence)),
        String.valueOf(ext.getOrDefault("x-source", "")),
        strings(ext.get("x-alternative-methods")),
        strings(ext.get("x-alternative-paths")));
  }

  private static List<String> strings(Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (Object item : list) {
      String text = String.valueOf(item);
      // Methods are upper case; paths keep their spelling.
      result.add(text.startsWith("/") ? text : text.toUpperCase(Locale.ROOT));
    }
    return result;
  }

  /**
   * Returns the parsed document.
   *
   * @return the model
   */
  public OpenAPI model() {
    return api;
  }

  /**
   * Returns the parser's messages (empty for a clean document).
   *
   * @return the messages
   */
  public List<String> parserMessages() {
    return parserMessages;
  }

  /**
   * Returns the document's operations.
   *
   * @return the operations
   */
  public List<ContractOperation> operations() {
    return operations;
  }

  /**
   * Returns the operation with an id.
   *
   * @param operationId the id
   * @return the operation, or empty
   */
  public Optional<ContractOperation> operation(String operationId) {
    return Optional.ofNullable(byId.get(operationId));
  }

  /**
   * Returns the operation a method and path reach, alternatives included.
   *
   * @param method the method
   * @param path the path, with or without a query
   * @return the operation, or empty
   */
  public Optional<ContractOperation> operationFor(String method, String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    return index.find(method.toUpperCase(Locale.ROOT), bare).map(OperationIndex.Match::operation);
  }

  /**
   * Validates a request against the operation its method and path reach.
   *
   * @param request the request
   * @return the report
   */
  public ContractReport validateRequest(HttpExchangeRequest request) {
    Optional<OperationIndex.Match> match = index.find(request.method(), request.path());
    if (match.isEmpty()) {
      return count(true, unknown(request));
    }
    return count(
        true, check(match.get().operation(), canonicalPath(match.get(), request), request));
  }

  /**
   * Validates a request against a named operation, whatever its path (webhook routes are the
   * integrator's choice).
   *
   * @param operationId the operation
   * @param request the request
   * @return the report
   */
  public ContractReport validateRequest(String operationId, HttpExchangeRequest request) {
    ContractOperation operation = require(operationId);
    return count(true, check(operation, templatePath(operation), request));
  }

  /**
   * Validates an answer to a request.
   *
   * @param request the request answered
   * @param status the status code
   * @param headers the answer's headers
   * @param body the answer's body, empty when there is none
   * @return the report
   */
  public ContractReport validateResponse(
      HttpExchangeRequest request, int status, Map<String, List<String>> headers, byte[] body) {
    Optional<OperationIndex.Match> match = index.find(request.method(), request.path());
    if (match.isEmpty()) {
      return count(false, unknown(request));
    }
    return count(
        false,
        answer(
            match.get().operation(), canonicalPath(match.get(), request), status, headers, body));
  }

  /**
   * Validates an answer to a named operation.
   *
   * @param operationId the operation
   * @param status the status code
   * @param headers the answer's headers
   * @param body the answer's body
   * @return the report
   */
  public ContractReport validateResponse(
      String operationId, int status, Map<String, List<String>> headers, byte[] body) {
    ContractOperation operation = require(operationId);
    return count(false, answer(operation, templatePath(operation), status, headers, body));
  }

  private ContractOperation require(String operationId) {
    return operation(operationId)
        .orElseThrow(
            () -> new IllegalArgumentException(resource + " has no operation " + operationId));
  }

  private ContractReport unknown(HttpExchangeRequest request) {
    return new ContractReport(
        List.of(
            new Violation(
                "",
                "",
                resource
                    + " has no operation for "
                    + request.method()
                    + " "
                    + request.path()
                    + " (NewStore publishes no such call; mark a deliberate custom path"
                    + " @ContractExempt)")));
  }

  private static ContractReport count(boolean request, ContractReport report) {
    if (request) {
      ContractCounters.request(report.violations().size());
    } else {
      ContractCounters.answer(report.violations().size());
    }
    return report;
  }

  /** The request's path, or the canonical one when it used an alternative path. */
  private static String canonicalPath(OperationIndex.Match match, HttpExchangeRequest request) {
    ContractOperation operation = match.operation();
    return operation.alternativePaths().contains(request.path())
        ? operation.path()
        : request.path();
  }

  /** A concrete path for a template: path parameters are not checked for routed webhooks. */
  private static String templatePath(ContractOperation operation) {
    return operation.path().replaceAll("\\{([^/}]+)}", "$1");
  }

  private ContractReport check(
      ContractOperation operation, String path, HttpExchangeRequest request) {
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(Request.Method.valueOf(operation.method()), path, true);
    request.headers().forEach(builder::withHeader);
    byte[] body = request.body();
    if (body.length > 0) {
      builder.withBody(body);
    }
    query(request.target()).forEach(builder::withQueryParam);
    List<Violation> violations =
        new ArrayList<>(
            ViolationMapper.map(
                operation.operationId(), validator.validateRequest(builder.build())));
    AuthorizationCheck.problem(
            api, models.get(operation.operationId()), request.header("Authorization"))
        .ifPresent(
            problem ->
                violations.add(new Violation(operation.operationId(), "Authorization", problem)));
    return new ContractReport(violations);
  }

  private ContractReport answer(
      ContractOperation operation,
      String path,
      int status,
      Map<String, List<String>> headers,
      byte[] body) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
    headers.forEach(builder::withHeader);
    if (body.length > 0) {
      builder.withBody(body);
    }
    ValidationReport report =
        validator.validateResponse(
            path, Request.Method.valueOf(operation.method()), builder.build());
    return new ContractReport(ViolationMapper.map(operation.operationId(), report));
  }

  private static Map<String, List<String>> query(String target) {
    int start = target.indexOf('?');
    Map<String, List<String>> params = new HashMap<>();
    if (start < 0) {
      return params;
    }
    for (String pair : target.substring(start + 1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text; // a broken escape such as %zz is validated as written
    }
  }
}
