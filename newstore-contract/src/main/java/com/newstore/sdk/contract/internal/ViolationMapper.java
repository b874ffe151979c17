package com.newstore.sdk.contract.internal;

import com.atlassian.oai.validator.report.ValidationReport;
import com.newstore.sdk.contract.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the validator's messages into violations that name the member at fault. */
final class ViolationMapper {

  private static final Pattern MISSING = Pattern.compile("\\(\\[(.*?)]\\)");
  private static final Pattern SECRET =
      Pattern.compile(
          "(?i)(^|\\.)(api_key|client_secret|access_token|password|[a-z_]*secret[a-z_]*)$");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

  private ViolationMapper() {}

  static List<Violation> map(String operationId, ValidationReport report) {
    List<Violation> violations = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      String member = deepest(message);
      String text =
          redactHeader(message.getKey(), redact(message.getKey(), member, message.getMessage()));
      StringBuilder full = new StringBuilder();
      if (!member.isEmpty() && !text.contains(member)) {
        full.append(member).append(": ");
      }
      full.append(text);
      for (ValidationReport.Message nested : message.getNestedMessages()) {
        full.append("\n    - ").append(redact(nested.getKey(), member, nested.getMessage()));
      }
      full.append(" [").append(message.getKey()).append(']');
      violations.add(new Violation(operationId, member, full.toString()));
    }
    return violations;
  }

  private static final Pattern HEADER_VALUE = Pattern.compile("'\\[[^\\]]*]'");

  /**
   * The validator quotes header values (e.g. a Content-Type); a test may put a secret there, and
   * violations never quote header values.
   */
  private static String redactHeader(String key, String text) {
    return key.contains("contentType") || key.contains("header")
        ? HEADER_VALUE.matcher(text).replaceAll("'[***]'")
        : text;
  }

  /**
   * The validator quotes offending values; never repeat a secret's. A "missing required" message
   * quotes member names, not values, so it stays readable ({@code ["api_key"]}).
   */
  private static String redact(String key, String member, String text) {
    if (key.endsWith(".required")) {
      return text;
    }
    return SECRET.matcher(member).find() ? QUOTED.matcher(text).replaceAll("\"***\"") : text;
  }

  /**
   * The most specific member of a message and its nested ones: a failed {@code allOf} or {@code
   * not} reports at the enclosing object, its nested messages at the member that broke it. The
   * branches of {@code anyOf} and {@code oneOf} are alternatives: the member is the enclosing one.
   */
  static String deepest(ValidationReport.Message message) {
    String best = member(message);
    if (message.getKey().endsWith("anyOf") || message.getKey().endsWith("oneOf")) {
      return best;
    }
    for (ValidationReport.Message nested : message.getNestedMessages()) {
      String candidate = deepest(nested);
      if (candidate.startsWith(best) && candidate.length() > best.length()) {
        best = candidate;
      }
    }
    return best;
  }

  static String member(ValidationReport.Message message) {
    var context = message.getContext();
    if (context.isPresent() && context.get().getParameter().isPresent()) {
      return context.get().getParameter().get().getName();
    }
    String pointer =
        context
            .flatMap(ValidationReport.MessageContext::getPointers)
            .map(p -> p.getInstance())
            .orElse("");
    String member = fromPointer(pointer);
    if (message.getKey().endsWith(".required")) {
      Matcher missing = MISSING.matcher(message.getMessage());
      if (missing.find()) {
        String names = missing.group(1).replace("\"", "");
        String first = names.split(",")[0].trim();
        return member.isEmpty() ? first : member + "." + first;
      }
    }
    return member;
  }

  /** {@code /shipments/0/shipping_option} becomes {@code shipments[0].shipping_option}. */
  static String fromPointer(String pointer) {
    StringBuilder member = new StringBuilder();
    for (String token : pointer.split("/")) {
      if (token.isEmpty()) {
        continue;
      }
      String name = token.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        member.append('[').append(name).append(']');
      } else {
        if (member.length() > 0) {
          member.append('.');
        }
        member.append(name);
      }
    }
    return member.toString();
  }
}
