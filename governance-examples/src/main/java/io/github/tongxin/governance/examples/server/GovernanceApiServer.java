package io.github.tongxin.governance.examples.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.identifier.PersonalData;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.HierarchySummary;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;

/**
 * Example 5: Tongxin embedded in a service, a small HTTP JSON API on the JDK's built-in server
 * ({@code com.sun.net.httpserver}), without a framework.
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>answer</th></tr>
 *   <tr><td>{@code POST /validate[?asOf=YYYY-MM-DD]}, body: a dataset in JSON</td>
 *       <td>the validation report of the posted dataset, findings outside the caller's scope
 *       left out</td></tr>
 *   <tr><td>{@code GET /units/{id}/path}</td><td>the unit and its ancestors up to the root, in
 *       the server's dataset</td></tr>
 *   <tr><td>{@code GET /units/{id}/summary}</td><td>units per tier, party members and
 *       central-household coverage of the unit's subtree</td></tr>
 * </table>
 *
 * <p><b>Scope.</b> Every request carries {@value #SCOPE_HEADER}: the id of the unit whose
 * jurisdiction the caller works in (a street office, a community). The server trusts it: put the
 * server behind a gateway that authenticates callers and sets the header, and never expose it
 * directly. A request without it is refused (403) unless the server was started with
 * {@code allowUnscoped}, when it sees the whole dataset. Units outside the scope are answered as
 * if they did not exist (404), so a caller cannot probe for them; a scope the server does not
 * know is refused (403). For {@code /validate} the scope must be a unit of the posted dataset;
 * findings are kept when a record they concern lies in the scope ({@link FindingScope}).
 *
 * <p><b>Errors</b> are JSON objects {@code {"error": code, "zh": ..., "en": ...}} with a message
 * in Chinese and English: 400 for a body that is not a dataset or a bad {@code asOf}, 403, 404,
 * 405 for a wrong method, 413 for a body over the limit, 415 for a body that is not JSON, 422
 * for a validation with more than {@value #MAX_FINDINGS_IN_ANSWER} findings (counts only), 500
 * for anything unexpected and 503 when the server ran out of memory (without internals). Every
 * message masks citizen ID and mobile numbers it quotes, as the findings do; no {@code Error}
 * leaves a request without an answer.
 *
 * <p><b>Slow clients.</b> {@value #WORKERS} worker threads and a request time limit ({@value
 * #REQUEST_SECONDS_PROPERTY}, {@value #REQUEST_SECONDS} s unless set): a few clients that send
 * their headers byte by byte, or not at all, hold a worker each until the limit closes them, and
 * the others keep answering.
 *
 * <p>The hierarchy questions are answered by a {@link HierarchyIndex} and a
 * {@link HierarchySummary} built once when the server starts.
 */
public final class GovernanceApiServer implements AutoCloseable {

  /** The request header naming the caller's scope unit. */
  public static final String SCOPE_HEADER = "X-Tongxin-Scope";

  private static final java.util.regex.Pattern JAVA_NAME =
      java.util.regex.Pattern.compile("(?:[a-z][\\w]*\\.)+([A-Z]\\w*)(?:\\$\\w+)*");

  /** The default largest request body, 16 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

  /**
   * The most findings a {@code POST /validate} answer lists: 20,000 (some 10 MB of JSON). A
   * dataset with more is answered 422 with the counts by severity and no list, rather than with
   * an answer larger than the worker's heap.
   */
  public static final int MAX_FINDINGS_IN_ANSWER = 20_000;

  /**
   * The worker threads: 64. A connection being read holds one, so a few slow or stalled
   * clients cannot take them all; {@value #REQUEST_SECONDS_PROPERTY} frees those that stall.
   */
  public static final int WORKERS = 64;

  /** Requests waiting for a worker beyond which new connections are refused: 1,024. */
  public static final int QUEUE = 1024;

  /**
   * The JDK server's limit on the time a request may take to arrive, in seconds: a connection
   * that has not sent its whole request within it is closed (slowloris). Set to {@value
   * #REQUEST_SECONDS} when the property is not set before the first server of the process
   * starts; the JDK reads it once.
   */
  public static final String REQUEST_SECONDS_PROPERTY = "sun.net.httpserver.maxReqTime";

  /** The default of {@value #REQUEST_SECONDS_PROPERTY}: 10 seconds. */
  public static final int REQUEST_SECONDS = 10;

  private static final LocalDate EARLIEST_AS_OF = LocalDate.of(1900, 1, 1);
  private static final LocalDate LATEST_AS_OF = LocalDate.of(9999, 12, 31);

  static {
    if (System.getProperty(REQUEST_SECONDS_PROPERTY) == null) {
      System.setProperty(REQUEST_SECONDS_PROPERTY, String.valueOf(REQUEST_SECONDS));
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final GovernanceDataset dataset;
  private final HierarchyIndex index;
  private final HierarchySummary summary;
  private final DatasetValidator validator;
  private final int maxBodyBytes;
  private final boolean allowUnscoped;

  private GovernanceApiServer(GovernanceDataset dataset, InetSocketAddress address,
      DatasetValidator validator, int maxBodyBytes, boolean allowUnscoped) throws IOException {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.index = HierarchyIndex.of(dataset);
    this.summary = HierarchySummary.of(dataset, index);
    this.validator = Objects.requireNonNull(validator, "validator");
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
    this.allowUnscoped = allowUnscoped;
    this.server = HttpServer.create(address, 0);
    AtomicInteger workers = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(QUEUE), r -> {
          Thread t = new Thread(r, "tongxin-api-" + workers.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts a server on an address.
   *
   * @param dataset the dataset the {@code /units} endpoints answer about
   * @param address where to listen; port 0 picks a free port
   * @param validator the validator of {@code POST /validate}, e.g. {@link StandardRules#validator()}
   * @param maxBodyBytes the largest request body accepted, positive
   * @param allowUnscoped whether a request without {@value #SCOPE_HEADER} sees everything (for
   *     trying it out) rather than being refused
   * @return the running server
   * @throws IOException when the address cannot be bound
   */
  public static GovernanceApiServer start(GovernanceDataset dataset, InetSocketAddress address,
      DatasetValidator validator, int maxBodyBytes, boolean allowUnscoped) throws IOException {
    return new GovernanceApiServer(dataset, address, validator, maxBodyBytes, allowUnscoped);
  }

  /** Returns the port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops the server at once and its worker threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---------------------------------------------------------------- routing

  /** An answer: a status and a JSON body. */
  private record Reply(int status, Object body) {
    /**
     * Returns an error answer; citizen ID and mobile numbers in the messages (the caller's own
     * input quoted back) are masked as the report masks them.
     */
    static Reply error(int status, String code, String zh, String en) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", code);
      body.put("zh", PersonalData.mask(zh));
      body.put("en", PersonalData.mask(en));
      return new Reply(status, body);
    }

    static Reply internal() {
      return error(500, "internal", "服务器内部错误", "internal server error");
    }

    static Reply outOfMemory() {
      return error(503, "out-of-memory", "服务器内存不足，请稍后重试或提交较小的数据集",
          "the server ran out of memory; retry later or post a smaller dataset");
    }
  }

  /**
   * Answers every request, whatever happens while answering it: an exception or an {@link
   * Error} (an {@link OutOfMemoryError} included) becomes a small JSON error answer, never a
   * connection left waiting. The answer is made whole before its status line is sent.
   */
  private void handle(HttpExchange exchange) {
    try {
      Reply reply;
      try {
        reply = route(exchange);
      } catch (OutOfMemoryError e) {
        reply = Reply.outOfMemory();
      } catch (RuntimeException | Error | IOException e) {
        reply = Reply.internal();
      }
      drain(exchange);
      byte[] bytes;
      try {
        bytes = GovernanceJson.mapper().writeValueAsBytes(reply.body());
      } catch (OutOfMemoryError e) {
        reply = Reply.outOfMemory();
        bytes = GovernanceJson.mapper().writeValueAsBytes(reply.body());
      }
      send(exchange, reply, bytes);
    } catch (IOException | RuntimeException | Error e) {
      // the client went away, or not even an error answer could be made: close the exchange
    } finally {
      exchange.close();
    }
  }

  private void send(HttpExchange exchange, Reply reply, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (reply.status() == 405) {
      exchange.getResponseHeaders().set("Allow",
          exchange.getRequestURI().getPath().equals("/validate") ? "POST" : "GET");
    }
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Reads and drops what is left of the request body, at most the body limit, so that a client
   * still sending a refused request (no scope, wrong method) receives the answer rather than a
   * reset connection. A body over the limit is left: the JDK's server then closes the
   * connection, so a huge body costs little.
   */
  private void drain(HttpExchange exchange) {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] buffer = new byte[8192];
      long left = maxBodyBytes;
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      // already closed after reading, or the client went away: nothing to drain
    }
  }

  private Reply route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/validate")) {
      return method.equals("POST") ? validate(exchange) : notAllowed(method);
    }
    String[] parts = path.split("/", -1);
    if (parts.length == 4 && parts[0].isEmpty() && parts[1].equals("units")
        && (parts[3].equals("path") || parts[3].equals("summary"))) {
      if (!method.equals("GET")) {
        return notAllowed(method);
      }
      Optional<UnitId> scope;
      String header = exchange.getRequestHeaders().getFirst(SCOPE_HEADER);
      if (header == null) {
        if (!allowUnscoped) {
          return missingScope();
        }
        scope = Optional.empty();
      } else {
        scope = unitId(header).filter(index::contains);
        if (scope.isEmpty()) {
          return unknownScope(header);
        }
      }
      Optional<UnitId> unit = unitId(parts[2])
          .filter(index::contains)
          .filter(u -> scope.map(s -> index.inScope(s, u)).orElse(true));
      if (unit.isEmpty()) {
        return Reply.error(404, "unit-not-found", "找不到单位 " + parts[2] + "，或不在您的辖区内",
            "no unit " + parts[2] + " in your scope");
      }
      return parts[3].equals("path") ? path(unit.get()) : summary(unit.get());
    }
    return Reply.error(404, "not-found", "没有这个接口：" + method + " " + path,
        "no such endpoint: " + method + " " + path);
  }

  private static Reply notAllowed(String method) {
    return Reply.error(405, "method-not-allowed", "此接口不支持 " + method + " 方法",
        "method " + method + " is not allowed here");
  }

  private static Reply missingScope() {
    return Reply.error(403, "scope-missing", "缺少 " + SCOPE_HEADER + " 请求头（调用方所辖单位）",
        "the " + SCOPE_HEADER + " header (the caller's unit) is missing");
  }

  private static Reply unknownScope(String header) {
    return Reply.error(403, "scope-unknown", "辖区单位 " + header + " 不存在",
        "the scope unit " + header + " is not known");
  }

  private static Optional<UnitId> unitId(String text) {
    try {
      return Optional.of(UnitId.of(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- GET /units/{id}/...

  private Map<String, Object> unitJson(UnitId id) {
    Unit u = index.unit(id).orElseThrow();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", u.id().value());
    m.put("name", u.name());
    m.put("kind", u.kind().name());
    m.put("tier", u.tier().name());
    m.put("tierZh", u.tier().zh());
    u.divisionCode().ifPresent(c -> m.put("divisionCode", c));
    return m;
  }

  private Reply path(UnitId id) {
    List<UnitId> up = index.pathToRoot(id);
    List<Object> path = new ArrayList<>();
    for (int i = up.size() - 1; i >= 0; i--) {
      path.add(unitJson(up.get(i)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unit", id.value());
    body.put("path", path);
    return new Reply(200, body);
  }

  private Reply summary(UnitId id) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unit", unitJson(id));
    body.put("children", index.children(id).size());
    Map<String, Integer> perTier = new LinkedHashMap<>();
    for (Tier t : Tier.values()) {
      int n = index.count(id, t);
      if (n > 0) {
        perTier.put(t.name(), n);
      }
    }
    body.put("unitsPerTier", perTier);
    HierarchySummary.MemberCount own = summary.members(id);
    HierarchySummary.MemberCount all = summary.membersInSubtree(id);
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("own", members(own));
    members.put("subtree", members(all));
    body.put("partyMembers", members);
    HierarchySummary.Coverage c = summary.coverage(id);
    Map<String, Object> coverage = new LinkedHashMap<>();
    coverage.put("covered", c.covered());
    coverage.put("households", c.total());
    if (c.ratio().isPresent()) {
      coverage.put("ratio", Math.round(c.ratio().getAsDouble() * 10000) / 10000.0);
    }
    body.put("centralHouseholdCoverage", coverage);
    return new Reply(200, body);
  }

  private static Map<String, Integer> members(HierarchySummary.MemberCount count) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("full", count.full());
    m.put("probationary", count.probationary());
    return m;
  }

  // ---------------------------------------------------------------- POST /validate

  private Reply validate(HttpExchange exchange) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return Reply.error(415, "unsupported-media-type", "请求体须为 JSON（application/json），收到 "
          + type, "the body must be JSON (application/json), not " + type);
    }
    String header = exchange.getRequestHeaders().getFirst(SCOPE_HEADER);
    if (header == null && !allowUnscoped) {
      return missingScope();
    }
    LocalDate asOf = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    String query = Optional.ofNullable(exchange.getRequestURI().getQuery()).orElse("");
    for (String pair : query.split("&")) {
      if (pair.startsWith("asOf=")) {
        String text = pair.substring(5);
        try {
          asOf = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          asOf = null;
        }
        if (asOf == null || asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF)) {
          return Reply.error(400, "bad-as-of",
              "asOf 须为 1900-01-01 至 9999-12-31 之间 YYYY-MM-DD 格式的日期：" + text,
              "asOf must be a date as YYYY-MM-DD from 1900-01-01 to 9999-12-31: " + text);
        }
      }
    }
    Optional<byte[]> body = readBody(exchange);
    if (body.isEmpty()) {
      return Reply.error(413, "body-too-large", "请求体超过 " + maxBodyBytes + " 字节的上限",
          "the body is larger than the limit of " + maxBodyBytes + " bytes");
    }
    GovernanceDataset posted;
    try {
      posted = GovernanceJson.mapper().readValue(body.get(), GovernanceDataset.class);
    } catch (JacksonException e) {
      String why = describe(e);
      return Reply.error(400, "bad-json", "请求体不是有效的数据集 JSON：" + why,
          "the body is not a valid dataset in JSON: " + why);
    }
    HierarchyIndex postedIndex = HierarchyIndex.of(posted);
    Optional<UnitId> scope =
        header == null ? Optional.empty() : unitId(header).filter(postedIndex::contains);
    if (header != null) {
      if (scope.isEmpty()) {
        return Reply.error(403, "scope-not-in-dataset", "辖区单位 " + header + " 不在提交的数据集中",
            "the scope unit " + header + " is not in the posted dataset");
      }
    }
    ValidationReport report = validator.validate(posted, asOf);
    FindingScope placement = new FindingScope(posted, postedIndex);
    List<Finding> visible = report.findings().stream()
        .filter(f -> scope.map(s -> placement.isVisible(f, s)).orElse(true))
        .toList();
    if (visible.size() > MAX_FINDINGS_IN_ANSWER) {
      Map<String, Object> refusal = reportJson(scope, asOf, report, List.of());
      refusal.put("counts", counts(visible));
      refusal.remove("findings");
      refusal.remove("valid");
      refusal.put("error", "too-many-findings");
      refusal.put("zh", "发现 " + visible.size() + " 个问题，超过一次应答可列出的 "
          + MAX_FINDINGS_IN_ANSWER + " 个；请分批提交数据集，或用 tongxin validate 校验");
      refusal.put("en", visible.size() + " findings, more than the " + MAX_FINDINGS_IN_ANSWER
          + " an answer lists; post the dataset in parts, or validate it with tongxin validate");
      return new Reply(422, refusal);
    }
    return new Reply(200, reportJson(scope, asOf, report, visible));
  }

  /**
   * Describes a JSON error for the caller: the parser's message without its internal source
   * description, the line and column, and the property path in the dataset (e.g.
   * {@code units[2].name}), never a Java class name.
   */
  static String describe(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage())
        .replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "");
    // io.github...ImmutableGovernanceDataset$Json becomes GovernanceDataset
    message = JAVA_NAME.matcher(message).replaceAll(m -> {
      String simple = m.group(1);
      simple = simple.startsWith("Immutable") ? simple.substring("Immutable".length()) : simple;
      return java.util.regex.Matcher.quoteReplacement(simple);
    }).replaceAll("\\s+", " ").strip();
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    StringBuilder out = new StringBuilder(message);
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      out.append(" (line ").append(e.getLocation().getLineNr()).append(", column ")
          .append(e.getLocation().getColumnNr());
      out.append(path.length() == 0 ? ")" : ", at " + path + ")");
    } else if (path.length() > 0) {
      out.append(" (at ").append(path).append(')');
    }
    return out.toString();
  }

  /** Reads the body, or answers empty when it is larger than the limit. */
  private Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > maxBodyBytes) {
          return Optional.empty();
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(maxBodyBytes + 1); // a chunked body may not say its length
      return bytes.length > maxBodyBytes ? Optional.empty() : Optional.of(bytes);
    }
  }

  private static Map<String, Object> reportJson(Optional<UnitId> scope, LocalDate asOf,
      ValidationReport report, List<Finding> visible) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("scope", scope.map(UnitId::value).orElse(null));
    body.put("asOf", asOf.toString());
    body.put("rules", report.rules().size());
    body.put("valid", visible.stream().noneMatch(f -> f.severity() == Severity.ERROR));
    body.put("counts", counts(visible));
    List<Object> findings = new ArrayList<>();
    for (Finding found : visible) {
      Finding f = found.masked(); // whatever the validator's disclosure: an answer leaves here
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", f.ruleId());
      m.put("severity", f.severity().name());
      m.put("subjects", f.subjects().stream().map(s -> s.value()).toList());
      f.location().ifPresent(l -> m.put("location", l.toString()));
      f.property().ifPresent(p -> m.put("property", p));
      m.put("zh", f.zh());
      m.put("en", f.en());
      m.put("source", f.source());
      findings.add(m);
    }
    body.put("findings", findings);
    return body;
  }

  private static Map<Severity, Long> counts(List<Finding> findings) {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, findings.stream().filter(f -> f.severity() == s).count());
    }
    return counts;
  }

  // ---------------------------------------------------------------- main

  /**
   * Starts serving the bundled sample (湓浦街道 of Xunyang) on 127.0.0.1, scope required, and
   * prints how to call it.
   *
   * @param port the port; 0 picks a free one
   * @param out where to print the address and example calls
   * @return the running server; close it to stop
   * @throws IOException when the port cannot be bound
   */
  public static GovernanceApiServer serveSample(int port, PrintStream out) throws IOException {
    GovernanceApiServer api = start(XunyangSample.bundled(),
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), StandardRules.validator(),
        DEFAULT_MAX_BODY_BYTES, false);
    String base = "http://127.0.0.1:" + api.port();
    out.println("Tongxin API on " + base + " (the bundled sample; Ctrl-C stops it)");
    out.println("  curl -H '" + SCOPE_HEADER + ": 360403002' " + base + "/units/360403002001/path");
    out.println("  curl -H '" + SCOPE_HEADER + ": 360403002001' " + base
        + "/units/360403002001/summary");
    out.println("  curl -H '" + SCOPE_HEADER + ": 360403002001' -H 'Content-Type: application/json'"
        + " --data-binary @dataset.json '" + base + "/validate?asOf=2026-03-31'");
    return api;
  }

  /**
   * Serves the bundled sample on 127.0.0.1 until the process is stopped.
   *
   * @param args the port, optional (default 8080; 0 picks a free one)
   * @throws IOException when the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    // Bean Validation logs through JBoss Logging, which would pick the Log4j API that the jar
    // carries for POI and complain that it has no provider; the JDK's logging is enough here.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    GovernanceApiServer api =
        serveSample(port, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    Runtime.getRuntime().addShutdownHook(new Thread(api::close));
  }
}
