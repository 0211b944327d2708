package io.github.tongxin.governance.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The value types as a user outside their packages sees them: built through {@code X.builder()},
 * copied with {@code X.builder().from(x)} and {@code x.withName(...)}, and no public signature
 * naming a generated {@code Immutable*} class.
 */
class ValueTypeApiTest {

  @Test
  void aWorkOrderIsBuiltCopiedIntoABuilderAndChangedThroughItsOwnType() {
    WorkOrder order = WorkOrder.builder().id(WorkOrderId.of("W1"))
        .channel(Channel.HOTLINE_12345).categoryId(ServiceCategoryId.of("C1"))
        .locationUnitId(UnitId.of("G1")).raisedAt(Instant.parse("2024-03-05T01:00:00Z"))
        .build();
    WorkOrderEvent accepted = WorkOrderEvent.builder().type(WorkOrderEventType.RECEIVED)
        .at(Instant.parse("2024-03-05T02:00:00Z")).build();

    WorkOrder.Builder copy = WorkOrder.builder().from(order);
    WorkOrder withEvent = order.withEvents(List.of(accepted));

    assertThat(copy.build()).isEqualTo(order);
    assertThat(withEvent.events()).containsExactly(accepted);
    assertThat(withEvent.withEvents(List.of())).isEqualTo(order);
  }

  @Test
  void noPublicSignatureOfTheModelNamesAGeneratedClass() {
    // The generated classes are package-private; a value type's nested Builder extends the
    // generated builder, as Immutables documents, and is the one supertype allowed to name it.
    assertThat(leaks(classesOf(GovernanceRecord.class))).isEmpty();
  }

  /** Returns each public member or supertype of a public class that names an Immutable* type. */
  static List<String> leaks(List<Class<?>> classes) {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : classes) {
      if (!Modifier.isPublic(c.getModifiers()) || c.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      List<Type> named = new ArrayList<>();
      if (!c.getSimpleName().equals("Builder") || c.getEnclosingClass() == null) {
        named.add(c.getGenericSuperclass());
      }
      named.addAll(List.of(c.getGenericInterfaces()));
      for (Method m : c.getDeclaredMethods()) {
        if ((Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers()))
            && !m.isSynthetic()) {
          named.add(m.getGenericReturnType());
          named.addAll(List.of(m.getGenericParameterTypes()));
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (Modifier.isPublic(k.getModifiers()) || Modifier.isProtected(k.getModifiers())) {
          named.addAll(List.of(k.getGenericParameterTypes()));
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers())) {
          named.add(f.getGenericType());
        }
      }
      for (Type t : named) {
        if (t != null && t.getTypeName().matches(".*\\bImmutable[A-Z].*")) {
          leaks.add(c.getName() + ": " + t.getTypeName());
        }
      }
    }
    return leaks;
  }

  /** Returns every class, nested ones too, compiled into the directory of the given class. */
  static List<Class<?>> classesOf(Class<?> anchor) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files.filter(p -> p.toString().endsWith(".class"))
            .map(p -> root.relativize(p).toString())
            .filter(n -> !n.endsWith("package-info.class") && !n.endsWith("module-info.class"))
            .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')
                .replace('\\', '.'))
            .<Class<?>>map(ValueTypeApiTest::load)
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ValueTypeApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
