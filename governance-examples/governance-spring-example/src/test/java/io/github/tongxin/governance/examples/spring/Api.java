package io.github.tongxin.governance.examples.spring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client of the running application, as an integrator's would be. */
final class Api {

  /** A file of a multipart upload. */
  record Part(String name, String fileName, byte[] content) {
    static Part file(String fileName, String text) {
      return new Part("files", fileName, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** An answer: status, headers and body as bytes. */
  record Answer(int status, Map<String, List<String>> headers, byte[] bytes) {
    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      return JSON.readTree(bytes);
    }

    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String base;

  Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  String base() {
    return base;
  }

  Answer get(String path, String token) {
    return send(request(path, token).GET());
  }

  Answer postJson(String path, String token, String json) {
    return send(request(path, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer send(String method, String path, String token, Map<String, String> headers,
      byte[] body) {
    HttpRequest.Builder b = request(path, token);
    headers.forEach(b::header);
    return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Answer upload(String path, String token, List<Part> parts) {
    return upload(path, token, parts, Map.of());
  }

  Answer upload(String path, String token, List<Part> parts, Map<String, String> headers) {
    String boundary = "tongxin-test-boundary";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part p : parts) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name()
          + "\"" + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"")
          + "\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(p.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b = request(path, token);
    headers.forEach(b::header);
    return send(b.header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static Answer send(HttpRequest.Builder b) {
    try {
      HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<String> texts(JsonNode array, String member) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(member).asString()));
    return out;
  }
}
