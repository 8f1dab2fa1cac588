package id.go.malangkota.ejkn.bpjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.bpjs.crypto.BpjsCipher;
import id.go.malangkota.ejkn.bpjs.crypto.BpjsSignature;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * One signed call to a BPJS bridging service, as BPJS requires it: the four headers, the envelope checked, the
 * {@code response} decrypted with the key of the timestamp that was sent. Failures are classified into
 * {@link BpjsRefusedException} (don't retry) and {@link BpjsUnavailableException} (retry later); the latter is
 * retried here a few times with back-off because a BPJS hiccup usually lasts seconds.
 *
 * <p>The URL of a look-up contains a NIK, so nothing here logs or keeps a URL or an underlying exception message;
 * callers pass a masked description of the call for the logs.
 */
public class BpjsHttp {

  private static final Logger log = LoggerFactory.getLogger(BpjsHttp.class);
  private static final Pattern LONG_DIGITS = Pattern.compile("\\d{8,}");

  private final BpjsProperties properties;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final RestClient restClient;

  private final MeterRegistry meters;

  public BpjsHttp(BpjsProperties properties, ObjectMapper mapper, Clock clock) {
    this(properties, mapper, clock, new SimpleMeterRegistry());
  }

  /** @param meters where every call that failed (after the client's own retry) is counted by its stable code */
  public BpjsHttp(BpjsProperties properties, ObjectMapper mapper, Clock clock, MeterRegistry meters) {
    this.meters = meters;
    for (BpjsErrorCode code : BpjsErrorCode.values()) {
      // every code from zero, so a dashboard's rate() sees the first failure
      meters.counter("ejkn.bpjs.failures", "code", code.code());
    }
    this.properties = properties;
    this.mapper = mapper;
    this.clock = clock;
    HttpClient httpClient = HttpClient.newBuilder()
        .connectTimeout(properties.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
    factory.setReadTimeout(properties.readTimeout());
    this.restClient = RestClient.builder().requestFactory(factory).build();
  }

  public BpjsAnswer get(String url, String description) {
    return withRetry(HttpMethod.GET, url, null, description);
  }

  public BpjsAnswer post(String url, String jsonBody, String description) {
    return withRetry(HttpMethod.POST, url, jsonBody, description);
  }

  private BpjsAnswer withRetry(HttpMethod method, String url, String body, String description) {
    requireConfigured();
    int maxAttempts = Math.max(1, properties.retry().maxAttempts());
    Duration pause = properties.retry().backoff();
    for (int attempt = 1; ; attempt++) {
      try {
        BpjsAnswer answer = once(method, url, body);
        log.debug("BPJS {} {} -> metaData {}", method, description, answer.code());
        return answer;
      } catch (BpjsUnavailableException e) {
        if (attempt >= maxAttempts) {
          log.warn("BPJS {} {} gagal ({}), percobaan {}/{}; diserahkan ke proses", method, description, e.code(),
              attempt, maxAttempts);
          throw counted(e);
        }
        log.info("BPJS {} {} gagal ({}), percobaan {}/{}; diulang dalam {} ms", method, description, e.code(),
            attempt, maxAttempts, pause.toMillis());
        sleep(pause);
        pause = pause.multipliedBy(2);
      } catch (BpjsRefusedException e) {
        log.warn("BPJS {} {} ditolak ({}, metaData {})", method, description, e.code(), e.bpjsCode());
        throw counted(e);
      }
    }
  }

  /** {@code ejkn_bpjs_failures_total{code}}: what an operator watches to see BPJS misbehave before incidents pile up. */
  private <E extends BpjsException> E counted(E failure) {
    meters.counter("ejkn.bpjs.failures", "code", failure.code()).increment();
    return failure;
  }

  private void requireConfigured() {
    boolean missingCredentials = blank(properties.consId()) || blank(properties.secret()) || blank(properties.userKey());
    boolean noServer = properties.usesEmbeddedSimulator() && !properties.simulator().enabled();
    if (missingCredentials || noServer) {
      throw new BpjsRefusedException(BpjsErrorCode.NOT_CONFIGURED, null, null);
    }
  }

  private record Raw(int status, String body) {}

  private BpjsAnswer once(HttpMethod method, String url, String body) {
    String consId = properties.consId();
    String secret = properties.secret();
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    Raw raw;
    try {
      RestClient.RequestBodySpec request = restClient.method(method)
          .uri(URI.create(url))
          .header("X-cons-id", consId)
          .header("X-timestamp", timestamp)
          .header("X-signature", BpjsSignature.sign(consId, secret, timestamp))
          .header("user_key", properties.userKey())
          .accept(MediaType.APPLICATION_JSON);
      if (body != null) {
        request = request.contentType(MediaType.APPLICATION_JSON).body(body);
      }
      raw = request.exchange((req, resp) -> new Raw(resp.getStatusCode().value(),
          new String(resp.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
    } catch (RestClientException e) {
      throw transportFailure(e);
    }
    return interpret(raw, consId, secret, timestamp);
  }

  /** Keeps the root cause (its message has no URL) but not Spring's wrapper, whose message has the URL. */
  private static BpjsUnavailableException transportFailure(RestClientException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      if (root instanceof HttpTimeoutException || root instanceof ConnectException) {
        break;
      }
    }
    Throwable cause = root instanceof IOException && !(root instanceof RestClientException)
        ? new IOException(root.getClass().getSimpleName()) : null;
    if (root instanceof HttpConnectTimeoutException || root instanceof ConnectException) {
      return new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, "tidak tersambung", null, cause);
    }
    if (root instanceof HttpTimeoutException) {
      return new BpjsUnavailableException(BpjsErrorCode.TIMEOUT, null, null, cause);
    }
    return new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, root.getClass().getSimpleName(), null, cause);
  }

  private BpjsAnswer interpret(Raw raw, String consId, String secret, String timestamp) {
    int status = raw.status();
    if (status == 401 || status == 403) {
      throw new BpjsRefusedException(BpjsErrorCode.REFUSED, "HTTP " + status, Integer.toString(status));
    }
    if (status >= 500 || status == 429 || status == 408) {
      throw new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, "HTTP " + status, Integer.toString(status), null);
    }
    if (status < 200 || status >= 300) {
      throw new BpjsRefusedException(BpjsErrorCode.REJECTED, "HTTP " + status, Integer.toString(status));
    }
    JsonNode envelope;
    try {
      envelope = mapper.readTree(raw.body());
    } catch (IOException e) {
      throw invalid("bukan JSON");
    }
    JsonNode meta = envelope == null ? null : envelope.get("metaData");
    if (meta == null || !meta.isObject() || meta.get("code") == null || meta.get("code").isNull()) {
      throw invalid("tanpa metaData.code");
    }
    String code = meta.get("code").asText().trim();
    String message = meta.hasNonNull("message") ? meta.get("message").asText() : "";
    if (code.equals("401") || code.equals("403")) {
      throw new BpjsRefusedException(BpjsErrorCode.REFUSED, "metaData " + code + ": " + scrub(message), code);
    }
    if (code.startsWith("5")) {
      throw new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, "metaData " + code, code, null);
    }
    JsonNode response = envelope.get("response");
    if (response == null || response.isNull() || !BpjsCodes.META_OK.equals(code)) {
      return new BpjsAnswer(code, message, null);
    }
    if (!response.isTextual()) {
      throw invalid("response tidak terenkripsi");
    }
    String json;
    try {
      json = BpjsCipher.decryptResponse(response.asText(), consId, secret, timestamp);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
    try {
      return new BpjsAnswer(code, message, mapper.readTree(json));
    } catch (IOException e) {
      throw invalid("isi response bukan JSON");
    }
  }

  private static BpjsUnavailableException invalid(String detail) {
    return new BpjsUnavailableException(BpjsErrorCode.INVALID_RESPONSE, detail, null, null);
  }

  /** BPJS messages sometimes echo a card number or NIK; they go into incidents, so long digit runs are masked. */
  static String scrub(String message) {
    if (message == null) {
      return "";
    }
    String m = LONG_DIGITS.matcher(message).replaceAll(r -> Masking.nik(r.group()));
    return m.length() > 200 ? m.substring(0, 200) : m;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, "dihentikan", null, null);
    }
  }
}
