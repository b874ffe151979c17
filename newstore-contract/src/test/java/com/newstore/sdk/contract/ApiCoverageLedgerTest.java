package com.newstore.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/api-coverage.md and the two contract documents list the same operations. */
class ApiCoverageLedgerTest {

  private static final Path LEDGER = Path.of("..", "docs", "api-coverage.md");

  /** The columns the ledger must agree on. */
  private record Row(String sdkId, String method, String path, String confidence) {}

  private static List<Row> ledger() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(LEDGER, StandardCharsets.UTF_8)) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      rows.add(new Row(unquote(cells[1]), cells[3].trim(), unquote(cells[4]), cells[5].trim()));
    }
    return rows;
  }

  private static String unquote(String cell) {
    return cell.trim().replace("`", "");
  }

  private static List<Row> spec() {
    return Stream.of(NewStoreContract.api(), NewStoreContract.webhooks())
        .flatMap(contract -> contract.operations().stream())
        .map(
            operation ->
                new Row(
                    operation.sdkId(),
                    operation.method(),
                    operation.path(),
                    operation.confidence().wireName()))
        .toList();
  }

  @Test
  void theLedgerListsEveryOperationOfTheSpecAndNothingElse() throws IOException {
    List<Row> ledger = ledger();

    assertThat(ledger).as("rows of %s", LEDGER).doesNotHaveDuplicates();
    assertThat(ledger)
        .as("%s against specs/*.yaml (SDK id, method, path, confidence)", LEDGER)
        .containsExactlyInAnyOrderElementsOf(spec());
  }

  @Test
  void everySdkIdAppearsOnce() {
    List<String> ids = spec().stream().map(Row::sdkId).toList();

    assertThat(ids).doesNotHaveDuplicates();
  }
}
