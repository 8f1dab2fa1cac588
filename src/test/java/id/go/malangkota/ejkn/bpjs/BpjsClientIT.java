package id.go.malangkota.ejkn.bpjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.bpjs.crypto.BpjsCipher;
import id.go.malangkota.ejkn.bpjs.crypto.BpjsSignature;
import id.go.malangkota.ejkn.bpjs.submission.BpjsSubmissionPort;
import id.go.malangkota.ejkn.bpjs.submission.SimulatorSubmissionAdapter;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The client against the embedded simulator over real HTTP, exactly as against BPJS. */
@EjknIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BpjsClientIT {

  @Autowired BpjsClient client;
  @Autowired BpjsProperties properties;
  @Autowired BpjsEndpoints endpoints;
  @Autowired ObjectMapper mapper;
  @Autowired ApplicationContext context;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

  @AfterEach
  void resetSimulator() throws Exception {
    assertThat(send("POST", "/bpjs-simulator/reset", null).statusCode()).isEqualTo(204);
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(nullValues = "-", value = {
      "3573011203750001, ACTIVE,   PBI_APBN, AHMAD FAUZI,           -",
      "3573014508820002, ACTIVE,   PBI_APBD, SITI AMINAH,           -",
      "3573052111880003, ACTIVE,   PPU,      BAMBANG SUTRISNO,      -",
      "3573025701790004, ACTIVE,   PPU,      ENDANG SRI WAHYUNI,    -",
      "3573030206900005, ACTIVE,   PBPU,     DWI ARIYANTO,          0",
      "3573047009850006, INACTIVE, PBPU,     RINA WULANDARI,        400000",
      "3573011404680007, INACTIVE, PBPU,     MOH. SHOLEH,           420000",
      "3573045102920008, ACTIVE,   PBPU,     LESTARI HANDAYANI,     70000",
      "3573054812930009, INACTIVE, PPU,      YULIANTI,              -",
      "3573020107500010, ACTIVE,   BP,       SOEKARDI,              -",
      "5171031506920012, ACTIVE,   PBPU,     KADEK ARYA WIGUNA,     0",
      "3573014305600014, INACTIVE, PBI_APBD, SRI WAHYUNINGSIH,      -"})
  void everySeededStatusAndSegment(String nik, MembershipStatus status, Segment segment, String name,
      BigDecimal arrears) {
    Participant p = client.findByNik(nik, TODAY);
    assertThat(p.status()).isEqualTo(status);
    assertThat(p.segment()).isEqualTo(segment);
    assertThat(p.nik()).isEqualTo(nik);
    assertThat(p.name()).isEqualTo(name);
    assertThat(p.cardNumber()).matches("\\d{13}");
    assertThat(p.fktp().code()).isNotBlank();
    assertThat(p.fktp().name()).satisfiesAnyOf(
        n -> assertThat(n).startsWith("PUSKESMAS"), n -> assertThat(n).startsWith("KLINIK"));
    assertThat(p.arrears()).isEqualTo(arrears);
  }

  @Test
  void fullParticipantByNik() {
    Participant p = client.findByNik("3573014508820002");
    assertThat(p.status()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(p.segment()).isEqualTo(Segment.PBI_APBD);
    assertThat(p.cardNumber()).isEqualTo("0001357300002");
    assertThat(p.birthDate()).isEqualTo(LocalDate.of(1982, 8, 5));
    assertThat(p.sex()).isEqualTo("P");
    assertThat(p.fktp()).isEqualTo(new Fktp("13050101", "PUSKESMAS PANDANWANGI"));
    assertThat(p.careClass()).isEqualTo(new CareClass("3", "KELAS III"));
    assertThat(p.bpjsParticipantType()).isEqualTo("PBI (APBD)");
    assertThat(p.coverageStart()).isEqualTo(LocalDate.of(2021, 3, 1));
  }

  @Test
  void byCardNumber() {
    Participant p = client.findByCardNumber("0001357300006", TODAY);
    assertThat(p.nik()).isEqualTo("3573047009850006");
    assertThat(p.status()).isEqualTo(MembershipStatus.INACTIVE);
    assertThat(p.bpjsStatusText()).isEqualTo("NON AKTIF KARENA PREMI");
    assertThat(p.hasArrears()).isTrue();
  }

  @Test
  void unknownNikAndCardAreNotRegistered() {
    Participant byNik = client.findByNik("3573014101950099", TODAY);
    assertThat(byNik.status()).isEqualTo(MembershipStatus.NOT_REGISTERED);
    assertThat(byNik.segment()).isEqualTo(Segment.NONE);
    assertThat(byNik.nik()).isEqualTo("3573014101950099");
    Participant byCard = client.findByCardNumber("0009999999999", TODAY);
    assertThat(byCard.status()).isEqualTo(MembershipStatus.NOT_REGISTERED);
  }

  @Test
  void participantSetThroughTheControlEndpointIncludingNonAsciiName() throws Exception {
    String nik = "3573016203010041";
    String body = """
        {"nama":"Siti Nurhalizah Ünal 李","noKartu":"0003000000041","tglLahir":"2001-03-22","sex":"P",
         "statusPeserta":{"kode":"0","keterangan":"AKTIF"},"jenisPeserta":{"kode":"14","keterangan":"PBPU"},
         "hakKelas":{"kode":"2","keterangan":"KELAS II"},
         "provUmum":{"kdProvider":"13050501","nmProvider":"PUSKESMAS DINOYO"},"tunggakan":150000}""";
    assertThat(send("PUT", "/bpjs-simulator/peserta/" + nik, body).statusCode()).isEqualTo(200);
    Participant p = client.findByNik(nik, TODAY);
    assertThat(p.name()).isEqualTo("Siti Nurhalizah Ünal 李");
    assertThat(p.segment()).isEqualTo(Segment.PBPU);
    assertThat(p.arrears()).isEqualByComparingTo("150000");
    assertThat(client.findByCardNumber("0003000000041", TODAY).nik()).isEqualTo(nik);

    assertThat(send("DELETE", "/bpjs-simulator/peserta/" + nik, null).statusCode()).isEqualTo(204);
    assertThat(client.findByNik(nik, TODAY).status()).isEqualTo(MembershipStatus.NOT_REGISTERED);
  }

  @Test
  void controlEndpointRejectsAParticipantTheClientCouldNotRead() throws Exception {
    String body = "{\"nama\":\"X\",\"statusPeserta\":{\"kode\":\"0\"},\"jenisPeserta\":{\"keterangan\":\"ALIEN\"}}";
    assertThat(send("PUT", "/bpjs-simulator/peserta/3573016203010042", body).statusCode()).isEqualTo(400);
    assertThat(send("PUT", "/bpjs-simulator/peserta/123", "{}").statusCode()).isEqualTo(400);
  }

  // ---- faults -----------------------------------------------------------------------------------------------

  /** A client like the application's, but with a short read time-out so SLOW needs only a short delay. */
  private BpjsClient impatientClient(String secret) {
    BpjsProperties p = new BpjsProperties(properties.baseUrl(), properties.consId(), secret, properties.userKey(),
        Duration.ofSeconds(2), Duration.ofMillis(500), new BpjsProperties.Retry(2, Duration.ofMillis(50)),
        properties.simulator(), properties.submission());
    return new BpjsClient(new BpjsHttp(p, mapper, Clock.systemUTC()), endpoints, ZoneId.of("Asia/Jakarta"),
        Clock.systemUTC());
  }

  private void fault(String mode, long delayMillis) throws Exception {
    HttpResponse<String> r = send("PUT", "/bpjs-simulator/faults",
        "{\"mode\":\"" + mode + "\",\"delayMillis\":" + delayMillis + "}");
    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void downIsUnavailableAndRetryable() throws Exception {
    fault("DOWN", 0);
    assertThatThrownBy(() -> impatientClient(properties.secret()).findByNik("3573014508820002", TODAY))
        .isInstanceOfSatisfying(BpjsUnavailableException.class, e -> {
          assertThat(e.code()).isEqualTo("BPJS_UNAVAILABLE");
          assertThat(e.bpjsCode()).isEqualTo("503");
          assertThat(e.retryable()).isTrue();
          assertThat(e.getMessage()).doesNotContain("3573014508820002");
        });
  }

  @Test
  void slowIsATimeout() throws Exception {
    fault("SLOW", 1500);
    assertThatThrownBy(() -> impatientClient(properties.secret()).findByNik("3573014508820002", TODAY))
        .isInstanceOfSatisfying(BpjsUnavailableException.class, e -> {
          assertThat(e.code()).isEqualTo("BPJS_TIMEOUT");
          assertThat(e.retryable()).isTrue();
          assertThat(stackTraceOf(e)).doesNotContain("3573014508820002");
        });
  }

  @Test
  void garbageIsAnInvalidResponse() throws Exception {
    fault("GARBAGE", 0);
    assertThatThrownBy(() -> impatientClient(properties.secret()).findByNik("3573014508820002", TODAY))
        .isInstanceOfSatisfying(BpjsUnavailableException.class, e -> {
          assertThat(e.code()).isEqualTo("BPJS_INVALID_RESPONSE");
          assertThat(e.retryable()).isTrue();
        });
  }

  @Test
  void wrongSignatureIsRefusedAndNotRetryable() throws Exception {
    fault("WRONG_SIGNATURE", 0);
    assertThatThrownBy(() -> client.findByNik("3573014508820002", TODAY))
        .isInstanceOfSatisfying(BpjsRefusedException.class, e -> {
          assertThat(e.code()).isEqualTo("BPJS_REFUSED");
          assertThat(e.bpjsCode()).isEqualTo("401");
          assertThat(e.retryable()).isFalse();
        });
  }

  @Test
  void afterAFaultIsClearedTheClientWorksAgain() throws Exception {
    fault("DOWN", 0);
    assertThatThrownBy(() -> impatientClient(properties.secret()).findByNik("3573014508820002", TODAY))
        .isInstanceOf(BpjsUnavailableException.class);
    assertThat(send("DELETE", "/bpjs-simulator/faults", null).statusCode()).isEqualTo(200);
    assertThat(client.findByNik("3573014508820002", TODAY).isActive()).isTrue();
  }

  @Test
  void aClientWithTheWrongSecretIsRefused() {
    assertThatThrownBy(() -> impatientClient("not-the-secret").findByNik("3573014508820002", TODAY))
        .isInstanceOfSatisfying(BpjsRefusedException.class, e -> assertThat(e.code()).isEqualTo("BPJS_REFUSED"));
  }

  @Test
  void unknownFaultModeIsABadRequest() throws Exception {
    assertThat(send("PUT", "/bpjs-simulator/faults", "{\"mode\":\"EXPLODE\"}").statusCode()).isEqualTo(400);
  }

  // ---- the wire protocol, by hand -----------------------------------------------------------------------------

  private HttpResponse<String> signedGet(String path, String consId, String timestamp, String signature,
      String userKey) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("X-cons-id", consId).header("X-timestamp", timestamp).header("X-signature", signature)
        .header("user_key", userKey).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String now() {
    return Long.toString(System.currentTimeMillis() / 1000);
  }

  private static final String PATH = "/bpjs-simulator/vclaim-rest/Peserta/nik/3573014508820002/tglSEP/";

  @Test
  void aCorrectlySignedRawRequestGetsAnEncryptedAnswer() throws Exception {
    String ts = now();
    HttpResponse<String> r = signedGet(PATH + TODAY, "10001", ts, BpjsSignature.sign("10001", "ejkn-demo-secret", ts),
        "ejkn-demo-user-key");
    JsonNode env = mapper.readTree(r.body());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(env.at("/metaData/code").asText()).isEqualTo("200");
    assertThat(r.body()).doesNotContain("SITI AMINAH");
    JsonNode plain = mapper.readTree(
        BpjsCipher.decryptResponse(env.get("response").asText(), "10001", "ejkn-demo-secret", ts));
    assertThat(plain.at("/peserta/nama").asText()).isEqualTo("SITI AMINAH");
    assertThat(plain.at("/peserta/umur/umurSaatPelayanan").asText()).contains("tahun");
  }

  @Test
  void aTamperedSignatureIsRefusedTheWayBpjsDoes() throws Exception {
    String ts = now();
    String good = BpjsSignature.sign("10001", "ejkn-demo-secret", ts);
    String tampered = (good.charAt(0) == 'A' ? "B" : "A") + good.substring(1);
    HttpResponse<String> r = signedGet(PATH + TODAY, "10001", ts, tampered, "ejkn-demo-user-key");
    JsonNode env = mapper.readTree(r.body());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(env.at("/metaData/code").asText()).isEqualTo("401");
    assertThat(env.at("/metaData/message").asText()).contains("signature");
    assertThat(env.get("response").isNull()).isTrue();
  }

  @Test
  void aSignatureForAnotherTimestampIsRefused() throws Exception {
    String ts = now();
    String forOtherTime = BpjsSignature.sign("10001", "ejkn-demo-secret", Long.toString(Long.parseLong(ts) - 1));
    JsonNode env = mapper.readTree(signedGet(PATH + TODAY, "10001", ts, forOtherTime, "ejkn-demo-user-key").body());
    assertThat(env.at("/metaData/code").asText()).isEqualTo("401");
  }

  @Test
  void anOldTimestampIsRefusedEvenWhenCorrectlySigned() throws Exception {
    String old = Long.toString(System.currentTimeMillis() / 1000 - 3600);
    JsonNode env = mapper.readTree(signedGet(PATH + TODAY, "10001", old,
        BpjsSignature.sign("10001", "ejkn-demo-secret", old), "ejkn-demo-user-key").body());
    assertThat(env.at("/metaData/code").asText()).isEqualTo("401");
    assertThat(env.at("/metaData/message").asText()).contains("timestamp");
  }

  @Test
  void aWrongUserKeyIsRefused() throws Exception {
    String ts = now();
    JsonNode env = mapper.readTree(signedGet(PATH + TODAY, "10001", ts,
        BpjsSignature.sign("10001", "ejkn-demo-secret", ts), "someone-elses-key").body());
    assertThat(env.at("/metaData/code").asText()).isEqualTo("401");
  }

  // ---- personal data and wiring --------------------------------------------------------------------------------

  @Test
  void noNikCardNumberOrNameInTheLogs(CapturedOutput output) throws Exception {
    LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    logging.setLogLevel("id.go.malangkota.ejkn.bpjs", LogLevel.DEBUG);
    try {
      client.findByNik("3573014508820002", TODAY);
      client.findByCardNumber("0001357300006", TODAY);
      client.findByNik("3573014101950099", TODAY);
      send("PUT", "/bpjs-simulator/peserta/3573016203010043", """
          {"nama":"DEWI KARTIKA SARI","noKartu":"0003000000043","statusPeserta":{"kode":"0","keterangan":"AKTIF"},
           "jenisPeserta":{"kode":"14","keterangan":"PBPU"}}""");
      client.findByNik("3573016203010043", TODAY);
      fault("DOWN", 0);
      assertThatThrownBy(() -> impatientClient(properties.secret()).findByNik("3573047009850006", TODAY))
          .isInstanceOf(BpjsUnavailableException.class);
    } finally {
      logging.setLogLevel("id.go.malangkota.ejkn.bpjs", null);
    }
    // the look-ups were logged (masked) ...
    assertThat(output.getAll()).contains("3573********0002", "3573********0043");
    // ... and nothing personal in clear
    assertThat(output.getAll()).doesNotContain("3573014508820002", "3573014101950099", "3573016203010043",
        "3573047009850006", "0001357300006", "SITI AMINAH", "DEWI KARTIKA SARI", "RINA WULANDARI");
  }

  @Test
  void theDefaultProfileSubmitsThroughTheSimulator() {
    assertThat(context.getBeansOfType(BpjsSubmissionPort.class).values()).singleElement()
        .isInstanceOf(SimulatorSubmissionAdapter.class);
  }

  private static String stackTraceOf(Throwable e) {
    java.io.StringWriter w = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
