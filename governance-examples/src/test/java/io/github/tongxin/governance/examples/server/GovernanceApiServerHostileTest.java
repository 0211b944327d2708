package io.github.tongxin.governance.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.validation.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP example under hostile clients (issue 17), over real loopback sockets: slow and stalled
 * connections, errors in a handler, answers too large to make, and personal numbers the caller
 * sent coming back in an error.
 */
class GovernanceApiServerHostileTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final InetSocketAddress LOOPBACK =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  private record Answer(int status, JsonNode json, String body) {}

  private static Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(request,
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), GovernanceJson.mapper().readTree(r.body()), r.body());
  }

  private static HttpRequest post(GovernanceApiServer server, String path, byte[] body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  private static GovernanceApiServer unscoped(DatasetValidator validator) throws IOException {
    return GovernanceApiServer.start(XunyangSample.bundled(), LOOPBACK, validator,
        GovernanceApiServer.DEFAULT_MAX_BODY_BYTES, true);
  }

  private static final byte[] SMALL = """
      {"units": [{"id": "C", "kind": "COMMUNITY", "name": "社区"}]}"""
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void fiftyStalledConnectionsDoNotKeepANormalRequestWaiting() throws Exception {
    try (GovernanceApiServer server = unscoped(StandardRules.validator())) {
      HttpRequest normal = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
          + "/units/360403002001/path")).timeout(Duration.ofSeconds(1)).build();
      assertThat(send(normal).status()).isEqualTo(200); // the client is warm
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 50; i++) {
          Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
          // a request line and half a header, then nothing: slowloris
          s.getOutputStream().write(("GET /units/360403002001/path HTTP/1.1\r\nHost: 127.0.0.1"
              + "\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
          stalled.add(s);
        }
        Thread.sleep(200); // let the server hand them to workers
        // the timeout is the assertion: an answer within a second
        Answer a = send(normal);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("unit").asString()).isEqualTo("360403002001");

        // a stalled connection is closed by the server after the request time limit
        Socket first = stalled.get(0);
        first.setSoTimeout((GovernanceApiServer.REQUEST_SECONDS + 20) * 1000);
        int read;
        try (InputStream in = first.getInputStream()) {
          read = in.read();
        } catch (SocketException reset) {
          read = -1;
        } catch (SocketTimeoutException e) {
          read = -2;
        }
        assertThat(read).as("the server closed the stalled connection").isEqualTo(-1);
      } finally {
        for (Socket s : stalled) {
          s.close();
        }
      }
    }
  }

  /** A rule that fails with an error, as a rule out of memory would. */
  private static DatasetValidator failingWith(Supplier<Error> error) {
    return DatasetValidator.builder().ruleSet(RuleSet.of(new BaseRule("test.fails", "失败",
        "fails", "test", Severity.ERROR) {
      @Override
      public void check(RuleContext context) {
        throw error.get();
      }
    })).build();
  }

  @Test
  void anErrorInAHandlerIsAnsweredNeverLeftHanging() throws Exception {
    try (GovernanceApiServer oom = unscoped(failingWith(() -> new OutOfMemoryError("test")));
        GovernanceApiServer deep = unscoped(failingWith(StackOverflowError::new))) {
      Answer a = send(post(oom, "/validate", SMALL));
      assertThat(a.status()).isEqualTo(503);
      assertThat(a.json().get("error").asString()).isEqualTo("out-of-memory");
      assertThat(a.body()).doesNotContain("OutOfMemoryError", "java.");
      Answer b = send(post(deep, "/validate", SMALL));
      assertThat(b.status()).isEqualTo(500);
      assertThat(b.body()).isEqualTo(
          "{\"error\":\"internal\",\"zh\":\"服务器内部错误\",\"en\":\"internal server error\"}");
      // the workers survived: the next request is answered
      assertThat(send(post(oom, "/validate", SMALL)).status()).isEqualTo(503);
    }
  }

  @Test
  void aValidationWithMoreFindingsThanAnAnswerListsIsRefusedWithItsCounts() throws Exception {
    // 20,001 households, none kept in touch with: a finding each, more than an answer lists
    GovernanceDataset.Builder b = GovernanceDataset.builder()
        .addUnits(Unit.of(UnitId.of("C"), UnitKind.COMMUNITY, "社区", null))
        .addUnits(Unit.of(UnitId.of("G"), UnitKind.GRID, "网格", UnitId.of("C")));
    int households = GovernanceApiServer.MAX_FINDINGS_IN_ANSWER + 1;
    for (int i = 0; i < households; i++) {
      b.addUnits(Unit.of(UnitId.of("H" + i), UnitKind.HOUSEHOLD, i + "户", UnitId.of("G")));
    }
    byte[] body = GovernanceJson.mapper().writeValueAsBytes(b.build());
    try (GovernanceApiServer server = unscoped(StandardRules.validator())) {
      Answer a = send(post(server, "/validate?asOf=2026-11-26", body));
      assertThat(a.status()).isEqualTo(422);
      assertThat(a.json().get("error").asString()).isEqualTo("too-many-findings");
      assertThat(a.json().has("findings")).isFalse();
      assertThat(a.json().get("counts").get("WARNING").asLong()).isGreaterThan(households - 1);
      assertThat(a.json().get("en").asString()).endsWith("post the dataset in parts, or "
          + "validate it with tongxin validate");
    }
  }

  @Test
  void errorAnswersMaskTheNumbersTheCallerSentAndAFarDayIsACleanBadRequest() throws Exception {
    try (GovernanceApiServer server = unscoped(StandardRules.validator())) {
      // a property named by an ID number, with a mobile number as its value
      byte[] bad = """
          {"units": [{"id": "C", "kind": "COMMUNITY", "name": "社区",
            "110105199001011234": "13812345678"}]}""".getBytes(StandardCharsets.UTF_8);
      Answer a = send(post(server, "/validate", bad));
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.body()).contains("110105********1234")
          .doesNotContain("110105199001011234", "13812345678");

      Answer unit = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
          + "/units/110105199001011234/path")).build());
      assertThat(unit.status()).isEqualTo(404);
      assertThat(unit.body()).doesNotContain("110105199001011234");

      Answer far = send(post(server, "/validate?asOf=+999999999-12-31", SMALL));
      assertThat(far.status()).isEqualTo(400);
      assertThat(far.json().get("en").asString()).isEqualTo(
          "asOf must be a date as YYYY-MM-DD from 1900-01-01 to 9999-12-31: +999999999-12-31");
      assertThat(far.body()).doesNotContain("DateTimeException", "java.");
    }
  }
}
