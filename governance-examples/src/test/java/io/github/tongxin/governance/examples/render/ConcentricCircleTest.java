package io.github.tongxin.governance.examples.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.HierarchySummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ConcentricCircleTest {

  private static final String SVG = "http://www.w3.org/2000/svg";

  private static GovernanceDataset sample;
  private static ConcentricCircle circle;

  @BeforeAll
  static void draw() {
    sample = XunyangSample.bundled();
    circle = ConcentricCircle.of(sample);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> paths(Document svg) {
    NodeList nodes = svg.getElementsByTagNameNS(SVG, "path");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** A street of two communities, one grid and one building each; 2 of A's 3 households reached. */
  private static GovernanceDataset smallStreet() {
    List<Unit> units = new ArrayList<>();
    units.add(Unit.of(UnitId.of("s"), UnitKind.STREET, "小街道", null));
    for (String c : List.of("a", "b")) {
      units.add(Unit.of(UnitId.of(c), UnitKind.COMMUNITY, c.toUpperCase() + "社区", UnitId.of("s")));
      units.add(Unit.of(UnitId.of(c + "-g"), UnitKind.GRID, c + "网格", UnitId.of(c)));
      units.add(Unit.of(UnitId.of(c + "-b"), UnitKind.BUILDING, "1栋", UnitId.of(c + "-g")));
    }
    for (int i = 1; i <= 3; i++) {
      units.add(Unit.of(UnitId.of("a-h" + i), UnitKind.HOUSEHOLD, i + "室", UnitId.of("a-b")));
    }
    units.add(Unit.of(UnitId.of("b-h1"), UnitKind.HOUSEHOLD, "1室", UnitId.of("b-b")));
    return GovernanceDataset.builder().addAllUnits(units)
        .addContactLinks(ContactLink.builder().id(ContactLinkId.of("l1"))
            .centralHouseholdId(UnitId.of("a-h1")).addHouseholds(UnitId.of("a-h2")).build(),
            ContactLink.builder().id(ContactLinkId.of("l2"))
                .centralHouseholdId(UnitId.of("b-h1")).build())
        .build();
  }

  @Test
  void streetIsAtTheCentreWithCommunitiesGridsAndBuildingsAsRings() {
    assertThat(circle.centre()).map(Unit::name).contains("湓浦街道");
    assertThat(circle.rings()).isEqualTo(3);
    Map<Integer, List<UnitKind>> kinds = circle.segments(Metric.COVERAGE).stream()
        .collect(Collectors.groupingBy(Segment::ring, TreeMap::new,
            Collectors.mapping(s -> s.unit().kind(), Collectors.toList())));
    assertThat(kinds.get(1)).hasSize(8).containsOnly(UnitKind.COMMUNITY);
    assertThat(kinds.get(2)).hasSize(16).containsOnly(UnitKind.GRID);
    assertThat(kinds.get(3)).hasSize(210).containsOnly(UnitKind.BUILDING);
  }

  @Test
  void withSeveralStreetsTheDistrictIsAtTheCentre() {
    ConcentricCircle two = ConcentricCircle.of(
        XunyangSample.generate(3L, List.of("360403091", "360403002")));
    assertThat(two.centre()).map(Unit::name).contains("浔阳区");
    assertThat(two.rings()).isEqualTo(4);
    double ring1 = two.segments(Metric.COVERAGE).stream().filter(s -> s.ring() == 1)
        .peek(s -> assertThat(s.unit().kind()).isEqualTo(UnitKind.STREET))
        .mapToDouble(Segment::sweepDegrees).sum();
    assertThat(ring1).isCloseTo(360.0, within(1e-9));
  }

  @Test
  void everySvgIsWellFormedAndSoIsThePage() throws Exception {
    assertThat(circle.metrics()).containsExactly(Metric.values());
    for (Metric m : circle.metrics()) {
      Document svg = parse(circle.svg(m));
      assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
      assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
      assertThat(paths(svg)).hasSize(8 + 16 + 210);
    }
    Document page = parse(circle.html());
    assertThat(page.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(4);
  }

  @Test
  void anglesOfEachRingAddUpToTheWholeCircle() throws Exception {
    for (Metric m : circle.metrics()) {
      Map<String, Double> byRing = new TreeMap<>();
      for (Element p : paths(parse(circle.svg(m)))) {
        double sweep = Double.parseDouble(p.getAttribute("data-end"))
            - Double.parseDouble(p.getAttribute("data-start"));
        assertThat(sweep).isPositive();
        byRing.merge(p.getAttribute("data-ring"), sweep, Double::sum);
      }
      assertThat(byRing).containsOnlyKeys("1", "2", "3");
      byRing.values().forEach(v -> assertThat(v).isCloseTo(360.0, within(1e-4)));
    }
  }

  @Test
  void anglesAreProportionalToHouseholds() {
    ConcentricCircle small = ConcentricCircle.of(smallStreet());
    List<Segment> ring1 = small.segments(Metric.COVERAGE).stream().filter(s -> s.ring() == 1)
        .toList();
    assertThat(ring1).extracting(s -> s.unit().name()).containsExactly("A社区", "B社区");
    assertThat(ring1.get(0).sweepDegrees()).isCloseTo(270.0, within(1e-9));
    assertThat(ring1.get(1).sweepDegrees()).isCloseTo(90.0, within(1e-9));
    assertThat(ring1.get(1).startDegrees()).isCloseTo(270.0, within(1e-9));
  }

  @Test
  void coloursFollowTheCoverage() throws Exception {
    ConcentricCircle small = ConcentricCircle.of(smallStreet());
    Map<String, String> fill = new TreeMap<>();
    for (Element p : paths(parse(small.svg(Metric.COVERAGE)))) {
      fill.put(p.getAttribute("data-unit"), p.getAttribute("fill"));
    }
    // A: 2 of 3 households reached (66.7%): the 60-80% band; B: 1 of 1: the top band
    assertThat(fill).containsEntry("a", "#fc8d59").containsEntry("a-g", "#fc8d59")
        .containsEntry("a-b", "#fc8d59").containsEntry("b", "#1a9850")
        .containsEntry("b-b", "#1a9850");
    // in the sample every fill is the band of the value HierarchySummary gives
    HierarchySummary summary = HierarchySummary.of(sample, HierarchyIndex.of(sample));
    for (Element p : paths(parse(circle.svg(Metric.COVERAGE)))) {
      HierarchySummary.Coverage c = summary.coverage(UnitId.of(p.getAttribute("data-unit")));
      Optional<Double> share = c.total() == 0 ? Optional.empty()
          : Optional.of((double) c.covered() / c.total());
      assertThat(p.getAttribute("fill")).isEqualTo(ColorScale.colour(share));
      assertThat(p.getAttribute("fill")).isEqualTo("#1a9850");
    }
  }

  @Test
  void rateColoursFollowTheRatesAndVary() throws Exception {
    for (Metric m : List.of(Metric.RESPONSE, Metric.RESOLUTION, Metric.SATISFACTION)) {
      List<Element> paths = paths(parse(circle.svg(m)));
      for (Element p : paths) {
        String value = p.getAttribute("data-value");
        String expected = value.equals("none") ? ColorScale.NO_DATA
            : ColorScale.band(Double.parseDouble(value)).colour();
        assertThat(p.getAttribute("fill")).as(m + " " + p.getAttribute("data-unit"))
            .isEqualTo(expected);
      }
      assertThat(paths.stream().filter(p -> p.getAttribute("data-ring").equals("2"))
          .map(p -> p.getAttribute("fill")).distinct().count()).as(m.name()).isGreaterThan(1);
    }
    Segment first = circle.segments(Metric.SATISFACTION).get(0);
    assertThat(first.denominator()).isPositive();
    assertThat(first.colour()).isEqualTo(ColorScale.band(first.value().orElseThrow()).colour());
  }

  @Test
  void withoutWorkOrdersOnlyCoverageIsDrawn() {
    ConcentricCircle small = ConcentricCircle.of(smallStreet());
    assertThat(small.metrics()).containsExactly(Metric.COVERAGE);
    assertThatThrownBy(() -> small.segments(Metric.RESPONSE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no work orders");
  }

  @Test
  void hoverTitlesAreInChinese() throws Exception {
    Element first = paths(parse(circle.svg(Metric.COVERAGE))).get(0);
    String title = first.getElementsByTagNameNS(SVG, "title").item(0).getTextContent();
    assertThat(title).startsWith("丁官路社区（社区）\n户数 ").contains("党员中心户联系覆盖率")
        .endsWith("（100.0%）");
  }

  @Test
  void percentagesRoundHalfUpAsTheLibraryDoes() throws Exception {
    ConcentricCircle small = ConcentricCircle.of(smallStreet());
    Map<String, String> titles = new TreeMap<>();
    for (Element p : paths(parse(small.svg(Metric.COVERAGE)))) {
      titles.put(p.getAttribute("data-unit"),
          p.getElementsByTagNameNS(SVG, "title").item(0).getTextContent());
    }
    // A: 2 of 3 households reached is 66.666...%: 66.7% as Rate.percent() gives it, not 66.6%
    assertThat(titles.get("a")).endsWith("2/3（66.7%）");
    assertThat(small.html()).contains("66.7%").doesNotContain("66.6%");
  }

  @Test
  void pageIsSelfContainedWithLegendAndTables() {
    String html = circle.html();
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http:").doesNotContain("https:").doesNotContain("src=")
        .doesNotContain("href=").doesNotContain("<script").doesNotContain("@import");
    assertThat(html).contains("95% 及以上", "低于 60%", "无数据", "各层级单位 Units per tier",
        "第1环 Ring 1：社区村级 community", "第2环 Ring 2：网格级 grid", "丁官路社区第一网格",
        "响应率 response");
  }

  @Test
  void emptyDatasetSaysThereIsNothingToDraw() throws Exception {
    ConcentricCircle empty = ConcentricCircle.of(GovernanceDataset.empty());
    assertThat(empty.rings()).isZero();
    assertThat(empty.segments(Metric.COVERAGE)).isEmpty();
    assertThat(empty.html()).contains("没有可画的单位");
    parse(empty.html());
  }
}
