package com.newstore.sdk.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Member names NewStore's events and webhooks use, matched on their raw bytes by {@link
 * JsonParser}: the usual name costs no decoding and no new string, and every parse shares one
 * string per name. A name written differently (with an escape, say) is decoded normally and gives
 * an equal string.
 */
final class KnownNames {
  private KnownNames() {}

  private static final String[] NAMES = {
    "tenant",
    "name",
    "published_at",
    "payload",
    "id",
    "external_id",
    "status",
    "channel_type",
    "currency",
    "placed_at",
    "created_at",
    "order_id",
    "amount",
    "items",
    "product_id",
    "external_identifier",
    "fulfillment_node_id",
    "shipping_address",
    "billing_address",
    "first_name",
    "last_name",
    "city",
    "country_code",
    "zip_code",
    "state",
    "phone",
    "carrier",
    "service_level",
    "shipped_at",
    "shipping_options",
    "shipping_service_level",
    "is_historical",
    "fulfillment_locations",
    "products",
    "quantity",
    "price",
    "line_items",
    "email",
  };

  /** The names and their bytes, by length: a lookup compares a handful of candidates at most. */
  private static final String[][] BY_LENGTH;

  private static final byte[][][] BYTES_BY_LENGTH;

  static {
    int longest = Arrays.stream(NAMES).mapToInt(String::length).max().orElse(0);
    BY_LENGTH = new String[longest + 1][];
    BYTES_BY_LENGTH = new byte[longest + 1][][];
    for (int length = 0; length <= longest; length++) {
      int n = length;
      BY_LENGTH[length] = Arrays.stream(NAMES).filter(s -> s.length() == n).toArray(String[]::new);
      BYTES_BY_LENGTH[length] =
          Arrays.stream(BY_LENGTH[length])
              .map(s -> s.getBytes(StandardCharsets.US_ASCII))
              .toArray(byte[][]::new);
    }
  }

  /**
   * Returns the known name spelled by {@code in[from, to)}, or null.
   *
   * @param in the bytes
   * @param from the name's first byte (after the quote)
   * @param to after its last byte (the closing quote)
   * @return the shared string, or null when the bytes spell no known name
   */
  static @Nullable String match(byte[] in, int from, int to) {
    int length = to - from;
    if (length >= BY_LENGTH.length) {
      return null;
    }
    byte[][] candidates = BYTES_BY_LENGTH[length];
    for (int k = 0; k < candidates.length; k++) {
      if (Arrays.equals(in, from, to, candidates[k], 0, length)) {
        return BY_LENGTH[length][k];
      }
    }
    return null;
  }
}
