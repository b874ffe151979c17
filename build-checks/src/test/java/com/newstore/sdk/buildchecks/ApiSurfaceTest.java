package com.newstore.sdk.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps each published module's public API a visible diff, the way OkHttp commits its {@code
 * api/*.api} dumps: the public and protected signatures of every type outside {@code internal}
 * packages are listed in {@code <module>/api/<module>.api}; a change to them fails this test until
 * the listing is regenerated ({@code ./mvnw -pl build-checks -am verify -Dapi.update=true}) and
 * committed. It also fails when a public signature mentions an {@code internal} type, since the
 * modules are on the class path and nothing else stops such a type from becoming API.
 */
class ApiSurfaceTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Each published module, named by one of its public classes (to find its jar or classes). */
  private static final Map<String, String> MODULES =
      Map.of(
          "newstore-client", "com.newstore.sdk.client.NewStoreClient",
          "newstore-webhooks", "com.newstore.sdk.webhooks.NewStoreWebhooks",
          "newstore-fulfillment-provider", "com.newstore.sdk.fulfillment.FulfillmentProviderClient",
          "newstore-testkit", "com.newstore.sdk.testkit.NewStoreSimulator",
          "newstore-preflight", "com.newstore.sdk.preflight.NewStorePreflight",
          "newstore-webhooks-jdbc", "com.newstore.sdk.webhooks.jdbc.JdbcDeduplicationStore",
          "newstore-fulfillment-outbox", "com.newstore.sdk.fulfillment.outbox.FulfillmentOutbox",
          "newstore-contract", "com.newstore.sdk.contract.NewStoreContract",
          "newstore-spring-boot-starter", "com.newstore.sdk.spring.NewStoreProperties");

  @org.junit.jupiter.api.Test
  void everyPublishedModule_hasAListing() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<module>(newstore-[^<]+)</module>").matcher(parent);
    TreeSet<String> published = new TreeSet<>();
    while (m.find()) {
      if (Files.isDirectory(ROOT.resolve(m.group(1)).resolve("src/main/java"))
          && !ReleaseReadinessTest.skipsDeploy(ROOT.resolve(m.group(1)))) {
        published.add(m.group(1));
      }
    }
    assertThat(new TreeSet<>(MODULES.keySet())).isEqualTo(published);
  }

  static Stream<String> modules() {
    return MODULES.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("modules")
  void publicApi_matchesTheCommittedListing(String module) throws Exception {
    List<Class<?>> types = publicTypes(module);
    String listing = types.stream().map(ApiSurfaceTest::describe).collect(Collectors.joining());
    Path file = ROOT.resolve(module).resolve("api").resolve(module + ".api");

    if (Boolean.getBoolean("api.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, listing);
    }
    assertThat(listing)
        .as(
            "public API of %s differs from %s; if the change is intended, regenerate it with"
                + " ./mvnw -pl build-checks -am verify -Dapi.update=true and commit the diff",
            module, ROOT.relativize(file))
        .isEqualTo(Files.exists(file) ? Files.readString(file) : "(no listing committed)");
  }

  @ParameterizedTest
  @MethodSource("modules")
  void publicSignatures_neverMentionInternalTypes(String module) throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : publicTypes(module)) {
      for (String line : signatures(type)) {
        if (line.contains(".internal.") || header(type).contains(".internal.")) {
          leaks.add(type.getName() + ": " + line);
        }
      }
    }
    assertThat(leaks).as("public signatures that expose internal types").isEmpty();
  }

  private static List<Class<?>> publicTypes(String module) throws Exception {
    Class<?> anchor = Class.forName(MODULES.get(module));
    Path location = codeSource(anchor);
    List<Class<?>> out = new ArrayList<>();
    for (String name : classNames(location)) {
      if (name.contains(".internal.") || name.endsWith("package-info")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, anchor.getClassLoader());
      if (isExported(type)) {
        out.add(type);
      }
    }
    out.sort((a, b) -> a.getName().compareTo(b.getName()));
    assertThat(out).as(module + " has public types").isNotEmpty();
    return out;
  }

  private static boolean isExported(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      int m = c.getModifiers();
      if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
        return false;
      }
      if (!Modifier.isPublic(m) && !(c != type && Modifier.isProtected(m))) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Class<?> type) {
    StringBuilder out = new StringBuilder(header(type)).append(" {\n");
    for (String line : signatures(type)) {
      out.append("  ").append(line).append('\n');
    }
    return out.append("}\n\n").toString();
  }

  private static String header(Class<?> type) {
    String kind =
        type.isAnnotation()
            ? "@interface"
            : type.isInterface()
                ? "interface"
                : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
    int mods = type.getModifiers() & ~Modifier.INTERFACE & ~Modifier.ABSTRACT & ~Modifier.STATIC;
    if (!type.isInterface() && Modifier.isAbstract(type.getModifiers())) {
      mods |= Modifier.ABSTRACT;
    }
    StringBuilder h = new StringBuilder(Modifier.toString(mods)).append(' ').append(kind);
    h.append(' ').append(type.getName());
    if (type.getGenericSuperclass() != null
        && !type.isEnum()
        && !type.isRecord()
        && type.getSuperclass() != Object.class) {
      h.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    if (type.getGenericInterfaces().length > 0) {
      h.append(type.isInterface() ? " extends " : " implements ");
      h.append(
          Arrays.stream(type.getGenericInterfaces())
              .map(java.lang.reflect.Type::getTypeName)
              .collect(Collectors.joining(", ")));
    }
    return h.toString();
  }

  private static TreeSet<String> signatures(Class<?> type) {
    TreeSet<String> lines = new TreeSet<>();
    String owner = " " + type.getName() + ".";
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c)) {
        lines.add(c.toGenericString().replace(type.getName() + "(", "<init>("));
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m) && !m.isBridge() && !m.isSynthetic()) {
        lines.add(m.toGenericString().replace(owner, " "));
      }
    }
    for (Field f : type.getDeclaredFields()) {
      int mods = f.getModifiers();
      if ((Modifier.isPublic(mods) || Modifier.isProtected(mods)) && !f.isSynthetic()) {
        lines.add(f.toGenericString().replace(owner, " "));
      }
    }
    return lines;
  }

  private static boolean visible(Executable e) {
    int mods = e.getModifiers();
    boolean open = Modifier.isPublic(mods) || Modifier.isProtected(mods);
    if (e instanceof Constructor && e.getDeclaringClass().isEnum()) {
      return false;
    }
    return open && !e.isSynthetic();
  }

  private static Path codeSource(Class<?> anchor) throws URISyntaxException {
    return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<String> classNames(Path location) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files
            .filter(p -> p.toString().endsWith(".class"))
            .forEach(p -> names.add(className(location.relativize(p).toString())));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream()
            .map(e -> e.getName())
            .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
            .forEach(n -> names.add(className(n)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  private static String className(String file) {
    return file.substring(0, file.length() - ".class".length())
        .replace('/', '.')
        .replace('\\', '.');
  }
}
