package id.go.malangkota.ejkn.deactivation;

import static id.go.malangkota.ejkn.support.Vars.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The deactivation API as the demo users: validation, conflicts, who may file, and a whole deactivation. */
@EjknIntegrationTest
class DeactivationApiIT {

  static final String PANDANWANGI = "35.73.01.1006";
  @Autowired TestRestTemplate rest;
  @Autowired Journey journey;
  @Autowired JdbcTemplate jdbc;

  TestRestTemplate as(String user) {
    return journey.as(user);
  }

  long stored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_deactivation", Long.class)
        + jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_open_candidate", Long.class);
  }

  /** A fresh NIK of a woman born on that date, active and city-funded at the simulator. */
  String activeCityFunded(String birthDate, String name) {
    String nik = TestFamilies.nik(birthDate, true);
    rest.put("/bpjs-simulator/peserta/" + nik, SimulatedPeserta.of(nik, name, birthDate, true, "PBI (APBD)"));
    return nik;
  }

  static Map<String, Object> request(String nik, String reason, Map<String, Boolean> documents) {
    Map<String, Object> r = new HashMap<>();
    r.put("kelurahanCode", PANDANWANGI);
    r.put("nik", nik);
    r.put("reason", reason);
    r.put("note", "Dilaporkan oleh ketua RT 03");
    if (documents != null) {
      r.put("documents", documents);
    }
    return r;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyInvalidFieldIsReportedAtOnceInIndonesianAndNothingIsStored() {
    Map<String, Object> r = new HashMap<>();
    r.put("kelurahanCode", "35.73.09.9999");
    r.put("nik", "3573");
    r.put("reason", "BOSAN");
    r.put("note", "x".repeat(1001));
    r.put("email", "bukan-surel");
    r.put("documents", Map.of("suratCinta", true));
    long before = stored();
    ResponseEntity<Map> response = as("pandanwangi").postForEntity("/api/deactivations", r, Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("code")).isEqualTo("VALIDATION_FAILED");
    List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("kelurahanCode", "nik", "reason",
        "note", "email", "documents.suratCinta");
    assertThat(errors).extracting(e -> e.get("message")).contains("NIK harus 16 angka.",
        "Kode kelurahan tidak dikenal di Kota Malang.");
    // a kelurahan officer files for the own kelurahan without naming it; whoever acts for none must name it
    ResponseEntity<Map> empty = as("pandanwangi").postForEntity("/api/deactivations", Map.of(), Map.class);
    assertThat((List<Map<String, String>>) empty.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("nik", "reason");
    ResponseEntity<Map> emptyAdmin = as("admin").postForEntity("/api/deactivations", Map.of(), Map.class);
    assertThat(emptyAdmin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) emptyAdmin.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("kelurahanCode", "nik", "reason");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPersonWithAnOpenRegistrationCannotBeDeactivatedAtTheSameTime() {
    Map<String, Object> family = TestFamilies.twoMemberFamily(PANDANWANGI);
    assertThat(as("pandanwangi").postForEntity("/api/applications", family, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    String nik = ((List<Map<String, Object>>) family.get("members")).get(0).get("nik").toString();
    long before = stored();
    ResponseEntity<Map> r = as("pandanwangi").postForEntity("/api/deactivations", request(nik, "MOVED_OUT", null),
        Map.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(r.getBody().get("code")).isEqualTo("CANDIDATE_HAS_OPEN_APPLICATION");
    assertThat(r.getBody().get("message").toString()).contains("masih memiliki permohonan kepesertaan");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aSecondDeactivationOfTheSamePersonIsA409AndTheOpenOneBlocksARegistrationToo() {
    String nik = activeCityFunded("1990-07-14", "RINA MARLINA");
    ResponseEntity<Map> first = as("pandanwangi").postForEntity("/api/deactivations",
        request(nik, "MOVED_OUT", Map.of("movingLetter", true)), Map.class);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody().get("status")).isEqualTo("IN_PROGRESS");
    assertThat(first.getBody().get("id").toString()).matches("JKN-\\d{4}-\\d{6}");
    ResponseEntity<Map> again = as("pandanwangi").postForEntity("/api/deactivations",
        request(nik, "DUPLICATE", Map.of("duplicateEvidence", true)), Map.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("message").toString()).contains("permohonan penonaktifan", first.getBody().get("id")
        .toString());
    Map<String, Object> family = TestFamilies.application(PANDANWANGI, List.of(
        TestFamilies.member(nik, "Rina Marlina", "1990-07-14", "KEPALA_KELUARGA", true)));
    assertThat(as("pandanwangi").postForEntity("/api/applications", family, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void missingEvidenceIsAnsweredAt201WithTheListAndAnAbsentDocumentListIsTakenAsHandedIn() {
    String nik = activeCityFunded("1982-02-03", "DEWI SARTIKA");
    ResponseEntity<Map> missing = as("pandanwangi").postForEntity("/api/deactivations",
        request(nik, "FORMAL_WORKER", Map.of("employmentEvidence", false)), Map.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(missing.getBody().get("status")).isEqualTo("STOPPED_MISSING_DOCUMENTS");
    assertThat(missing.getBody().get("missingDocuments").toString()).contains("Bukti bekerja");
    ResponseEntity<Map> contractOnly = as("pandanwangi").postForEntity("/api/deactivations",
        request(nik, "FORMAL_WORKER", null), Map.class);
    assertThat(contractOnly.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(contractOnly.getBody().get("status")).isEqualTo("IN_PROGRESS");
    assertThat(contractOnly.getBody().get("evidenceDeclared")).isEqualTo(false);
  }

  @Test
  void onlyTheOwnKelurahanFilesVerifiersCannotAndAnonymousIsRefused() {
    String nik = TestFamilies.nik("1970-01-05", false);
    long before = stored();
    ResponseEntity<Map> other = as("arjosari").postForEntity("/api/deactivations", request(nik, "DECEASED", null),
        Map.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(other.getBody().get("code")).isEqualTo("KELURAHAN_NOT_YOURS");
    for (String verifier : List.of("dispendukcapil", "dinsos", "disnaker", "kadinkes", "auditor")) {
      assertThat(as(verifier).postForEntity("/api/deactivations", request(nik, "DECEASED", null), Map.class)
          .getStatusCode()).as(verifier).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.postForEntity("/api/deactivations", request(nik, "DECEASED", null), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(stored()).isEqualTo(before);
  }

  static String recipients(MimeMessage m) {
    try {
      return GreenMailUtil.getAddressList(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aDeceasedMemberIsDeactivatedEndToEndAndTheKelurahanIsToldRespectfully() throws Exception {
    String nik = activeCityFunded("1948-05-17", "SITI AMINAH");
    Map<String, Object> body = request(nik, "DECEASED", Map.of("deathCertificate", true));
    body.put("email", "keluarga.aminah@example.id");
    ResponseEntity<Map> created = as("pandanwangi").postForEntity("/api/deactivations", body, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().get("id").toString();
    String pid = created.getBody().get("processInstanceId").toString();

    Map<String, Object> verify = journey.awaitTask("dispendukcapil", pid, "verifyDeactivation");
    assertThat(journey.tasks("dinsos", pid)).isEmpty();
    assertThat(journey.tasks("pandanwangi", pid)).isEmpty();
    journey.complete("dispendukcapil", verify, Map.of("verificationDecision", string("APPROVE"),
        "verificationNote", string("Akta kematian terdaftar di SIAK")));
    Map<String, Object> sign = journey.awaitTask("kadinkes", pid, "signDeactivation");
    journey.complete("kadinkes", sign, Map.of("signDecision", string("APPROVE")));

    Map<String, Object> done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
        () -> as("pandanwangi").getForEntity("/api/deactivations/" + number, Map.class).getBody(),
        b -> "COMPLETED".equals(b.get("status")));
    assertThat(done.get("outcome")).isEqualTo("DEACTIVATED");
    assertThat(as("arjosari").getForEntity("/api/deactivations/" + number, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> peserta = rest.getForEntity("/bpjs-simulator/peserta/" + nik, Map.class).getBody();
    assertThat(((Map<String, Object>) peserta.get("statusPeserta")).get("kode")).isNotEqualTo("0");

    MimeMessage[] mails = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(
            TestInfrastructure.greenMail().getReceivedMessages())
        .filter(m -> recipients(m).contains("pandanwangi@demo.ejkn.malangkota.go.id"))
        .filter(m -> subject(m).contains(number))
        .toArray(MimeMessage[]::new), a -> a.length > 0);
    assertThat(mails[0].getSubject()).contains("Turut berduka cita");
    assertThat(recipients(mails[0])).contains("keluarga.aminah@example.id");
    String text = GreenMailUtil.getBody(mails[0]);
    assertThat(text).contains("Siti Aminah").doesNotContain(nik);
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject() == null ? "" : m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
