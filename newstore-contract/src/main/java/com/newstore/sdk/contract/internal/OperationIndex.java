package com.newstore.sdk.contract.internal;

import com.newstore.sdk.contract.ContractOperation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the operation for a method and path: literal segments win over templated ones (so {@code
 * /v0/config/routing/cancel_on_conflict} is not {@code /v0/config/routing/{flag}}), and an
 * operation's alternative methods and paths match it too.
 */
final class OperationIndex {

  private static final Pattern PARAMETER = Pattern.compile("\\{[^/}]+}");

  private record Entry(ContractOperation operation, Pattern pattern, int parameters, boolean alt) {}

  /** What matched: the operation, and whether the request used an alternative method or path. */
  record Match(ContractOperation operation, boolean alternative) {}

  private final List<Entry> entries;

  OperationIndex(List<ContractOperation> operations) {
    List<Entry> list = new ArrayList<>();
    for (ContractOperation operation : operations) {
      list.add(entry(operation, operation.path(), false));
      for (String path : operation.alternativePaths()) {
        list.add(entry(operation, path, true));
      }
    }
    list.sort(Comparator.comparingInt(Entry::parameters));
    this.entries = List.copyOf(list);
  }

  private static Entry entry(ContractOperation operation, String template, boolean alternative) {
    Matcher matcher = PARAMETER.matcher(template);
    StringBuilder regex = new StringBuilder("^");
    int last = 0;
    int parameters = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("[^/]+");
      last = matcher.end();
      parameters++;
    }
    regex.append(Pattern.quote(template.substring(last))).append("/?$");
    return new Entry(operation, Pattern.compile(regex.toString()), parameters, alternative);
  }

  Optional<Match> find(String method, String path) {
    Match byAlternativeMethod = null;
    for (Entry entry : entries) {
      if (!entry.pattern().matcher(path).matches()) {
        continue;
      }
      ContractOperation operation = entry.operation();
      if (operation.method().equals(method)) {
        return Optional.of(new Match(operation, entry.alt()));
      }
      if (byAlternativeMethod == null && operation.alternativeMethods().contains(method)) {
        byAlternativeMethod = new Match(operation, true);
      }
    }
    return Optional.ofNullable(byAlternativeMethod);
  }
}
