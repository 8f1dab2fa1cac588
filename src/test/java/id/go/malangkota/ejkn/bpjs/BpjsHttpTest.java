package id.go.malangkota.ejkn.bpjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.go.malangkota.ejkn.bpjs.crypto.BpjsCipher;
import id.go.malangkota.ejkn.bpjs.crypto.BpjsSignature;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification of what a BPJS server can answer, against a bare local HTTP server. */
class BpjsHttpTest {

  private HttpServer server;
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicReference<String> body = new AtomicReference<>("");
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicReference<String> lastTimestamp = new AtomicReference<>();
  private final AtomicReference<String> lastSignature = new AtomicReference<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      calls.incrementAndGet();
      lastTimestamp.set(exchange.getRequestHeaders().getFirst("X-timestamp"));
      lastSignature.set(exchange.getRequestHeaders().getFirst("X-signature"));
      byte[] bytes = body.get().replace("${ts}", lastTimestamp.get() == null ? "" : lastTimestamp.get())
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status.get(), bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private BpjsHttp http(String baseUrl, boolean simulatorEnabled, int attempts) {
    BpjsProperties p = new BpjsProperties(baseUrl, "10001", "ejkn-demo-secret", "ejkn-demo-user-key",
        Duration.ofSeconds(1), Duration.ofSeconds(1), new BpjsProperties.Retry(attempts, Duration.ofMillis(10)),
        new BpjsProperties.Simulator(simulatorEnabled, "x", Duration.ZERO, Duration.ofMinutes(5)),
        new BpjsProperties.Submission("simulator", null, null));
    return new BpjsHttp(p, new ObjectMapper(), Clock.systemUTC());
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/vclaim-rest/x";
  }

  private BpjsException failure(int httpStatus, String responseBody) {
    status.set(httpStatus);
    body.set(responseBody);
    try {
      http(url(), false, 1).get(url(), "test");
    } catch (BpjsException e) {
      return e;
    }
    throw new AssertionError("no failure");
  }

  @Test
  void signsEveryRequestWithTheTimestampItSends() {
    body.set("{\"metaData\":{\"code\":\"201\",\"message\":\"Peserta Tidak Ditemukan\"},\"response\":null}");
    BpjsAnswer answer = http(url(), false, 1).get(url(), "test");
    assertThat(answer.notFound()).isTrue();
    assertThat(lastSignature.get()).isEqualTo(BpjsSignature.sign("10001", "ejkn-demo-secret", lastTimestamp.get()));
    assertThat(Long.parseLong(lastTimestamp.get())).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(5L));
  }

  @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "401|unauthorized|BPJS_REFUSED",
      "403|forbidden|BPJS_REFUSED",
      "404|<html>not found</html>|BPJS_REJECTED",
      "500|<html>Runtime Error</html>|BPJS_UNAVAILABLE",
      "502|bad gateway|BPJS_UNAVAILABLE",
      "429|slow down|BPJS_UNAVAILABLE",
      "200|<html>maintenance</html>|BPJS_INVALID_RESPONSE",
      "200|{\"hello\":1}|BPJS_INVALID_RESPONSE",
      "200|{\"metaData\":{\"code\":\"200\",\"message\":\"OK\"},\"response\":{\"peserta\":{}}}|BPJS_INVALID_RESPONSE",
      "200|{\"metaData\":{\"code\":\"200\",\"message\":\"OK\"},\"response\":\"AAAA\"}|BPJS_INVALID_RESPONSE",
      "200|{\"metaData\":{\"code\":\"401\",\"message\":\"Authentication failed\"},\"response\":null}|BPJS_REFUSED",
      "200|{\"metaData\":{\"code\":\"500\",\"message\":\"Internal error\"},\"response\":null}|BPJS_UNAVAILABLE"})
  void classifies(int httpStatus, String responseBody, String code) {
    BpjsException e = failure(httpStatus, responseBody);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.retryable()).isEqualTo(e instanceof BpjsUnavailableException);
  }

  @Test
  void decryptsAnOkAnswerWithTheKeyOfItsOwnTimestamp() {
    // the server can only encrypt once it knows the timestamp: prepare a body per request
    server.removeContext("/");
    server.createContext("/", exchange -> {
      String ts = exchange.getRequestHeaders().getFirst("X-timestamp");
      String enc = BpjsCipher.encryptResponse("{\"peserta\":{\"nama\":\"Ünal 李\"}}", "10001", "ejkn-demo-secret", ts);
      byte[] bytes = ("{\"metaData\":{\"code\":\"200\",\"message\":\"OK\"},\"response\":\"" + enc + "\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    BpjsAnswer answer = http(url(), false, 1).get(url(), "test");
    assertThat(answer.ok()).isTrue();
    assertThat(answer.response().at("/peserta/nama").asText()).isEqualTo("Ünal 李");
  }

  @Test
  void retriesUnavailableButNotRefused() {
    status.set(503);
    body.set("down");
    assertThatThrownBy(() -> http(url(), false, 3).get(url(), "test")).isInstanceOf(BpjsUnavailableException.class);
    assertThat(calls.get()).isEqualTo(3);

    calls.set(0);
    status.set(401);
    assertThatThrownBy(() -> http(url(), false, 3).get(url(), "test")).isInstanceOf(BpjsRefusedException.class);
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void nobodyListeningIsUnavailable() {
    String closed = url();
    server.stop(0);
    assertThatThrownBy(() -> http(closed, false, 1).get(closed, "test"))
        .isInstanceOfSatisfying(BpjsUnavailableException.class, e -> assertThat(e.code()).isEqualTo("BPJS_UNAVAILABLE"));
  }

  @Test
  void withoutBaseUrlAndWithoutSimulatorItIsNotConfigured() {
    assertThatThrownBy(() -> http(null, false, 1).get(url(), "test"))
        .isInstanceOfSatisfying(BpjsRefusedException.class,
            e -> assertThat(e.code()).isEqualTo("BPJS_NOT_CONFIGURED"));
    assertThat(calls.get()).isZero();
  }

  @Test
  void messagesFromBpjsAreScrubbedOfNumbers() {
    BpjsException e = failure(200,
        "{\"metaData\":{\"code\":\"401\",\"message\":\"Kartu 0001357300002 ditolak\"},\"response\":null}");
    assertThat(e.getMessage()).doesNotContain("0001357300002").contains("0001*****0002");
  }
}
