package io.github.tongxin.governance.model.constraint;

import io.github.tongxin.governance.model.identifier.CitizenIdNumber;
import io.github.tongxin.governance.model.identifier.DivisionCode;
import io.github.tongxin.governance.model.identifier.MobileNumber;
import io.github.tongxin.governance.model.identifier.SocialCreditCode;
import io.github.tongxin.governance.model.identifier.internal.CitizenIdNumberValidator;
import io.github.tongxin.governance.model.identifier.internal.DivisionCodeValidator;
import io.github.tongxin.governance.model.identifier.internal.MobileNumberValidator;
import io.github.tongxin.governance.model.identifier.internal.SocialCreditCodeValidator;
import jakarta.validation.ClockProvider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Decides, without Hibernate Validator, that a record of the model certainly has no constraint
 * violation (issue 19: on the national tree every unit is valid, and Hibernate Validator's
 * per-record walk was a quarter of the run). A table per class, built once by reflection over
 * the accessors Hibernate Validator reads ({@link Accessors}), holds one check per constraint
 * the model uses: {@code NotBlank}, {@code NotEmpty}, {@code Size}, {@code Pattern},
 * {@code Positive}, {@code PositiveOrZero}, {@code PastOrPresent}, the model's identifier
 * constraints (checked by their own validators: no second copy of any identifier rule) and
 * {@code @Valid} cascades into {@code Optional} and collection elements.
 *
 * <p>It may say "not sure" freely and never clears a record Hibernate Validator would fault:
 * a class outside the model's packages, a constraint, attribute, group, flag, value type or
 * place (field, class, parameter, nested container) it does not know makes the class
 * uncleared; a null value, a date of today or later and a failed check make the record
 * uncleared. Uncleared records go to Hibernate Validator, which gives their violations,
 * messages and paths as before. {@code RecordConstraintsTest} holds the table equal to
 * Hibernate Validator's own metadata for every class of the model.
 */
final class RecordConstraints {

  /** The model's packages: other classes (callers' beans) always go to Hibernate Validator. */
  private static final String MODEL = "io.github.tongxin.governance.model.";

  /** How deep cascades are followed before saying "not sure" (records are shallow trees). */
  private static final int MAX_DEPTH = 16;

  /** The identifier constraints of the model, each with its own validator. */
  private static final Map<Class<? extends Annotation>,
      Supplier<? extends ConstraintValidator<? extends Annotation, CharSequence>>> IDENTIFIERS =
      Map.of(
          CitizenIdNumber.class, CitizenIdNumberValidator::new,
          DivisionCode.class, DivisionCodeValidator::new,
          MobileNumber.class, MobileNumberValidator::new,
          SocialCreditCode.class, SocialCreditCodeValidator::new);

  /** The attributes every constraint has; a constraint with others is known by name below. */
  private static final Set<String> COMMON = Set.of("message", "groups", "payload");

  private static final ClassValue<Table> TABLES = new ClassValue<>() {
    @Override
    protected Table computeValue(Class<?> type) {
      return Table.of(type);
    }
  };

  private RecordConstraints() {}

  /**
   * Returns whether the object certainly satisfies every constraint Hibernate Validator would
   * check on it in the default group; false means "not sure", never "invalid".
   */
  static boolean clears(Object object) {
    return clears(object, 0);
  }

  /**
   * Returns the constraints of a class as this table knows them, one line per constraint or
   * cascade ({@code property<i>: @Name{attributes}}, {@code <i>} for a container element),
   * sorted; empty when the class cannot be cleared (and why, as the only line's text after
   * {@code "unknown: "}).
   */
  static Set<String> describe(Class<?> type) {
    Table table = TABLES.get(type);
    return table.unknown == null ? table.description : Set.of("unknown: " + table.unknown);
  }

  private static boolean clears(Object object, int depth) {
    if (object == null || depth > MAX_DEPTH) {
      return false;
    }
    Table table = TABLES.get(object.getClass());
    if (table.unknown != null) {
      return false;
    }
    for (Property p : table.properties) {
      Object value;
      try {
        value = p.accessor.invoke(object);
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        return false;
      }
      if (!p.check.clears(value, depth)) {
        return false;
      }
    }
    return true;
  }

  /** A check of one value: true when the value certainly satisfies it. */
  @FunctionalInterface
  private interface Check {
    boolean clears(Object value, int depth);

    default Check and(Check other) {
      return (v, d) -> clears(v, d) && other.clears(v, d);
    }
  }

  /** One accessor with the checks of its value. */
  private record Property(Method accessor, Check check) {}

  /** A class's checks, or why it has none that can clear. */
  private static final class Table {
    final List<Property> properties = new ArrayList<>();
    final Set<String> description = new TreeSet<>();
    String unknown;

    static Table of(Class<?> type) {
      Table table = new Table();
      try {
        table.build(type);
      } catch (Unknown e) {
        table.unknown = e.getMessage();
        table.properties.clear();
      } catch (RuntimeException | LinkageError e) {
        // e.g. an identifier constraint's attributes its validator refuses: Hibernate
        // Validator meets the same and says so in its own words
        table.unknown = "cannot read the constraints of " + type.getName() + ": " + e;
        table.properties.clear();
      }
      return table;
    }

    private void build(Class<?> type) {
      if (!type.getName().startsWith(MODEL)) {
        throw new Unknown(type.getName() + " is not a class of the model");
      }
      for (Class<?> t : hierarchy(type)) {
        if (!validationAnnotations(t.getDeclaredAnnotations()).isEmpty()) {
          throw new Unknown("a class-level constraint on " + t.getName());
        }
        for (Field f : t.getDeclaredFields()) {
          if (!validationAnnotations(f.getDeclaredAnnotations()).isEmpty()
              || annotatedAnywhere(f.getAnnotatedType())) {
            throw new Unknown("a constraint on the field " + t.getName() + "." + f.getName());
          }
        }
        for (Method m : t.getDeclaredMethods()) {
          method(t, m);
        }
      }
    }

    private void method(Class<?> owner, Method m) {
      for (int i = 0; i < m.getParameterCount(); i++) {
        if (!validationAnnotations(m.getParameterAnnotations()[i]).isEmpty()
            || annotatedAnywhere(m.getAnnotatedParameterTypes()[i])) {
          throw new Unknown("a constraint on a parameter of " + owner.getName() + "." + m.getName());
        }
      }
      List<Annotation> onMethod = validationAnnotations(m.getDeclaredAnnotations());
      AnnotatedType returned = m.getAnnotatedReturnType();
      List<Annotation> onType = validationAnnotations(returned.getDeclaredAnnotations());
      boolean onArguments = returned instanceof AnnotatedParameterizedType p
          && Arrays.stream(p.getAnnotatedActualTypeArguments()).anyMatch(Table::annotatedAnywhere);
      if (onMethod.isEmpty() && onType.isEmpty() && !onArguments) {
        return;
      }
      Optional<String> name = Accessors.property(m.getName(), m.getParameterCount(),
          m.getReturnType());
      if (name.isEmpty() || Modifier.isStatic(m.getModifiers()) || m.isBridge()
          || m.isSynthetic() || !onMethod.containsAll(onType)) {
        throw new Unknown("a constraint on " + owner.getName() + "." + m.getName()
            + " where Hibernate Validator reads it otherwise");
      }
      String property = name.get();
      Check check = (v, d) -> v != null;
      for (Annotation a : expand(onMethod)) {
        if (a instanceof Valid) {
          throw new Unknown("@Valid on the property " + property);
        }
        check = check.and(constraint(a, raw(m.getGenericReturnType()), property));
      }
      if (onArguments) {
        check = check.and(elements((AnnotatedParameterizedType) returned, property));
      }
      try {
        m.setAccessible(true);
      } catch (RuntimeException e) {
        throw new Unknown("the accessor " + m + " cannot be called");
      }
      properties.add(new Property(m, check));
    }

    /** The checks of a container's elements: {@code Optional<E>} or a collection's. */
    private Check elements(AnnotatedParameterizedType container, String property) {
      Class<?> raw = raw(container.getType());
      AnnotatedType element = container.getAnnotatedActualTypeArguments()[0];
      if (container.getAnnotatedActualTypeArguments().length != 1
          || (raw != Optional.class && raw != List.class && raw != Set.class
              && raw != Collection.class)
          || !(element.getType() instanceof Class<?> elementType)) {
        throw new Unknown("constraints inside " + container.getType() + " of " + property);
      }
      String where = property + "<0>";
      Check each = (v, d) -> true;
      for (Annotation a : expand(validationAnnotations(element.getDeclaredAnnotations()))) {
        if (a instanceof Valid) {
          description.add(where + ": @Valid");
          each = each.and((v, d) -> v == null || RecordConstraints.clears(v, d + 1));
        } else {
          each = each.and(constraint(a, elementType, where));
        }
      }
      Check elementCheck = each;
      if (raw == Optional.class) {
        return (v, d) -> v instanceof Optional<?> o
            && (o.isEmpty() || elementCheck.clears(o.get(), d));
      }
      return (v, d) -> {
        if (!(v instanceof Collection<?> c)) {
          return false;
        }
        for (Object e : c) {
          if (!elementCheck.clears(e, d)) {
            return false;
          }
        }
        return true;
      };
    }

    /** The check of one constraint on values of a declared type, or Unknown. */
    private Check constraint(Annotation a, Class<?> type, String where) {
      Class<? extends Annotation> kind = a.annotationType();
      Map<String, Object> attributes = attributes(a);
      description.add(where + ": @" + kind.getSimpleName() + render(attributes));
      Object groups = attributes.get("groups");
      if (!(groups instanceof Class<?>[] g)
          || !(g.length == 0 || (g.length == 1 && g[0] == Default.class))) {
        throw new Unknown("groups other than the default on " + where);
      }
      boolean text = type == String.class || type == CharSequence.class;
      if (a instanceof NotBlank && text && known(attributes)) {
        return (v, d) -> v instanceof CharSequence s && hasVisibleCharacter(s);
      }
      if (a instanceof NotEmpty && text && known(attributes)) {
        return (v, d) -> v instanceof CharSequence s && s.length() > 0;
      }
      if (a instanceof NotEmpty && Collection.class.isAssignableFrom(type) && known(attributes)) {
        return (v, d) -> v instanceof Collection<?> c && !c.isEmpty();
      }
      if (a instanceof Size size && known(attributes, "min", "max")) {
        int min = size.min();
        int max = size.max();
        if (text) {
          return (v, d) -> v instanceof CharSequence s && s.length() >= min && s.length() <= max;
        }
        if (Collection.class.isAssignableFrom(type)) {
          return (v, d) -> v instanceof Collection<?> c && c.size() >= min && c.size() <= max;
        }
      }
      if (a instanceof Pattern pattern && text && pattern.flags().length == 0
          && known(attributes, "regexp", "flags")) {
        java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp());
        return (v, d) -> v instanceof CharSequence s && compiled.matcher(s).matches();
      }
      if ((a instanceof Positive || a instanceof PositiveOrZero) && known(attributes)) {
        int least = a instanceof Positive ? 1 : 0;
        if (type == int.class || type == Integer.class) {
          return (v, d) -> v instanceof Integer i && i >= least;
        }
        if (type == OptionalInt.class) { // unwrapped by default, as Hibernate Validator does
          return (v, d) -> v instanceof OptionalInt o && (o.isEmpty() || o.getAsInt() >= least);
        }
      }
      if (a instanceof PastOrPresent && type == LocalDate.class && known(attributes)) {
        // strictly before today, by the clock Hibernate Validator's default provider reads:
        // a date of today waits for it (its own clock is read later, and the day may turn)
        return (v, d) -> v instanceof LocalDate date && date.isBefore(LocalDate.now());
      }
      if (IDENTIFIERS.containsKey(kind) && text) {
        // the constraint's own validator reads every attribute of its annotation (lengths,
        // verify, ...), so no attribute is unknown here; groups were checked above
        @SuppressWarnings("unchecked")
        ConstraintValidator<Annotation, CharSequence> validator =
            (ConstraintValidator<Annotation, CharSequence>) IDENTIFIERS.get(kind).get();
        validator.initialize(a);
        return (v, d) -> v instanceof CharSequence s && passes(validator, s);
      }
      throw new Unknown("@" + kind.getName() + " on " + where + " (" + type.getName() + ")");
    }

    /** Whether the constraint has the common attributes and these, no other. */
    private static boolean known(Map<String, Object> attributes, String... own) {
      Set<String> expected = new TreeSet<>(COMMON);
      expected.addAll(List.of(own));
      return attributes.keySet().equals(expected);
    }

    /** Every type a class inherits from, itself first. */
    private static Set<Class<?>> hierarchy(Class<?> type) {
      Set<Class<?>> all = new LinkedHashSet<>();
      Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
      while (!todo.isEmpty()) {
        Class<?> t = todo.pop();
        if (t == Object.class || !all.add(t)) {
          continue;
        }
        if (t.getSuperclass() != null) {
          todo.add(t.getSuperclass());
        }
        todo.addAll(List.of(t.getInterfaces()));
      }
      return all;
    }

    private static Class<?> raw(Type type) {
      if (type instanceof Class<?> c) {
        return c;
      }
      if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
        return c;
      }
      throw new Unknown("a constraint on a value of type " + type);
    }

    /** Whether a type or any type inside it carries a validation annotation. */
    private static boolean annotatedAnywhere(AnnotatedType type) {
      if (type == null) {
        return false;
      }
      if (!validationAnnotations(type.getDeclaredAnnotations()).isEmpty()) {
        return true;
      }
      if (type instanceof AnnotatedParameterizedType p) {
        return Arrays.stream(p.getAnnotatedActualTypeArguments())
            .anyMatch(Table::annotatedAnywhere);
      }
      if (type instanceof AnnotatedArrayType a) {
        return annotatedAnywhere(a.getAnnotatedGenericComponentType());
      }
      if (type instanceof AnnotatedWildcardType w) {
        return Arrays.stream(w.getAnnotatedUpperBounds()).anyMatch(Table::annotatedAnywhere)
            || Arrays.stream(w.getAnnotatedLowerBounds()).anyMatch(Table::annotatedAnywhere);
      }
      return false; // a class, or a type variable whose own annotations were read above
    }
  }

  /** Whether a text has a character that is neither a control/space nor Unicode whitespace. */
  private static boolean hasVisibleCharacter(CharSequence s) {
    // Hibernate Validator's NotBlank is !isBlank() (Unicode whitespace); older ones trimmed
    // (characters up to U+0020): a character that both count as text clears under either
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && !Character.isWhitespace(c) && !Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean passes(ConstraintValidator<Annotation, CharSequence> validator,
      CharSequence value) {
    try {
      return validator.isValid(value, Rejecting.CONTEXT);
    } catch (Rejecting.Rejected e) {
      return false;
    }
  }

  /** The annotations that Bean Validation reads, containers of repeated ones included. */
  private static List<Annotation> validationAnnotations(Annotation[] annotations) {
    List<Annotation> found = new ArrayList<>();
    for (Annotation a : annotations) {
      if (isValidation(a.annotationType())) {
        found.add(a);
      }
    }
    return found;
  }

  private static boolean isValidation(Class<? extends Annotation> type) {
    String name = type.getName();
    if (name.startsWith("jakarta.validation.") || name.startsWith("javax.validation.")
        || name.startsWith("org.hibernate.validator.") || type.isAnnotationPresent(Constraint.class)) {
      return true;
    }
    Method value = repeatedValue(type);
    return value != null && isValidation(
        value.getReturnType().getComponentType().asSubclass(Annotation.class));
  }

  /** The {@code value()} of a container of repeated annotations, or null. */
  private static Method repeatedValue(Class<? extends Annotation> type) {
    try {
      Method value = type.getDeclaredMethod("value");
      Class<?> r = value.getReturnType();
      return r.isArray() && r.getComponentType().isAnnotation() ? value : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The annotations with the containers of repeated constraints replaced by their contents. */
  private static List<Annotation> expand(List<Annotation> annotations) {
    List<Annotation> all = new ArrayList<>();
    for (Annotation a : annotations) {
      Method value = a.annotationType().isAnnotationPresent(Constraint.class) ? null
          : repeatedValue(a.annotationType());
      if (value == null) {
        all.add(a);
        continue;
      }
      all.addAll(expand(List.of((Annotation[]) invoke(value, a))));
    }
    return all;
  }

  /** The attributes of an annotation by name, defaults included. */
  static Map<String, Object> attributes(Annotation a) {
    Map<String, Object> attributes = new java.util.TreeMap<>();
    for (Method m : a.annotationType().getDeclaredMethods()) {
      if (m.getParameterCount() == 0 && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers())) {
        attributes.put(m.getName(), invoke(m, a));
      }
    }
    return attributes;
  }

  /** An annotation's attributes as text: sorted, arrays spelt out, classes by name. */
  static String render(Map<String, ?> attributes) {
    StringBuilder s = new StringBuilder("{");
    attributes.forEach((k, v) -> {
      s.append(s.length() > 1 ? ", " : "").append(k).append('=');
      if (v instanceof Object[] array) {
        s.append(Arrays.stream(array).map(RecordConstraints::renderOne).toList());
      } else if (v instanceof int[] ints) {
        s.append(Arrays.toString(ints));
      } else {
        s.append(renderOne(v));
      }
    });
    return s.append('}').toString();
  }

  private static String renderOne(Object v) {
    return v instanceof Class<?> c ? c.getName() : String.valueOf(v);
  }

  private static Object invoke(Method m, Annotation a) {
    try {
      m.setAccessible(true);
      return m.invoke(a);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      throw new Unknown("cannot read " + m + ": " + e);
    }
  }

  /** Why a class cannot be cleared; thrown while its table is built. */
  private static final class Unknown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unknown(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * The context the identifier validators get: they touch it only to report a failure, which
   * here ends the check (the record then goes to Hibernate Validator).
   */
  private static final class Rejecting implements ConstraintValidatorContext {
    static final Rejecting CONTEXT = new Rejecting();

    /** A failed check: no stack, no message, one instance. */
    static final class Rejected extends RuntimeException {
      private static final long serialVersionUID = 1L;
      static final Rejected INSTANCE = new Rejected();

      private Rejected() {
        super(null, null, false, false);
      }
    }

    @Override
    public void disableDefaultConstraintViolation() {
      throw Rejected.INSTANCE;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
      throw Rejected.INSTANCE;
    }

    @Override
    public ClockProvider getClockProvider() {
      throw Rejected.INSTANCE;
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String template) {
      throw Rejected.INSTANCE;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw Rejected.INSTANCE;
    }
  }
}
