package com.newstore.sdk.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version and the {@code User-Agent} built from it. */
public final class SdkVersion {
  private static final String VERSION = load();

  private SdkVersion() {}

  /**
   * Returns the SDK version, such as {@code 0.1.0}.
   *
   * @return the version, or {@code unknown} when the build metadata is missing
   */
  public static String version() {
    return VERSION;
  }

  /**
   * Returns {@code newstore-java-sdk/<version> (Java <version>)}, with the suffix appended.
   *
   * @param suffix text to append after a space, or empty
   * @return the user agent
   */
  public static String userAgent(String suffix) {
    String ua =
        "newstore-java-sdk/" + VERSION + " (Java " + System.getProperty("java.version") + ")";
    return suffix.isEmpty() ? ua : ua + " " + suffix;
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("sdk.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
