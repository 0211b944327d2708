package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.dataset.RecordType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header spellings offices use (表头别名): the built-in aliases of each property, the
 * systematic variants of every Chinese header, and how headers are compared. One place, so that
 * reading, the "did you mean" of an unknown column and CLI.md's generated table agree.
 *
 * <p>Variants, for every Chinese header and alias: {@code …号码} also as {@code …号}
 * ({@code 身份证号}); {@code …编号} also as {@code …代码}, {@code …编码}, {@code …ID} and
 * {@code …号} ({@code 户号}); {@code …日期} also as {@code …时间}; a yes/no column also with
 * {@code 是否} in front ({@code 是否在职党员}); the record type's own name in front of
 * {@code 编号} and {@code 名称} ({@code 人员编号} for a person's {@code id}). A spelling two
 * columns of a type could claim goes to the first in the type's column order, and a column's
 * own property name and Chinese header always win over any alias.
 */
final class HeaderAliases {

  /** Built-in aliases by property, for every record type that has the property. */
  static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

  static {
    alias("id", "ID", "代码", "编码");
    alias("name", "名称", "姓名", "名字");
    alias("parentId", "上级单位编号", "上级单位代码", "上级单位", "上级", "所属上级编号", "父级编号");
    alias("divisionCode", "行政区划代码", "区划编码", "行政区划编码", "统计用区划代码");
    alias("citizenIdNumber", "身份证号码", "公民身份号码", "公民身份证号码", "身份证", "身份证件号码",
        "证件号码");
    alias("mobileNumber", "联系电话", "手机", "移动电话", "电话", "电话号码", "联系方式");
    alias("birthDate", "出生年月日", "生日");
    alias("householdId", "户号", "所属户编号", "家庭户编号");
    alias("personId", "居民编号", "党员人员编号");
    alias("branchId", "所在支部编号", "党支部编号", "所在党支部编号", "所在支部");
    alias("status", "党员状态", "党员类别", "党员类型");
    alias("joinedOn", "入党日期", "加入党组织日期");
    alias("inService", "是否在职", "在职");
    alias("employerId", "工作单位");
    alias("rightsSuspended", "停止权利");
    alias("role", "岗位", "角色", "职位");
    alias("organizationId", "党组织编号", "所属组织编号");
    alias("from", "任期开始", "任职开始", "起始日期", "任职日期");
    alias("to", "任期结束", "任职结束", "终止日期", "截止日期", "离任日期");
    alias("socialCreditCode", "社会信用代码", "信用代码");
    alias("hasPartyOrganization", "是否建立党组织", "有无党组织");
    alias("centralHouseholdId", "中心户");
    alias("households", "联系户编号", "联系户户号");
    alias("registeredOn", "报到日期", "注册日期");
    alias("floorArea", "面积", "使用面积");
    alias("capacity", "容纳人数", "可容纳人数");
    alias("openingHours", "服务时间");
    alias("raisedAt", "受理日期", "反映时间");
    alias("attendeeCount", "参会人数", "到会人数", "实到人数");
    alias("committeeSize", "支委人数");
    alias("description", "说明", "简介");
  }

  private static void alias(String property, String... aliases) {
    ALIASES.put(property, List.of(aliases));
  }

  private HeaderAliases() {}

  /**
   * Every accepted spelling of a type's headers: normalised key to column, and the spellings as
   * written, in order.
   */
  record Index(Map<String, RecordColumns.Column> byKey,
      Map<String, RecordColumns.Column> spellings) {
    RecordColumns.Column get(String normalizedKey) {
      return byKey.get(normalizedKey);
    }
  }

  /**
   * Returns a header as compared: Unicode NFKC (full-width letters and brackets to their plain
   * forms), blanks removed, a leading or trailing required-marker {@code *} and a trailing
   * colon removed, a trailing remark in brackets removed ({@code 建筑面积(平方米)}), Latin letters
   * in lower case.
   *
   * @param header a header cell
   * @return the key
   */
  static String normalize(String header) {
    String h = Normalizer.normalize(header, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(h.length());
    h.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
        && c != '\uFEFF').forEach(sb::appendCodePoint);
    String s = sb.toString();
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      if (s.startsWith("*")) {
        s = s.substring(1);
        changed = true;
      }
      if (s.endsWith("*") || s.endsWith(":")) {
        s = s.substring(0, s.length() - 1);
        changed = true;
      }
      if (s.endsWith(")") && s.indexOf('(') > 0) {
        s = s.substring(0, s.lastIndexOf('('));
        changed = true;
      }
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /** Builds the index of a type's columns and flat columns. */
  static Index index(RecordType type, List<RecordColumns.Column> columns,
      List<RecordColumns.Column> flat) {
    Map<String, RecordColumns.Column> byKey = new LinkedHashMap<>();
    Map<String, RecordColumns.Column> spellings = new LinkedHashMap<>();
    List<RecordColumns.Column> all = new ArrayList<>(columns);
    all.addAll(flat);
    for (RecordColumns.Column c : all) {
      put(byKey, spellings, c.property(), c);
      put(byKey, spellings, c.zh(), c);
    }
    for (RecordColumns.Column c : all) {
      List<String> named = new ArrayList<>();
      String last = c.property().substring(c.property().lastIndexOf('.') + 1);
      if (c.property().contains(".")) {
        // a flat column also goes by its own part: 任期开始 for 党组织任期开始
        named.add(RecordColumns.flatPart(c));
      }
      named.addAll(ALIASES.getOrDefault(c.property(), List.of()));
      if (c.property().equals("id")) {
        named.add(type.zh() + "编号");
      } else if (c.property().equals("name")) {
        named.add(type.zh() + "名称");
      }
      for (String n : named) {
        put(byKey, spellings, n, c);
      }
      List<String> bases = new ArrayList<>();
      bases.add(c.zh());
      bases.addAll(named);
      for (String b : bases) {
        for (String v : variants(b, RecordColumns.isBooleanColumn(type, c))) {
          put(byKey, spellings, v, c);
        }
      }
      if (!last.equals(c.property())) {
        put(byKey, spellings, last, c);
      }
    }
    return new Index(Collections.unmodifiableMap(byKey), Collections.unmodifiableMap(spellings));
  }

  private static void put(Map<String, RecordColumns.Column> byKey,
      Map<String, RecordColumns.Column> spellings, String spelling, RecordColumns.Column c) {
    String key = normalize(spelling);
    if (!key.isEmpty() && byKey.putIfAbsent(key, c) == null) {
      spellings.put(spelling, c);
    }
  }

  /** The systematic variants of a Chinese header. */
  private static List<String> variants(String zh, boolean yesNo) {
    List<String> out = new ArrayList<>();
    if (zh.endsWith("号码")) {
      out.add(zh.substring(0, zh.length() - 1));
    }
    if (zh.endsWith("编号") && zh.length() > 2) {
      String stem = zh.substring(0, zh.length() - 2);
      out.add(stem + "代码");
      out.add(stem + "编码");
      out.add(stem + "ID");
      out.add(stem + "号");
    }
    if (zh.endsWith("日期") && zh.length() > 2) {
      out.add(zh.substring(0, zh.length() - 2) + "时间");
    }
    if (yesNo && !zh.startsWith("是否")) {
      out.add("是否" + zh);
    }
    return out;
  }

  /** Returns the aliases of a column: its spellings but its property name and Chinese header. */
  static List<String> aliasesOf(Index index, RecordColumns.Column column) {
    List<String> out = new ArrayList<>();
    index.spellings().forEach((spelling, c) -> {
      if (c.equals(column) && !spelling.equals(column.property())
          && !spelling.equals(column.zh())) {
        out.add(spelling);
      }
    });
    return out;
  }

  /** Returns the column whose spelling is closest to an unknown header, when one is close. */
  static Optional<RecordColumns.Column> closest(Index index, String header) {
    String h = normalize(header);
    if (h.isEmpty()) {
      return Optional.empty();
    }
    RecordColumns.Column best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Map.Entry<String, RecordColumns.Column> e : index.byKey().entrySet()) {
      String k = e.getKey();
      int score;
      if (k.length() >= 2 && h.length() >= 2 && (h.contains(k) || k.contains(h))) {
        score = Math.abs(h.length() - k.length());
      } else {
        int d = distance(h, k);
        score = d <= Math.max(1, Math.min(h.length(), k.length()) / 3) ? d : Integer.MAX_VALUE;
      }
      if (score < bestScore) {
        best = e.getValue();
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns the Levenshtein distance between two strings, by UTF-16 unit. */
  static int distance(String a, String b) {
    return io.github.tongxin.governance.rules.validation.NearestNames.distance(a, b);
  }
}
