package io.github.tongxin.governance.examples.render;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.HierarchySummary;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.Rate;
import io.github.tongxin.governance.rules.service.RateCalculator;
import io.github.tongxin.governance.rules.service.ServiceData;
import io.github.tongxin.governance.rules.service.ServiceRates;
import io.github.tongxin.governance.model.identifier.PersonalData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The concentric circle (同心圆): the hierarchy of one dataset as a sunburst, the street (or the
 * district, when there are several streets) at the centre and communities, grids and buildings
 * as rings outwards, each segment's angle proportional to the households beneath it and its
 * colour showing a {@link Metric}: the coverage of households by central households, and, when
 * the dataset has work orders, the three rates of 接诉即办 (as {@link RateCalculator} defines
 * them, over every order of the dataset). {@link #html()} gives a self-contained report: the
 * sunbursts as inline SVG with hover titles in Chinese, a legend and the summary tables.
 *
 * <p>The layout is computed once, on {@link #of(GovernanceDataset)}, from the hierarchy index;
 * units the index leaves out (cycles, dangling parents) are not drawn. An empty dataset gives a
 * report saying there is nothing to draw. Immutable once built.
 */
public final class ConcentricCircle {

  private static final double SIZE = 640;
  private static final double CENTRE = SIZE / 2;
  private static final double INNER = 72;
  private static final double OUTER = 300;
  private static final int LABELLED_RINGS = 1;

  private final GovernanceDataset dataset;
  private final HierarchyIndex index;
  private final HierarchySummary summary;
  private final Optional<Unit> centre;
  private final List<Placed> placed;
  private final int rings;
  private final SortedMap<UnitId, ServiceRates> rates;
  private final Map<Metric, List<Segment>> segments = new EnumMap<>(Metric.class);

  /** A unit with its ring and angles. */
  private record Placed(Unit unit, int ring, double start, double end, int households) {}

  private ConcentricCircle(GovernanceDataset dataset) {
    this.dataset = dataset;
    this.index = HierarchyIndex.of(dataset);
    this.summary = HierarchySummary.of(dataset, index);
    List<Unit> roots = index.roots();
    Optional<Unit> c = Optional.empty();
    List<Unit> first = roots;
    if (roots.size() == 1) {
      Unit u = roots.get(0);
      while (u.tier().ordinal() < Tier.STREET.ordinal() && nonHousehold(u).size() == 1) {
        u = nonHousehold(u).get(0);
      }
      c = Optional.of(u);
      first = nonHousehold(u);
    }
    this.centre = c;
    this.placed = layout(first);
    this.rings = placed.stream().mapToInt(Placed::ring).max().orElse(0);
    this.rates = dataset.workOrders().isEmpty() ? new TreeMap<>() : rates(dataset, index);
    for (Metric m : metrics()) {
      segments.put(m, colour(m));
    }
  }

  /**
   * Lays out a dataset.
   *
   * @param dataset the dataset
   * @return the concentric circle
   */
  public static ConcentricCircle of(GovernanceDataset dataset) {
    return new ConcentricCircle(dataset);
  }

  private List<Unit> nonHousehold(Unit u) {
    return index.children(u.id()).stream().filter(x -> x.tier() != Tier.HOUSEHOLD).toList();
  }

  private int households(Unit u) {
    return index.count(u.id(), Tier.HOUSEHOLD);
  }

  private List<Placed> layout(List<Unit> first) {
    List<Placed> out = new ArrayList<>();
    int total = first.stream().mapToInt(this::households).sum();
    boolean byHouseholds = total > 0;
    List<Placed> ring = new ArrayList<>();
    double at = 0;
    double sum = byHouseholds ? total : first.stream().mapToInt(u -> index.subtreeSize(u.id())).sum();
    for (Unit u : first) {
      double w = byHouseholds ? households(u) : index.subtreeSize(u.id());
      double end = sum == 0 ? at : at + 360.0 * w / sum;
      ring.add(new Placed(u, 1, at, end, households(u)));
      at = end;
    }
    int depth = 1;
    while (!ring.isEmpty()) {
      out.addAll(ring);
      List<Placed> next = new ArrayList<>();
      depth++;
      for (Placed p : ring) {
        if (p.unit().tier() == Tier.BUILDING) {
          continue;
        }
        List<Unit> children = nonHousehold(p.unit());
        double whole = byHouseholds ? p.households()
            : children.stream().mapToInt(u -> index.subtreeSize(u.id())).sum();
        double start = p.start();
        for (Unit child : children) {
          double w = byHouseholds ? households(child) : index.subtreeSize(child.id());
          double end = whole == 0 ? start : start + (p.end() - p.start()) * w / whole;
          next.add(new Placed(child, depth, start, end, households(child)));
          start = end;
        }
      }
      ring = next;
    }
    return List.copyOf(out);
  }

  private static SortedMap<UnitId, ServiceRates> rates(GovernanceDataset dataset,
      HierarchyIndex index) {
    RateCalculator calculator = new RateCalculator(index,
        DeadlinePolicy.defaults(ServiceData.catalog(dataset)));
    Instant from = dataset.workOrders().stream().map(WorkOrder::raisedAt)
        .min(Comparator.naturalOrder()).orElseThrow();
    Instant to = dataset.workOrders().stream().map(WorkOrder::raisedAt)
        .max(Comparator.naturalOrder()).orElseThrow().plusSeconds(1);
    return calculator.rates(dataset.workOrders(), from, to);
  }

  private List<Segment> colour(Metric m) {
    List<Segment> out = new ArrayList<>();
    for (Placed p : placed) {
      long[] v = value(m, p.unit().id());
      Optional<Double> share = v[1] == 0 ? Optional.empty() : Optional.of((double) v[0] / v[1]);
      out.add(new Segment(p.unit(), p.ring(), p.start(), p.end(), p.households(), v[0], v[1],
          ColorScale.colour(share)));
    }
    return List.copyOf(out);
  }

  /** Returns {numerator, denominator} of a metric at a unit. */
  private long[] value(Metric m, UnitId id) {
    if (m == Metric.COVERAGE) {
      HierarchySummary.Coverage c = summary.coverage(id);
      return new long[] {c.covered(), c.total()};
    }
    ServiceRates r = rates.get(id);
    if (r == null) {
      return new long[] {0, 0};
    }
    Rate rate = m == Metric.RESPONSE ? r.response()
        : m == Metric.RESOLUTION ? r.resolution() : r.satisfaction();
    return new long[] {rate.numerator(), rate.denominator()};
  }

  /** Returns the unit at the centre, or empty when the dataset has several roots or none. */
  public Optional<Unit> centre() {
    return centre;
  }

  /** Returns the number of rings around the centre; 0 for an empty dataset. */
  public int rings() {
    return rings;
  }

  /**
   * Returns the metrics drawn: coverage, and the three rates when the dataset has work orders.
   *
   * @return the metrics, in drawing order
   */
  public List<Metric> metrics() {
    return dataset.workOrders().isEmpty() ? List.of(Metric.COVERAGE) : List.of(Metric.values());
  }

  /**
   * Returns the segments of a metric's sunburst, ring by ring, each ring clockwise.
   *
   * @param metric one of {@link #metrics()}
   * @return the segments; empty for an empty dataset
   * @throws IllegalArgumentException when the metric is not drawn for this dataset
   */
  public List<Segment> segments(Metric metric) {
    List<Segment> s = segments.get(metric);
    if (s == null) {
      throw new IllegalArgumentException(metric + " is not drawn: the dataset has no work orders");
    }
    return s;
  }

  /**
   * Returns one metric's sunburst as a standalone SVG element (namespace declared), each
   * segment a {@code path} with a {@code title} in Chinese and {@code data-unit},
   * {@code data-ring}, {@code data-start}, {@code data-end} and {@code data-value} attributes.
   *
   * @param metric one of {@link #metrics()}
   * @return the SVG
   * @throws IllegalArgumentException when the metric is not drawn for this dataset
   */
  public String svg(Metric metric) {
    List<Segment> list = segments(metric);
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(SIZE))
        .append(' ').append(n(SIZE)).append("\" width=\"").append(n(SIZE)).append("\" height=\"")
        .append(n(SIZE)).append("\" role=\"img\" class=\"sunburst\" data-metric=\"")
        .append(metric.name()).append("\">\n");
    sb.append("<title>").append(esc(title(metric))).append("</title>\n");
    double width = rings == 0 ? 0 : (OUTER - INNER) / rings;
    for (Segment s : list) {
      if (s.sweepDegrees() <= 0) {
        continue;
      }
      double inner = INNER + (s.ring() - 1) * width;
      double outer = inner + width;
      sb.append("<path d=\"").append(path(inner, outer, s.startDegrees(), s.endDegrees()))
          .append("\" fill=\"").append(s.colour()).append("\" fill-rule=\"evenodd\"")
          .append(" stroke=\"#ffffff\" stroke-width=\"").append(s.ring() <= 2 ? "1.5" : "0.5")
          .append("\" data-unit=\"").append(esc(s.unit().id().value()))
          .append("\" data-ring=\"").append(s.ring())
          .append("\" data-start=\"").append(String.format(Locale.ROOT, "%.6f", s.startDegrees()))
          .append("\" data-end=\"").append(String.format(Locale.ROOT, "%.6f", s.endDegrees()))
          .append("\" data-value=\"").append(s.value().map(v -> String.format(Locale.ROOT, "%.6f",
              v)).orElse("none"))
          .append("\"><title>").append(esc(hover(metric, s.unit(), s.households(),
              s.numerator(), s.denominator()))).append("</title></path>\n");
    }
    for (Segment s : list) {
      if (s.ring() > LABELLED_RINGS || s.sweepDegrees() < 12) {
        continue;
      }
      double mid = (s.startDegrees() + s.endDegrees()) / 2;
      double r = INNER + (s.ring() - 0.5) * width;
      sb.append("<text x=\"").append(n(x(r, mid))).append("\" y=\"").append(n(y(r, mid) + 4))
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#222222\"")
          .append(" pointer-events=\"none\">").append(esc(PersonalData.mask(s.unit().name()))).append("</text>\n");
    }
    String centreName = centre.map(Unit::name).orElse("全部单位");
    long[] v = centre.map(u -> value(metric, u.id())).orElseGet(() -> total(metric, list));
    Optional<Double> share = v[1] == 0 ? Optional.empty() : Optional.of((double) v[0] / v[1]);
    int households = centre.map(this::households)
        .orElseGet(() -> list.stream().filter(s -> s.ring() == 1).mapToInt(Segment::households)
            .sum());
    sb.append("<circle cx=\"").append(n(CENTRE)).append("\" cy=\"").append(n(CENTRE))
        .append("\" r=\"").append(n(INNER - 2)).append("\" fill=\"")
        .append(ColorScale.colour(share)).append("\" data-unit=\"")
        .append(esc(centre.map(u -> u.id().value()).orElse(""))).append("\"><title>")
        .append(esc(centre.map(u -> hover(metric, u, households, v[0], v[1]))
            .orElse(centreName + "\n户数 " + households)))
        .append("</title></circle>\n");
    sb.append("<text x=\"").append(n(CENTRE)).append("\" y=\"").append(n(CENTRE - 4))
        .append("\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"#111111\"")
        .append(" pointer-events=\"none\">").append(esc(centreName)).append("</text>\n");
    sb.append("<text x=\"").append(n(CENTRE)).append("\" y=\"").append(n(CENTRE + 14))
        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#111111\"")
        .append(" pointer-events=\"none\">").append(esc(percent(v[0], v[1]))).append("</text>\n");
    sb.append("</svg>\n");
    return sb.toString();
  }

  private long[] total(Metric metric, List<Segment> list) {
    long num = 0;
    long den = 0;
    for (Segment s : list) {
      if (s.ring() == 1) {
        num += s.numerator();
        den += s.denominator();
      }
    }
    return new long[] {num, den};
  }

  private static String title(Metric metric) {
    return "同心圆：" + metric.zh() + " Concentric circle: " + metric.en();
  }

  private static String hover(Metric metric, Unit unit, int households, long num, long den) {
    return PersonalData.mask(unit.name()) + "（" + unit.kind().zh() + "）\n户数 " + households + "\n" + metric.zh()
        + " " + num + "/" + den + "（" + percent(num, den) + "）";
  }

  private static String percent(long num, long den) {
    if (den == 0) {
      return "无数据";
    }
    return new Rate(num, den).percent() + "%"; // half up, as the library's rates (11/12 91.7%)
  }

  private static String path(double inner, double outer, double start, double end) {
    if (end - start >= 359.999) {
      return "M " + n(x(outer, 0)) + " " + n(y(outer, 0))
          + " A " + n(outer) + " " + n(outer) + " 0 1 1 " + n(x(outer, 180)) + " " + n(y(outer, 180))
          + " A " + n(outer) + " " + n(outer) + " 0 1 1 " + n(x(outer, 0)) + " " + n(y(outer, 0))
          + " Z M " + n(x(inner, 0)) + " " + n(y(inner, 0))
          + " A " + n(inner) + " " + n(inner) + " 0 1 0 " + n(x(inner, 180)) + " " + n(y(inner, 180))
          + " A " + n(inner) + " " + n(inner) + " 0 1 0 " + n(x(inner, 0)) + " " + n(y(inner, 0))
          + " Z";
    }
    int large = end - start > 180 ? 1 : 0;
    return "M " + n(x(outer, start)) + " " + n(y(outer, start))
        + " A " + n(outer) + " " + n(outer) + " 0 " + large + " 1 " + n(x(outer, end)) + " "
        + n(y(outer, end))
        + " L " + n(x(inner, end)) + " " + n(y(inner, end))
        + " A " + n(inner) + " " + n(inner) + " 0 " + large + " 0 " + n(x(inner, start)) + " "
        + n(y(inner, start)) + " Z";
  }

  private static double x(double r, double degrees) {
    return CENTRE + r * Math.sin(Math.toRadians(degrees));
  }

  private static double y(double r, double degrees) {
    return CENTRE - r * Math.cos(Math.toRadians(degrees));
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Escapes text for XML content and attributes. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Returns the whole report as a self-contained HTML page (also well-formed XML): a heading,
   * the sunbursts with their legend, and the summary tables (units per tier; party members,
   * coverage and, with work orders, the three rates of each unit of the first two rings). It
   * loads nothing from the network.
   *
   * @return the page, UTF-8 text
   */
  public String html() {
    String name = centre.map(Unit::name).orElse("全部单位");
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<title>同心圆 ").append(esc(name)).append(" — Tongxin concentric circle</title>\n")
        .append("<style>\n")
        .append("body{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',")
        .append("sans-serif;margin:24px;color:#222}\n")
        .append("figure{display:inline-block;margin:8px;vertical-align:top}\n")
        .append("figcaption{text-align:center;font-weight:bold}\n")
        .append(".legend span{display:inline-block;margin-right:14px}\n")
        .append(".legend i{display:inline-block;width:14px;height:14px;margin-right:4px;")
        .append("vertical-align:middle}\n")
        .append("table{border-collapse:collapse;margin:8px 0 20px}\n")
        .append("th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}\n")
        .append("th:first-child,td:first-child{text-align:left}\n")
        .append("svg path:hover{opacity:.75}\n")
        .append("</style>\n</head>\n<body>\n");
    sb.append("<h1>同心圆 · ").append(esc(name)).append("</h1>\n");
    if (placed.isEmpty()) {
      sb.append("<p>数据集中没有可画的单位。The dataset has no units to draw.</p>\n");
    } else {
      List<String> tiers = new ArrayList<>();
      for (int r = 1; r <= rings; r++) {
        final int ring = r;
        placed.stream().filter(p -> p.ring() == ring).findFirst()
            .ifPresent(p -> tiers.add(p.unit().kind().zh()));
      }
      sb.append("<p>中心为").append(esc(name)).append("，由内向外依次为")
          .append(esc(String.join("、", tiers)))
          .append("；扇区角度与户数成正比，颜色表示指标，悬停可见详情。")
          .append("The centre is ").append(esc(name)).append("; the rings outwards are ")
          .append(rings).append(" tiers of the hierarchy; each segment's angle is proportional to ")
          .append("its households and its colour shows the metric; hover for details.</p>\n");
      sb.append("<div class=\"legend\">");
      for (ColorScale.Band b : ColorScale.BANDS) {
        sb.append("<span><i style=\"background:").append(b.colour()).append("\"></i>")
            .append(esc(b.zh())).append(" ").append(esc(b.en())).append("</span>");
      }
      sb.append("<span><i style=\"background:").append(ColorScale.NO_DATA)
          .append("\"></i>无数据 nothing to measure</span></div>\n");
      for (Metric m : metrics()) {
        sb.append("<figure>\n").append(svg(m)).append("<figcaption>").append(esc(m.zh()))
            .append(" ").append(esc(m.en())).append("</figcaption>\n</figure>\n");
      }
    }
    tierTable(sb);
    for (int r = 1; r <= Math.min(2, rings); r++) {
      unitTable(sb, r);
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private void tierTable(StringBuilder sb) {
    sb.append("<h2>各层级单位 Units per tier</h2>\n<table>\n<tr><th>层级 tier</th>")
        .append("<th>单位数 units</th></tr>\n");
    for (Map.Entry<Tier, Integer> e : summary.unitsPerTier().entrySet()) {
      if (e.getValue() > 0) {
        sb.append("<tr><td>").append(esc(e.getKey().zh())).append(" ").append(e.getKey().en())
            .append("</td><td>").append(e.getValue()).append("</td></tr>\n");
      }
    }
    sb.append("</table>\n");
  }

  private void unitTable(StringBuilder sb, int ring) {
    List<Placed> units = placed.stream().filter(p -> p.ring() == ring).toList();
    String tier = units.get(0).unit().tier().zh() + " " + units.get(0).unit().tier().en();
    sb.append("<h2>第").append(ring).append("环 Ring ").append(ring).append("：")
        .append(esc(tier)).append("</h2>\n<table>\n<tr><th>单位 unit</th><th>户数 households</th>")
        .append("<th>正式党员 full members</th><th>预备党员 probationary</th>")
        .append("<th>联系覆盖 coverage</th>");
    if (!rates.isEmpty()) {
      sb.append("<th>工单 orders</th><th>响应率 response</th><th>解决率 resolution</th>")
          .append("<th>满意率 satisfaction</th>");
    }
    sb.append("</tr>\n");
    for (Placed p : units) {
      UnitId id = p.unit().id();
      HierarchySummary.MemberCount m = summary.membersInSubtree(id);
      HierarchySummary.Coverage c = summary.coverage(id);
      sb.append("<tr><td>").append(esc(PersonalData.mask(p.unit().name()))).append("</td><td>")
          .append(p.households()).append("</td><td>").append(m.full()).append("</td><td>")
          .append(m.probationary()).append("</td><td>").append(c.covered()).append('/')
          .append(c.total()).append(" (").append(percent(c.covered(), c.total()))
          .append(")</td>");
      if (!rates.isEmpty()) {
        ServiceRates r = rates.getOrDefault(id, ServiceRates.none(id));
        sb.append("<td>").append(r.orders()).append("</td>");
        for (Rate rate : List.of(r.response(), r.resolution(), r.satisfaction())) {
          sb.append("<td>").append(rate.numerator()).append('/').append(rate.denominator())
              .append(" (").append(percent(rate.numerator(), rate.denominator()))
              .append(")</td>");
        }
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }
}
