package com.newstore.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/api-coverage.md, the spec's {@code x-confidence} and the SDK's javadoc agree: the Java
 * method the ledger names for an operation that is not confirmed says "unconfirmed" in its javadoc,
 * and a method whose javadoc says "unconfirmed" does not make a confirmed call. The sources are
 * read as text (this module does not depend on the SDK).
 */
class LedgerJavadocTest {

  private static final Path LEDGER = Path.of("..", "docs", "api-coverage.md");
  private static final List<Path> SOURCES =
      List.of(
          Path.of("..", "newstore-client", "src", "main", "java"),
          Path.of("..", "newstore-fulfillment-provider", "src", "main", "java"),
          Path.of("..", "newstore-webhooks", "src", "main", "java"));
  private static final Pattern UNCONFIRMED =
      Pattern.compile("\\bunconfirmed\\b", Pattern.CASE_INSENSITIVE);
  private static final String JAVADOC = "/\\*\\*((?:(?!\\*/).)*)\\*/";
  private static final String ANNOTATIONS = "\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*";

  /** A ledger row: the SDK id, the Java member it names, and the spec's confidence. */
  private record Row(String sdkId, String java, Confidence confidence) {}

  private static List<Row> rows() throws IOException {
    Map<String, Confidence> confidence = new LinkedHashMap<>();
    Stream.of(NewStoreContract.api(), NewStoreContract.webhooks())
        .flatMap(contract -> contract.operations().stream())
        .forEach(operation -> confidence.put(operation.sdkId(), operation.confidence()));
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(LEDGER, StandardCharsets.UTF_8)) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String sdkId = cells[1].trim().replace("`", "");
      Matcher java = Pattern.compile("`([^`]+)`").matcher(cells[2]);
      if (!java.find() || !confidence.containsKey(sdkId)) {
        continue; // "— (not in the SDK yet)"; unknown ids fail in ApiCoverageLedgerTest
      }
      rows.add(new Row(sdkId, java.group(1), confidence.get(sdkId)));
    }
    return rows;
  }

  @Test
  void everyLedgerMethodSaysUnconfirmedExactlyWhenItsOperationIsNotConfirmed() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Row> rows = rows();
    for (Row row : rows) {
      List<String> docs = javadocs(row.java());
      if (docs.isEmpty()) {
        problems.add(row.sdkId() + ": the ledger names " + row.java() + ", not found in the SDK");
        continue;
      }
      boolean confirmed = row.confidence() == Confidence.CONFIRMED;
      for (String doc : docs) {
        boolean marked = UNCONFIRMED.matcher(doc).find();
        if (!confirmed && !marked) {
          problems.add(
              row.sdkId()
                  + " is "
                  + row.confidence().wireName()
                  + " in specs/, but the javadoc of "
                  + row.java()
                  + " does not say \"unconfirmed\"");
        } else if (confirmed && marked && !sharedWithUnconfirmed(rows, row)) {
          problems.add(
              row.sdkId()
                  + " is confirmed in specs/, but the javadoc of "
                  + row.java()
                  + " says \"unconfirmed\"");
        }
      }
    }
    assertThat(rows).as("rows of %s naming a Java member", LEDGER).hasSizeGreaterThan(30);
    assertThat(problems).as("ledger, x-confidence and javadoc disagree").isEmpty();
  }

  @Test
  void theSourceReaderFindsMethodsConstantsAndTypes() {
    assertThat(javadocs("SalesOrderConfigApi#gracePeriod"))
        .singleElement()
        .asString()
        .contains("grace period");
    assertThat(javadocs("WebhookKind.ORDER_DETAILS")).hasSize(1);
    assertThat(javadocs("ClientCredentialsTokenProvider")).hasSize(1);
    assertThat(javadocs("SalesOrderConfigApi#noSuchMethod")).isEmpty();
  }

  /** One Java member can make several calls (e.g. a class); "unconfirmed" then fits one of them. */
  private static boolean sharedWithUnconfirmed(List<Row> rows, Row row) {
    return rows.stream()
        .anyMatch(
            other -> other.java().equals(row.java()) && other.confidence() != Confidence.CONFIRMED);
  }

  /**
   * Returns the javadoc of {@code Type#method} (every overload), {@code Type.CONSTANT} or {@code
   * Type}, read from the sources.
   */
  private static List<String> javadocs(String member) {
    String type;
    Pattern declaration;
    int hash = member.indexOf('#');
    int dot = member.indexOf('.');
    if (hash > 0) {
      type = member.substring(0, hash);
      String name = Pattern.quote(member.substring(hash + 1));
      declaration =
          Pattern.compile(
              JAVADOC + ANNOTATIONS + "[\\w<>\\[\\], ?.]*\\b" + name + "\\s*\\(", Pattern.DOTALL);
    } else if (dot > 0) {
      type = member.substring(0, dot);
      String name = Pattern.quote(member.substring(dot + 1));
      declaration = Pattern.compile(JAVADOC + ANNOTATIONS + name + "\\s*[,;({]", Pattern.DOTALL);
    } else {
      type = member.split("\\s")[0];
      declaration =
          Pattern.compile(
              JAVADOC
                  + ANNOTATIONS
                  + "(?:public |final |abstract |sealed |non-sealed )*(?:class|interface|enum|record) "
                  + Pattern.quote(type)
                  + "\\b",
              Pattern.DOTALL);
    }
    Optional<String> source = source(type);
    if (source.isEmpty()) {
      return List.of();
    }
    List<String> docs = new ArrayList<>();
    Matcher matcher = declaration.matcher(source.get());
    while (matcher.find()) {
      docs.add(matcher.group(1).toLowerCase(Locale.ROOT));
    }
    return docs;
  }

  private static Optional<String> source(String type) {
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        Optional<Path> file =
            files.filter(p -> p.getFileName().toString().equals(type + ".java")).findFirst();
        if (file.isPresent()) {
          return Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.empty();
  }
}
