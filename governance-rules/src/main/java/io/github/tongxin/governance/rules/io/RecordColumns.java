package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

/**
 * The columns of each record type in CSV files and spreadsheet sheets (表头对照): the JSON property
 * name in English and a Chinese header, in the order the model writes them.
 *
 * <p>A header cell may be either name. {@code extensions} is not a column: a column whose header
 * is neither name of a property is kept in the record's {@code extensions} under its header. A
 * property whose value is a list or an object (for example {@code households}, {@code events},
 * {@code partyOrganization}) is {@linkplain Column#structured() structured}: its cell holds the
 * value as JSON text, e.g. {@code ["H1","H2"]}, read as written (enum constants inside it are
 * not translated). Other cells hold plain text: identifiers, names, ISO-8601 dates and times,
 * numbers, and:
 *
 * <ul>
 *   <li>an enum property ({@code kind}, {@code sex}, {@code status}, {@code role},
 *       {@code channel}, {@code urgency}, ...): the constant in any case ({@code COMMUNITY},
 *       {@code community}), or the enum's Chinese label ({@code 社区}) or English label
 *       ({@code community}, any case) when the enum has {@code zh()} and {@code en()}, as the
 *       model's enums do. Blanks around the value are ignored. The constant exactly as written
 *       ({@code COMMUNITY}, what {@link DatasetWriter} writes) always means that constant; any
 *       other value that could mean two constants (a label they share, or a constant in another
 *       case that is also another constant's label) is ambiguous. An ambiguous or unknown value
 *       is a {@link ReadRules#BAD_RECORD} finding at its row and column that names the
 *       candidates or lists the constants, in Chinese and English, and the row is not read;
 *   <li>a boolean property ({@code inService}, {@code rightsSuspended},
 *       {@code hasPartyOrganization}, {@code proactive}): for true {@code true}, {@code yes},
 *       {@code y}, {@code 1}, {@code 是}, {@code 有}, {@code √}, {@code ✓}, {@code ✔}; for false
 *       {@code false}, {@code no}, {@code n}, {@code 0}, {@code 否}, {@code 无}, {@code ×},
 *       {@code ✗}, {@code ✘}; Latin letters in any case, blanks around ignored. {@code x} is
 *       neither (it ticks a box as often as it crosses one out). Anything else is a
 *       {@link ReadRules#BAD_RECORD} finding at its row and column, and the row is not read.
 * </ul>
 *
 * <p>Every cell of a row that cannot be read is reported, not only the first. Extension columns
 * are never translated: a cell is kept as text, or as JSON when it is a JSON array or object.
 *
 * <p>File and sheet names: the type's {@link RecordType#collection()} ({@code units.csv}) or its
 * Chinese name {@link RecordType#zh()} ({@code 单位.csv}).
 */
public final class RecordColumns {

  /**
   * One column.
   *
   * @param property the JSON property name, e.g. {@code parentId}
   * @param zh the Chinese header, e.g. {@code 上级编号}
   * @param required whether every record must have a value
   * @param structured whether the value is a list or object written as JSON text
   */
  public record Column(String property, String zh, boolean required, boolean structured) {
    /**
     * Makes a column.
     *
     * @param property the property name, not null
     * @param zh the Chinese header, not null
     * @param required whether required
     * @param structured whether JSON text
     */
    public Column {
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(zh, "zh");
    }
  }

  private static final Map<String, String> ZH = new HashMap<>();
  private static final Map<RecordType, Map<String, String>> ZH_BY_TYPE =
      new EnumMap<>(RecordType.class);

  static {
    String[] common = {
      "id", "编号", "kind", "类型", "name", "名称", "nameEn", "英文名称", "parentId", "上级编号",
      "divisionCode", "区划代码", "partyOrganization", "党组织", "citizenIdNumber", "身份证号码",
      "mobileNumber", "手机号码", "sex", "性别", "birthDate", "出生日期", "householdId", "户编号",
      "personId", "人员编号", "branchId", "支部编号", "status", "状态", "joinedOn", "入党日期",
      "inService", "在职党员", "employerId", "工作单位编号", "rightsSuspended", "停止党员权利",
      "unitId", "单位编号", "role", "职务", "organizationId", "组织编号", "from", "开始日期",
      "to", "结束日期", "socialCreditCode", "统一社会信用代码", "hasPartyOrganization", "建有党组织",
      "centralHouseholdId", "中心户编号", "households", "联系户", "registeredOn", "报到日期",
      "communityId", "社区编号", "categoryId", "类别编号", "departmentIds", "部门编号",
      "tiers", "层级", "defaultDeadline", "默认时限", "proactive", "主动服务", "description", "描述",
      "deadlineCounting", "时限计算方式", "deadlineCutOff", "时限截止时刻",
      "servedUnitIds", "服务单位编号", "floorArea", "建筑面积", "capacity", "容量",
      "openingHours", "开放时间", "functions", "功能", "serviceItemIds", "服务事项编号",
      "channel", "渠道", "serviceItemId", "服务事项编号", "locationUnitId", "所在单位编号",
      "raisedAt", "受理时间", "urgency", "紧急程度", "deadline", "办理期限", "events", "办理记录",
      "group", "队伍", "trade", "行业", "skills", "技能", "start", "开始时间", "end", "结束时间",
      "organizerUnitId", "主办单位编号", "organizerOrganizationId", "主办组织编号",
      "serviceCategory", "服务类别", "campaignId", "行动编号", "participants", "参与人员",
      "targets", "目标", "unitIds", "单位编号列表", "since", "开始日期", "until", "结束日期",
      "body", "议事主体", "date", "日期", "unit", "所属单位编号", "title", "标题", "roster", "名册",
      "present", "到会人员", "excused", "请假人员", "items", "议题", "procedure", "议事程序",
      "stages", "程序环节", "branch", "支部单位编号", "partyGroup", "党小组", "attendees", "参加人员",
      "attendeeCount", "参加人数", "committeeSize", "支委会人数", "topic", "主题",
      "conclusions", "结论", "followUps", "跟进事项",
      // properties inside structured cells, for labels in messages (label)
      "termStart", "任期开始日期", "termEnd", "任期结束日期", "coveredUnits", "覆盖单位",
      "meeting", "会议", "minutes", "服务分钟数", "volunteerId", "志愿者编号",
    };
    for (int i = 0; i < common.length; i += 2) {
      ZH.put(common[i], common[i + 1]);
    }
    ZH_BY_TYPE.put(RecordType.PERSON, Map.of("name", "姓名"));
    ZH_BY_TYPE.put(RecordType.MEMBERSHIP, Map.of("status", "党员状态"));
    ZH_BY_TYPE.put(RecordType.VOLUNTEER, Map.of("registeredOn", "注册日期"));
    ZH_BY_TYPE.put(RecordType.ACTIVITY, Map.of("households", "走访户"));
    ZH_BY_TYPE.put(RecordType.HARDSHIP, Map.of("since", "认定日期", "until", "退出日期"));
  }

  /** The Chinese names of the properties of object-valued columns, where not in {@link #ZH}. */
  private static final Map<String, String> SUB_ZH = Map.of("type", "类型", "name", "名称",
      "termStart", "任期开始", "termEnd", "任期结束", "coveredUnits", "覆盖单位");

  private static final Map<RecordType, List<Column>> COLUMNS = new EnumMap<>(RecordType.class);
  /** Per type, the flat columns of its object-valued properties ({@code 党组织类型}). */
  private static final Map<RecordType, List<Column>> FLAT = new EnumMap<>(RecordType.class);
  /**
   * Per type, the kind of each property whose cells are not plain text: an enum class,
   * {@code Boolean.class}, {@code LocalDate.class}, {@code LocalDateTime.class},
   * {@code Long.class} (a whole number) or {@code BigDecimal.class} (a decimal); flat columns
   * by their dotted path ({@code partyOrganization.type}).
   */
  private static final Map<RecordType, Map<String, Class<?>>> KINDS =
      new EnumMap<>(RecordType.class);
  /** Per type, the element kind of each list property: an enum class or {@code String.class}. */
  private static final Map<RecordType, Map<String, Class<?>>> ELEMENTS =
      new EnumMap<>(RecordType.class);
  /** Per type, every accepted header spelling, normalised, to its column. */
  private static final Map<RecordType, HeaderAliases.Index> NAMES =
      new EnumMap<>(RecordType.class);
  /**
   * Per type, the id class of each property that names other records (an identifier, or an
   * optional, list or set of one: {@code parentId}, {@code households}), the record's own
   * {@code id} aside, in the model's property order.
   */
  private static final Map<RecordType, Map<String, Class<? extends Identifier>>> REFERENCES =
      new EnumMap<>(RecordType.class);

  static {
    for (RecordType type : RecordType.values()) {
      Map<String, Class<?>> kinds = new HashMap<>();
      Map<String, Class<?>> elements = new HashMap<>();
      Map<String, Class<? extends Identifier>> references = new java.util.LinkedHashMap<>();
      List<Column> flat = new ArrayList<>();
      COLUMNS.put(type, List.copyOf(introspect(type, type.recordClass(), kinds, elements,
          references, flat)));
      REFERENCES.put(type, java.util.Collections.unmodifiableMap(references));
      FLAT.put(type, List.copyOf(flat));
      KINDS.put(type, Map.copyOf(kinds));
      ELEMENTS.put(type, Map.copyOf(elements));
      NAMES.put(type, HeaderAliases.index(type, COLUMNS.get(type), flat));
    }
  }

  /**
   * The prefix of a header that declares an extension column on purpose ({@code ext:楼长}, also
   * {@code 扩展:楼长}); {@link DatasetWriter} writes extension columns so.
   */
  public static final String EXTENSION_PREFIX = "ext:";

  /**
   * Returns the extension a header declares with {@link #EXTENSION_PREFIX} or {@code 扩展:}
   * (full-width colon too), or empty.
   *
   * @param header a header cell
   * @return the extension's name, empty when the header declares none
   */
  public static Optional<String> declaredExtension(String header) {
    String h = header.strip();
    for (String p : List.of(EXTENSION_PREFIX, "扩展:", "扩展：", "EXT:")) {
      if (h.startsWith(p) && h.length() > p.length()) {
        return Optional.of(h.substring(p.length()).strip());
      }
    }
    return Optional.empty();
  }

  private RecordColumns() {}

  /**
   * Returns the columns of a record type, {@code id} first, then in the model's property order.
   *
   * @param type the record type
   * @return the columns, never empty
   */
  public static List<Column> columns(RecordType type) {
    return COLUMNS.get(type);
  }

  /**
   * Returns the flat columns of a record type: one per property of an object-valued column, so
   * that an office can type {@code 党组织类型} and {@code 党组织名称} instead of JSON text. Their
   * {@link Column#property()} is the dotted path, e.g. {@code partyOrganization.type}.
   *
   * @param type the record type
   * @return the flat columns, empty when the type has no object-valued column
   */
  public static List<Column> flatColumns(RecordType type) {
    return FLAT.get(type);
  }

  /**
   * Returns the column a header names: by English property name, Chinese header or one of the
   * built-in aliases ({@link #aliases(RecordType, Column)}), compared after
   * {@linkplain HeaderAliases#normalize(String) normalising} blanks, full-width letters, a
   * required-marker {@code *} and a trailing remark in brackets ({@code 建筑面积（平方米）}).
   *
   * @param type the record type
   * @param header the header cell
   * @return the column, empty when the header names none
   */
  public static Optional<Column> column(RecordType type, String header) {
    return Optional.ofNullable(NAMES.get(type).get(HeaderAliases.normalize(header)));
  }

  /**
   * Returns the header spellings a column is known by besides its property name and Chinese
   * header, in a fixed order (built-in aliases, then systematic variants such as
   * {@code 身份证号} for {@code 身份证号码}); a spelling two columns of the type could claim goes
   * to the first.
   *
   * @param type the record type
   * @param column a column of the type, or one of its flat columns
   * @return the aliases, possibly empty
   */
  public static List<String> aliases(RecordType type, Column column) {
    return HeaderAliases.aliasesOf(NAMES.get(type), column);
  }

  /**
   * Returns the known header closest to an unknown one, for a "did you mean": a header within a
   * small edit distance, or one contained in the other.
   *
   * @param type the record type
   * @param header an unknown header
   * @return the column's Chinese header, empty when none is close
   */
  static Optional<Column> closest(RecordType type, String header) {
    return HeaderAliases.closest(NAMES.get(type), header);
  }

  /**
   * Returns the Chinese label of a property of a record type, for Chinese messages: the header of
   * its column ({@code citizenIdNumber} of a person is 身份证号码, {@code parentId} of a unit
   * 上级编号), each part of a path labelled the same way when a label is known and indexes kept
   * ({@code partyOrganization.coveredUnits} is 党组织.覆盖单位, {@code households[2]} 联系户[2]).
   * A part without a label is kept as written. English messages use the property itself.
   *
   * @param type the record type holding the property
   * @param path a property name or path, e.g. {@code citizenIdNumber} or {@code events[3]}
   * @return the label; the path itself when nothing in it has a label
   */
  public static String label(RecordType type, String path) {
    StringBuilder out = new StringBuilder();
    String[] parts = path.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      String rest = bracket < 0 ? "" : part.substring(bracket);
      String zh = i == 0 ? header(type, name).orElse(name) : ZH.getOrDefault(name, name);
      out.append(i == 0 ? "" : ".").append(zh).append(rest);
    }
    return out.toString();
  }

  /**
   * Returns the Chinese header of the column that holds a property (or the first part of a
   * property path) of a record type: the {@code column} a finding names.
   *
   * @param type the record type
   * @param path a property name or path, e.g. {@code households[2]}
   * @return the header, e.g. 联系户; empty when the property is not a column
   */
  public static Optional<String> header(RecordType type, String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '.' || path.charAt(i) == '[') {
        end = i;
        break;
      }
    }
    String name = path.substring(0, end);
    for (Column c : COLUMNS.get(type)) {
      if (c.property().equals(name)) {
        return Optional.of(c.zh());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the record type a file or sheet name stands for: the collection name
   * ({@code units}, any case) or the Chinese name ({@code 单位}), with or without an extension
   * ({@code .csv}, {@code .jsonl}).
   *
   * @param name a file or sheet name
   * @return the type, empty when the name stands for none
   */
  public static Optional<RecordType> recordType(String name) {
    String base = baseName(name);
    for (RecordType t : RecordType.values()) {
      if (t.collection().toLowerCase(Locale.ROOT).equals(base.toLowerCase(Locale.ROOT))
          || t.zh().equals(base)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the record type whose file name is closest to an unknown one, for a "did you mean":
   * one whose Chinese or English name the unknown name contains ({@code 人员信息} for
   * {@code 人员}, {@code 党员名单} for {@code 党员}), else one within a small edit distance.
   *
   * @param name an unknown file or sheet name
   * @return the type, empty when none is close
   */
  static Optional<RecordType> closestType(String name) {
    String base = baseName(name).toLowerCase(Locale.ROOT);
    RecordType best = null;
    int bestLength = 0;
    for (RecordType t : RecordType.values()) {
      for (String n : List.of(t.zh(), t.collection().toLowerCase(Locale.ROOT))) {
        if (base.contains(n) && n.length() > bestLength) {
          best = t;
          bestLength = n.length();
        }
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    int bestDistance = Integer.MAX_VALUE;
    for (RecordType t : RecordType.values()) {
      for (String n : List.of(t.zh(), t.collection().toLowerCase(Locale.ROOT))) {
        int d = HeaderAliases.distance(base, n);
        if (d < bestDistance && d <= Math.max(1, n.length() / 3)) {
          best = t;
          bestDistance = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns the part of a flat column's Chinese header after its parent's: {@code 任期开始}. */
  static String flatPart(Column flat) {
    String sub = flat.property().substring(flat.property().lastIndexOf('.') + 1);
    return SUB_ZH.getOrDefault(sub, ZH.getOrDefault(sub, sub));
  }

  /** Returns whether a column of the type holds yes/no cells. */
  static boolean isBooleanColumn(RecordType type, Column column) {
    Map<String, Class<?>> kinds = KINDS.get(type);
    return kinds != null && kinds.get(column.property()) == Boolean.class;
  }

  private static String baseName(String name) {
    String base = name.strip();
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  /**
   * Returns the properties of a record type whose cells are not plain text, with their kind
   * (see {@link #KINDS}), by property name or dotted flat path.
   */
  static Map<String, Class<?>> valueKinds(RecordType type) {
    return KINDS.get(type);
  }

  /** Returns the element kind of each list property of a type (an enum or String). */
  static Map<String, Class<?>> listElements(RecordType type) {
    return ELEMENTS.get(type);
  }

  /**
   * Returns the properties of a record type that name other records, with the class of the ids
   * they hold (an identifier, or an optional, list or set of one: {@code parentId} a
   * {@code UnitId}, {@code households} {@code UnitId}s), the record's own {@code id} aside, in
   * the model's property order; empty when the type names no other record.
   */
  static Map<String, Class<? extends Identifier>> references(RecordType type) {
    return REFERENCES.get(type);
  }

  private static List<Column> introspect(RecordType type, Class<?> recordClass,
      Map<String, Class<?>> kinds, Map<String, Class<?>> elements,
      Map<String, Class<? extends Identifier>> references, List<Column> flat) {
    List<Column> columns = new ArrayList<>();
    Map<String, String> overrides = ZH_BY_TYPE.getOrDefault(type, Map.of());
    properties(recordClass, (p, required) -> {
      String name = p.getName();
      if (name.equals("extensions")) {
        return;
      }
      JavaType t = valueType(p.getType());
      kind(t).ifPresent(k -> kinds.put(name, k));
      Class<?> named = (t.isCollectionLikeType() ? valueType(t.getContentType()) : t)
          .getRawClass();
      if (!name.equals("id") && Identifier.class.isAssignableFrom(named)) {
        references.put(name, named.asSubclass(Identifier.class));
      }
      String zh = overrides.getOrDefault(name, ZH.getOrDefault(name, name));
      Column c = new Column(name, zh, required, isStructured(p.getType()));
      if (t.isCollectionLikeType()) {
        Class<?> e = valueType(t.getContentType()).getRawClass();
        if (e.isEnum()) {
          elements.put(name, e);
        } else if (!isStructured(t.getContentType())) {
          elements.put(name, String.class);
        }
      } else if (c.structured() && !t.isContainerType()) {
        properties(t.getRawClass(), (sub, subRequired) -> {
          JavaType st = valueType(sub.getType());
          String path = name + "." + sub.getName();
          if (!isStructured(sub.getType())) {
            kind(st).ifPresent(k -> kinds.put(path, k));
            String subZh = SUB_ZH.getOrDefault(sub.getName(),
                ZH.getOrDefault(sub.getName(), sub.getName()));
            flat.add(new Column(path, zh + subZh, false, false));
          } else if (st.isCollectionLikeType() && !isStructured(st.getContentType())) {
            Class<?> e = valueType(st.getContentType()).getRawClass();
            elements.put(path, e.isEnum() ? e : String.class);
            String subZh = SUB_ZH.getOrDefault(sub.getName(), sub.getName());
            flat.add(new Column(path, zh + subZh, false, true));
          }
        });
      }
      if (name.equals("id")) {
        columns.add(0, c);
      } else {
        columns.add(c);
      }
    });
    return columns;
  }

  /** Returns the kind of a scalar type whose cells are read as more than text. */
  private static Optional<Class<?>> kind(JavaType t) {
    Class<?> raw = t.getRawClass();
    if (raw.isEnum()) {
      return Optional.of(raw);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return Optional.of(Boolean.class);
    }
    if (raw == java.time.LocalDate.class || raw == java.time.LocalDateTime.class) {
      return Optional.of(raw);
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
        || raw == java.util.OptionalInt.class || raw == java.util.OptionalLong.class
        || raw == Short.class || raw == short.class || raw == java.math.BigInteger.class) {
      return Optional.of(Long.class);
    }
    if (raw == Double.class || raw == double.class || raw == java.math.BigDecimal.class
        || raw == java.util.OptionalDouble.class || raw == Float.class || raw == float.class) {
      return Optional.of(java.math.BigDecimal.class);
    }
    return Optional.empty();
  }

  /**
   * Calls the action for each JSON property of a record class as the model's mapper sees it, in
   * the order it writes them, with whether the property is required.
   */
  static void properties(Class<?> recordClass,
      BiConsumer<BeanProperty, Boolean> action) {
    GovernanceJson.mapper().acceptJsonFormatVisitor(recordClass,
        new JsonFormatVisitorWrapper.Base(null) {
          @Override
          public JsonObjectFormatVisitor expectObjectFormat(JavaType t) {
            return new JsonObjectFormatVisitor.Base(null) {
              @Override
              public void property(BeanProperty p) {
                action.accept(p, true);
              }

              @Override
              public void optionalProperty(BeanProperty p) {
                action.accept(p, false);
              }
            };
          }
        });
  }

  /** Returns the type of a property's value: an {@code Optional}'s content, else the type. */
  private static JavaType valueType(JavaType type) {
    return type.isReferenceType() ? type.getReferencedType() : type;
  }

  private static boolean isStructured(JavaType type) {
    JavaType t = valueType(type);
    Class<?> raw = t.getRawClass();
    if (t.isContainerType()) {
      return true;
    }
    return !(t.isPrimitive() || raw.isEnum() || CharSequence.class.isAssignableFrom(raw)
        || Number.class.isAssignableFrom(raw) || raw == Boolean.class
        || Temporal.class.isAssignableFrom(raw) || TemporalAmount.class.isAssignableFrom(raw)
        || Identifier.class.isAssignableFrom(raw) || raw == java.util.OptionalInt.class
        || raw == java.util.OptionalLong.class || raw == java.util.OptionalDouble.class);
  }
}
