package com.newstore.sdk.preflight.internal;

import java.util.Locale;

/** URL helpers of the checks. Not for users. */
final class Urls {
  private Urls() {}

  /** Returns whether a URL is absolute https ({@code https://...}). */
  static boolean isHttps(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("https://")
        && url.length() > "https://".length();
  }

  /** Returns a URL fit for a report: without user info and query, which may carry credentials. */
  static String shown(String url) {
    String out = url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@?#]*@", "$1<redacted>@");
    int q = out.indexOf('?');
    return q < 0 ? out : out.substring(0, q) + "?<redacted>";
  }
}
