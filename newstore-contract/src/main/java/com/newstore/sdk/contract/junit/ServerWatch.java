package com.newstore.sdk.contract.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link MockWebServer} fields of a test's instances (enclosing instances of a nested
 * test included) and routes each server's requests through a {@link ContractRecorder}. A field
 * annotated {@link ContractExempt} is left alone. Loaded only when {@code mockwebserver3} is on the
 * class path.
 */
final class ServerWatch {

  /** One server field of one test instance. */
  record Server(String name, MockWebServer server) {}

  private ServerWatch() {}

  static @Nullable ServerWatch load() {
    try {
      Class.forName("mockwebserver3.MockWebServer", false, ServerWatch.class.getClassLoader());
      return new ServerWatch();
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  /** Wraps every server field's dispatcher unless it already records for {@code recorder}. */
  void wrap(List<Object> instances, ContractRecorder recorder) {
    for (Server found : servers(instances)) {
      Dispatcher current = found.server().getDispatcher();
      if (!(current instanceof Recording recording) || recording.recorder() != recorder) {
        found.server().setDispatcher(recorder.dispatcher(current));
      }
    }
  }

  /**
   * Names the servers that received requests while their dispatcher did not record for {@code
   * recorder}: the test replaced the dispatcher after the wrap.
   */
  List<String> unwatched(List<Object> instances, ContractRecorder recorder) {
    List<String> names = new ArrayList<>();
    for (Server found : servers(instances)) {
      Dispatcher current = found.server().getDispatcher();
      boolean recording = current instanceof Recording watched && watched.recorder() == recorder;
      if (!recording && found.server().getRequestCount() > 0) {
        names.add(found.name());
      }
    }
    return names;
  }

  private static List<Server> servers(List<Object> instances) {
    List<Server> servers = new ArrayList<>();
    for (Object instance : instances) {
      for (Class<?> type = instance.getClass();
          type != null && type != Object.class;
          type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (!MockWebServer.class.isAssignableFrom(field.getType())
              || field.isAnnotationPresent(ContractExempt.class)) {
            continue;
          }
          Object value = read(field, Modifier.isStatic(field.getModifiers()) ? null : instance);
          if (value instanceof MockWebServer server) {
            servers.add(new Server(type.getSimpleName() + "." + field.getName(), server));
          }
        }
      }
    }
    return servers;
  }

  private static @Nullable Object read(Field field, @Nullable Object instance) {
    try {
      field.setAccessible(true);
      return field.get(instance);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
