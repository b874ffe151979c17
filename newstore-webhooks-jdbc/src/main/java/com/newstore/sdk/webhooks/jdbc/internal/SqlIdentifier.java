package com.newstore.sdk.webhooks.jdbc.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** Validates a table name before it is spliced into SQL (identifiers cannot be bind parameters). */
public final class SqlIdentifier {
  // Unquoted identifiers only, optionally schema-qualified: nothing that needs quoting or escaping.
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

  private SqlIdentifier() {}

  /**
   * Returns the name when it is a plain, optionally schema-qualified SQL identifier.
   *
   * @param name the table name
   * @return the name
   * @throws IllegalArgumentException when it is not one
   */
  public static String tableName(String name) {
    Objects.requireNonNull(name, "tableName == null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "tableName must be a plain SQL identifier (letters, digits, _; at most 63 characters;"
              + " optionally schema.table), but was \""
              + name
              + "\"");
    }
    return name;
  }
}
