package io.github.tongxin.governance.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.sample.DirtySample;
import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.HierarchySummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Talks to the server over loopback, on ephemeral ports, with the JDK's HTTP client. */
class GovernanceApiServerTest {

  private static final String STREET = "360403002";
  private static final String COMMUNITY = "360403002001";
  private static final String OTHER_COMMUNITY = "360403002002";

  private static GovernanceDataset sample;
  private static GovernanceApiServer server;
  private static GovernanceApiServer tiny;
  private static byte[] dirtyJson;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    sample = XunyangSample.bundled();
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    server = GovernanceApiServer.start(sample, loopback, StandardRules.validator(),
        GovernanceApiServer.DEFAULT_MAX_BODY_BYTES, false);
    tiny = GovernanceApiServer.start(sample, loopback, StandardRules.validator(), 1000, false);
    dirtyJson = GovernanceJson.mapper().writeValueAsBytes(DirtySample.bundled());
  }

  @AfterAll
  static void stop() {
    server.close();
    tiny.close();
  }

  private record Answer(int status, JsonNode json, HttpResponse<String> response) {}

  private static Answer send(GovernanceApiServer to, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(request.build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    return new Answer(r.statusCode(), GovernanceJson.mapper().readTree(r.body()), r);
  }

  private static HttpRequest.Builder get(String path, String scope) {
    HttpRequest.Builder b = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + path));
    return scope == null ? b : b.header(GovernanceApiServer.SCOPE_HEADER, scope);
  }

  private static HttpRequest.Builder post(GovernanceApiServer to, String path, String scope,
      byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + to.port() + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return scope == null ? b : b.header(GovernanceApiServer.SCOPE_HEADER, scope);
  }

  @Test
  void pathListsTheUnitsFromTheRootDown() throws Exception {
    Answer a = send(server, get("/units/" + COMMUNITY + "-1/path", STREET));

    assertThat(a.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    a.json().get("path").forEach(n -> ids.add(n.get("id").asString()));
    assertThat(ids).containsExactly("360403", STREET, COMMUNITY, COMMUNITY + "-1");
    assertThat(a.json().get("path").get(2).get("name").asString()).isEqualTo("丁官路社区");
    assertThat(a.json().get("path").get(3).get("tier").asString()).isEqualTo("GRID");
  }

  @Test
  void summaryGivesTheSubtreesCountsAsTheHierarchySummaryHasThem() throws Exception {
    Answer a = send(server, get("/units/" + COMMUNITY + "/summary", COMMUNITY));

    HierarchyIndex index = HierarchyIndex.of(sample);
    HierarchySummary summary = HierarchySummary.of(sample, index);
    UnitId c = UnitId.of(COMMUNITY);
    assertThat(a.status()).isEqualTo(200);
    JsonNode j = a.json();
    assertThat(j.get("unitsPerTier").get("HOUSEHOLD").asInt())
        .isEqualTo(index.count(c, Tier.HOUSEHOLD)).isPositive();
    assertThat(j.get("unitsPerTier").get("GRID").asInt()).isEqualTo(index.count(c, Tier.GRID));
    assertThat(j.get("partyMembers").get("subtree").get("full").asInt())
        .isEqualTo(summary.membersInSubtree(c).full()).isPositive();
    assertThat(j.get("centralHouseholdCoverage").get("covered").asInt())
        .isEqualTo(summary.coverage(c).covered());
    assertThat(j.get("children").asInt()).isEqualTo(index.children(c).size());
  }

  @Test
  void unitsOutsideTheScopeAnswerAsIfTheyDidNotExist() throws Exception {
    Answer sibling = send(server, get("/units/" + OTHER_COMMUNITY + "/path", COMMUNITY));
    Answer above = send(server, get("/units/" + STREET + "/summary", COMMUNITY));
    Answer unknown = send(server, get("/units/no-such-unit/path", COMMUNITY));

    for (Answer a : List.of(sibling, above, unknown)) {
      assertThat(a.status()).isEqualTo(404);
      assertThat(a.json().get("error").asString()).isEqualTo("unit-not-found");
    }
    // The same unit is there for a caller whose scope holds it.
    assertThat(send(server, get("/units/" + OTHER_COMMUNITY + "/path", STREET)).status())
        .isEqualTo(200);
  }

  @Test
  void aMissingOrUnknownScopeIsRefused() throws Exception {
    Answer missing = send(server, get("/units/" + COMMUNITY + "/path", null));
    Answer unknown = send(server, get("/units/" + COMMUNITY + "/path", "360403999"));
    Answer missingOnValidate = send(server, post(server, "/validate", null, dirtyJson));

    assertThat(missing.status()).isEqualTo(403);
    assertThat(missing.json().get("error").asString()).isEqualTo("scope-missing");
    assertThat(missing.json().get("zh").asString()).contains("X-Tongxin-Scope");
    assertThat(unknown.status()).isEqualTo(403);
    assertThat(unknown.json().get("error").asString()).isEqualTo("scope-unknown");
    assertThat(missingOnValidate.status()).isEqualTo(403);
  }

  @Test
  void validateAtTheRootReportsEveryFindingOfTheDirtySample() throws Exception {
    Answer a = send(server, post(server, "/validate?asOf=2026-03-31", "360403", dirtyJson));

    assertThat(a.status()).isEqualTo(200);
    int expected = StandardRules.validator()
        .validate(DirtySample.bundled(), XunyangSample.AS_OF).findings().size();
    assertThat(a.json().get("findings").size()).isEqualTo(expected).isPositive();
    assertThat(a.json().get("valid").asBoolean()).isFalse();
    assertThat(a.json().get("asOf").asString()).isEqualTo("2026-03-31");
  }

  @Test
  void validateShowsACommunityOnlyItsOwnFindings() throws Exception {
    Set<String> root = keys(send(server, post(server, "/validate?asOf=2026-03-31", "360403",
        dirtyJson)));
    Answer mine = send(server, post(server, "/validate?asOf=2026-03-31", COMMUNITY, dirtyJson));
    Answer theirs = send(server, post(server, "/validate?asOf=2026-03-31", OTHER_COMMUNITY,
        dirtyJson));

    Set<String> mineKeys = keys(mine);
    Set<String> theirKeys = keys(theirs);
    assertThat(mineKeys).isNotEmpty().isSubsetOf(root).doesNotContainAnyElementsOf(theirKeys);
    assertThat(theirKeys).isNotEmpty().isSubsetOf(root);
    // At least the findings about a unit of the community, or a work order located in it, are
    // shown: worked out here from the posted data directly.
    GovernanceDataset dirty = DirtySample.bundled();
    HierarchyIndex index = HierarchyIndex.of(dirty);
    Set<String> inside = new HashSet<>();
    dirty.units().stream().filter(u -> index.inScope(UnitId.of(COMMUNITY), u.id()))
        .forEach(u -> inside.add(u.id().value()));
    dirty.workOrders().stream()
        .filter(w -> index.inScope(UnitId.of(COMMUNITY), w.locationUnitId()))
        .forEach(w -> inside.add(w.id().value()));
    List<String> expected = root.stream()
        .filter(k -> java.util.Arrays.stream(k.substring(k.indexOf('[') + 1, k.length() - 1)
            .split(", ")).anyMatch(inside::contains))
        .toList();
    assertThat(expected).isNotEmpty();
    assertThat(mineKeys).containsAll(expected);
    // The sample's ids carry their community's code: every finding shown names this community.
    mine.json().get("findings").forEach(f -> assertThat(f.get("subjects").toString())
        .contains(COMMUNITY));
    // Catalog findings cannot be placed in a community: only the root sees them.
    assertThat(root).anyMatch(k -> k.startsWith("service.catalog.department-missing"));
    assertThat(mineKeys).noneMatch(k -> k.startsWith("service.catalog"));
  }

  private static Set<String> keys(Answer a) {
    assertThat(a.status()).isEqualTo(200);
    Set<String> keys = new HashSet<>();
    a.json().get("findings").forEach(f -> {
      List<String> subjects = new ArrayList<>();
      f.get("subjects").forEach(s -> subjects.add(s.asString()));
      keys.add(f.get("ruleId").asString() + " [" + String.join(", ", subjects) + "]");
    });
    return keys;
  }

  @Test
  void badJsonIsA400InBothLanguages() throws Exception {
    byte[] truncated = "{\"units\": [".getBytes(StandardCharsets.UTF_8);
    byte[] unknownField = "{\"units\": [], \"colour\": \"red\"}".getBytes(StandardCharsets.UTF_8);
    byte[] badId = "{\"units\": [{\"id\": \"a b\", \"kind\": \"GRID\", \"name\": \"x\"}]}"
        .getBytes(StandardCharsets.UTF_8);

    for (byte[] body : List.of(truncated, unknownField, badId)) {
      Answer a = send(server, post(server, "/validate", "360403", body));
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.json().get("error").asString()).isEqualTo("bad-json");
      assertThat(a.json().get("zh").asString()).startsWith("请求体不是有效的数据集 JSON：");
      assertThat(a.json().get("en").asString()).startsWith("the body is not a valid dataset")
          .contains("line 1, column ").doesNotContain("io.github", "Source:", "Immutable");
    }
  }

  @Test
  void aBodyOverTheLimitIsA413WhetherItsLengthIsGivenOrNot() throws Exception {
    byte[] big = new byte[2000];
    java.util.Arrays.fill(big, (byte) ' ');
    Answer withLength = send(tiny, post(tiny, "/validate", "360403", big));
    Answer chunked = send(tiny, HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + tiny.port() + "/validate"))
        .header(GovernanceApiServer.SCOPE_HEADER, "360403")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

    for (Answer a : List.of(withLength, chunked)) {
      assertThat(a.status()).isEqualTo(413);
      assertThat(a.json().get("error").asString()).isEqualTo("body-too-large");
      assertThat(a.json().get("en").asString()).contains("1000 bytes");
    }
    // Under the limit the body is read: an empty dataset, which does not hold the scope unit.
    Answer small = send(tiny, post(tiny, "/validate", "360403",
        "{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(small.status()).isEqualTo(403);
    assertThat(small.json().get("error").asString()).isEqualTo("scope-not-in-dataset");
  }

  @Test
  void wrongMethodsPathsTypesAndDatesAreRefusedWithReasons() throws Exception {
    Answer getValidate = send(server, get("/validate", "360403"));
    Answer postPath = send(server, post(server, "/units/" + COMMUNITY + "/path", COMMUNITY,
        new byte[0]));
    Answer nowhere = send(server, get("/nowhere", "360403"));
    Answer text = send(server, HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/validate"))
        .header(GovernanceApiServer.SCOPE_HEADER, "360403").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("hello")));
    Answer badDate = send(server, post(server, "/validate?asOf=31.03.2026", "360403",
        "{}".getBytes(StandardCharsets.UTF_8)));

    assertThat(getValidate.status()).isEqualTo(405);
    assertThat(getValidate.response().headers().firstValue("Allow")).contains("POST");
    assertThat(postPath.status()).isEqualTo(405);
    assertThat(postPath.response().headers().firstValue("Allow")).contains("GET");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(text.status()).isEqualTo(415);
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("error").asString()).isEqualTo("bad-as-of");
  }

  @Test
  void serveSamplePrintsCallsThatWork() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GovernanceApiServer api = GovernanceApiServer.serveSample(0,
        new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      String out = bytes.toString(StandardCharsets.UTF_8);
      assertThat(out).contains("Tongxin API on http://127.0.0.1:" + api.port());
      String pathCall = out.lines().filter(l -> l.contains("/path")).findFirst().orElseThrow();
      String url = pathCall.substring(pathCall.indexOf("http://"));
      HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
          .header(GovernanceApiServer.SCOPE_HEADER, STREET).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("丁官路社区");
    }
  }
}
