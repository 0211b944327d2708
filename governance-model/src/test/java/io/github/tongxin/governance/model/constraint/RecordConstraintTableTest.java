package io.github.tongxin.governance.model.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.json.GovernanceJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast check of valid records ({@link RecordConstraints}) against Hibernate Validator: its
 * table must be Hibernate Validator's own metadata for every class of the model (so a
 * constraint added later that the table does not know fails here, not silently), and on real
 * and mutated records "cleared" must imply "no violation", while valid records are cleared.
 */
class RecordConstraintTableTest {

  private static final Path SAMPLES =
      Path.of("..", "governance-examples", "src", "main", "resources", "sample");

  /** Values that break one constraint or another of the model, and some that break none. */
  private static final List<String> STRINGS = List.of("", " ", "\t", "\u3000", "\u2003", " a ",
      "a", "x".repeat(64), "x".repeat(65), "x".repeat(100), "x".repeat(101), "x".repeat(200),
      "x".repeat(201), "x".repeat(2001), "x".repeat(4001), "Abc", "a..b", "a-b.c", "abc-",
      "11", "110000", "110101", "999999", "110101001", "110101001001", "110101000000",
      "350527000000", "360429600000", "11010519491231002X", "110105194912310021",
      "13812341234", "1381234123", "23812341234", "91350100M000100Y43", "91350100M000100Y4X",
      "ABCDEFGHIJKLMNOPQR", "\uD83D\uDE00");

  private final Validator hv = GovernanceValidation.standard().validator();

  @Test
  void tableIsHibernateValidatorsOwnMetadataForEveryClassOfTheModel() throws Exception {
    List<Class<?>> classes = modelClasses();
    assertThat(classes).as("the model's classes were found").hasSizeGreaterThan(100)
        .contains(Class.forName("io.github.tongxin.governance.model.hierarchy.ImmutableUnit"));
    int constrained = 0;
    Map<String, Set<String>> differ = new TreeMap<>();
    for (Class<?> c : classes) {
      Set<String> expected = hibernateValidatorsView(c);
      if (!RecordConstraints.describe(c).equals(expected)) {
        differ.put(c.getName(), RecordConstraints.describe(c));
        differ.put(c.getName() + " (Hibernate Validator)", expected);
      }
      constrained += expected.isEmpty() ? 0 : 1;
    }
    assertThat(differ).as("classes whose table is not Hibernate Validator's metadata").isEmpty();
    assertThat(constrained).as("classes with constraints").isGreaterThan(15);
  }

  @Test
  void aConstraintTheTableDoesNotKnowLeavesTheClassToHibernateValidator() {
    // @Max is not one the model uses: the class is never cleared, even when valid
    assertThat(RecordConstraints.describe(Floors.class)).singleElement()
        .asString().startsWith("unknown: ");
    assertThat(RecordConstraints.clears(new Floors(41))).isFalse();
    assertThat(RecordConstraints.clears(new Floors(3))).isFalse();
    assertThat(hv.validate(new Floors(41))).isNotEmpty();
    // a constraint on a field (Hibernate Validator reads fields too) is not known either
    assertThat(RecordConstraints.describe(Field.class)).singleElement()
        .asString().startsWith("unknown: ");
    assertThat(hv.validate(new Field(" "))).isNotEmpty();
    assertThat(RecordConstraints.clears(new Field(" "))).isFalse();
    // a class outside the model's packages is never cleared
    assertThat(RecordConstraints.clears("a string")).isFalse();
  }

  @Test
  void knownConstraintsOnAPlainClassOfTheModelClearOnlyValidValues() {
    assertThat(RecordConstraints.describe(Named.class))
        .containsExactly("name: @NotBlank{groups=[], message={jakarta.validation.constraints"
            + ".NotBlank.message}, payload=[]}", "name: @Size{groups=[], max=3, message="
            + "{jakarta.validation.constraints.Size.message}, min=0, payload=[]}");
    for (String s : STRINGS) {
      boolean cleared = RecordConstraints.clears(new Named(s));
      assertThat(!cleared || hv.validate(new Named(s)).isEmpty()).as("'%s'", s).isTrue();
      assertThat(cleared).as("'%s' cleared", s).isEqualTo(s.length() <= 3 && !s.isBlank()
          && !s.equals("\uD83D\uDE00"));
    }
  }

  @Test
  void clearedRecordsOfTheSamplesHaveNoViolationAndValidOnesAreCleared() throws IOException {
    int cleared = 0;
    int faulted = 0;
    for (GovernanceRecord r : sampleRecords()) {
      boolean fast = RecordConstraints.clears(r);
      Set<ConstraintViolation<Object>> violations = hv.validate(r);
      assertThat(!fast || violations.isEmpty()).as("cleared but faulted: %s %s", r, violations)
          .isTrue();
      assertThat(fast || !violations.isEmpty() || hasDateOfToday(r))
          .as("valid but not cleared: %s", r).isTrue();
      cleared += fast ? 1 : 0;
      faulted += violations.isEmpty() ? 0 : 1;
    }
    assertThat(cleared).as("cleared").isGreaterThan(10_000);
    assertThat(faulted).as("the dirty sample's faulted records").isGreaterThanOrEqualTo(4);
  }

  @Test
  void mutatedRecordsAreClearedOnlyWhenHibernateValidatorFindsNoViolation() throws Exception {
    Map<Class<?>, List<GovernanceRecord>> byClass = new LinkedHashMap<>();
    for (GovernanceRecord r : sampleRecords()) {
      List<GovernanceRecord> some = byClass.computeIfAbsent(r.getClass(), c -> new ArrayList<>());
      if (some.size() < 12) {
        some.add(r);
      }
    }
    assertThat(byClass).as("record classes in the samples").hasSizeGreaterThanOrEqualTo(18);
    int faulted = 0;
    int clearedValid = 0;
    for (List<GovernanceRecord> records : byClass.values()) {
      for (GovernanceRecord r : records) {
        for (Object m : mutants(r, 1)) {
          boolean fast = RecordConstraints.clears(m);
          Set<ConstraintViolation<Object>> violations = hv.validate(m);
          assertThat(!fast || violations.isEmpty()).as("cleared but faulted: %s %s", m,
              violations).isTrue();
          faulted += violations.isEmpty() ? 0 : 1;
          clearedValid += fast ? 1 : 0;
        }
      }
    }
    assertThat(faulted).as("mutants Hibernate Validator faults").isGreaterThan(1_000);
    assertThat(clearedValid).as("mutants still valid and cleared").isGreaterThan(1_000);
  }

  /** Copies of a record with one value replaced, through Immutables' {@code withX} methods. */
  private static List<Object> mutants(Object r, int depth) throws Exception {
    List<Object> all = new ArrayList<>();
    for (Method with : r.getClass().getDeclaredMethods()) {
      if (!with.getName().startsWith("with") || with.getParameterCount() != 1
          || Modifier.isStatic(with.getModifiers())) {
        continue;
      }
      with.setAccessible(true);
      for (Object value : values(r, with, depth)) {
        try {
          all.add(with.invoke(r, value));
        } catch (InvocationTargetException e) {
          // the builder's own checks refused it: not a record anyone can hold
        }
      }
    }
    return all;
  }

  private static List<Object> values(Object r, Method with, int depth) throws Exception {
    Class<?> p = with.getParameterTypes()[0];
    Type generic = with.getGenericParameterTypes()[0];
    LocalDate today = LocalDate.now();
    if (p == String.class || p == CharSequence.class) {
      return new ArrayList<>(STRINGS);
    }
    if (p == int.class) {
      return List.of(-1, 0, 1);
    }
    if (p == OptionalInt.class) {
      return List.of(OptionalInt.empty(), OptionalInt.of(-1), OptionalInt.of(0));
    }
    if (p == LocalDate.class) {
      return List.of(today.plusDays(1), today, today.minusDays(1), today.plusYears(5));
    }
    if (p == Optional.class) {
      return List.of(Optional.empty());
    }
    Object current = current(r, with);
    if (p.getName().startsWith("io.github.tongxin.governance.model.") && depth > 0
        && current instanceof Optional<?> o && o.isPresent()) {
      return mutants(o.get(), depth - 1);
    }
    if (p == Iterable.class && generic instanceof ParameterizedType t) {
      Type e = t.getActualTypeArguments()[0];
      if (e instanceof WildcardType w) {
        e = w.getUpperBounds()[0];
      }
      List<Object> lists = new ArrayList<>();
      lists.add(List.of());
      if (e == String.class) {
        STRINGS.forEach(s -> lists.add(List.of("ok", s)));
      } else if (depth > 0 && current instanceof Collection<?> c && !c.isEmpty()) {
        for (Object element : mutants(c.iterator().next(), depth - 1)) {
          List<Object> list = new ArrayList<>(c);
          list.set(0, element);
          lists.add(list);
        }
      }
      return lists;
    }
    return List.of();
  }

  /** The value the {@code withX} method replaces: its accessor {@code x()}. */
  private static Object current(Object r, Method with) throws Exception {
    String name = with.getName().substring(4, 5).toLowerCase(Locale.ROOT)
        + with.getName().substring(5);
    try {
      Method accessor = r.getClass().getMethod(name);
      accessor.setAccessible(true);
      return accessor.invoke(r);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Whether any date of the record is today (the fast check leaves those to the engine). */
  private static boolean hasDateOfToday(Object r) {
    return r.toString().contains(LocalDate.now().toString());
  }

  /** Every record of the sample and of the dirty sample. */
  private static List<GovernanceRecord> sampleRecords() throws IOException {
    List<GovernanceRecord> all = new ArrayList<>();
    for (String name : List.of("xunyang", "xunyang-dirty")) {
      GovernanceDataset d = GovernanceJson.mapper().readValue(
          SAMPLES.resolve(name).resolve("xunyang.json").toFile(), GovernanceDataset.class);
      d.records().forEach(all::add);
    }
    return all;
  }

  /** What Hibernate Validator's metadata says of a class, in the table's own lines. */
  private Set<String> hibernateValidatorsView(Class<?> c) {
    BeanDescriptor bean = hv.getConstraintsForClass(c);
    Set<String> lines = new TreeSet<>();
    bean.getConstraintDescriptors().forEach(d -> lines.add("<class>: " + line(d)));
    for (PropertyDescriptor p : bean.getConstrainedProperties()) {
      p.getConstraintDescriptors().forEach(d -> lines.add(p.getPropertyName() + ": " + line(d)));
      if (p.isCascaded()) {
        lines.add(p.getPropertyName() + ": @Valid");
      }
      if (!p.getGroupConversions().isEmpty()) {
        lines.add(p.getPropertyName() + ": group conversions");
      }
      for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
        String where = p.getPropertyName() + "<" + e.getTypeArgumentIndex() + ">";
        e.getConstraintDescriptors().forEach(d -> lines.add(where + ": " + line(d)));
        if (e.isCascaded()) {
          lines.add(where + ": @Valid");
        }
        if (!e.getConstrainedContainerElementTypes().isEmpty()) {
          lines.add(where + ": nested containers");
        }
      }
    }
    return lines;
  }

  private static String line(ConstraintDescriptor<?> d) {
    return "@" + d.getAnnotation().annotationType().getSimpleName()
        + RecordConstraints.render(new TreeMap<>(d.getAttributes()))
        + (d.getComposingConstraints().isEmpty() ? "" : " composed");
  }

  /** Every class compiled into the model's packages. */
  private static List<Class<?>> modelClasses() throws IOException, URISyntaxException {
    Path root = Path.of(Unit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("io/github/tongxin/governance/model"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        try {
          Class<?> c = Class.forName(name, false, Unit.class.getClassLoader());
          if (c.isAnnotation()) {
            continue; // constraints themselves, not beans
          }
          classes.add(c);
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError(name, e);
        }
      }
    }
    return classes;
  }

  /** A constraint the model does not use. */
  static final class Floors {
    private final int floors;

    Floors(int floors) {
      this.floors = floors;
    }

    @Max(40)
    public int floors() {
      return floors;
    }
  }

  /** A known constraint, but on a field. */
  static final class Field {
    @NotBlank
    private final String name;

    Field(String name) {
      this.name = name;
    }
  }

  /** Known constraints on an accessor. */
  static final class Named {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @NotBlank
    @Size(max = 3)
    public String name() {
      return name;
    }
  }
}
