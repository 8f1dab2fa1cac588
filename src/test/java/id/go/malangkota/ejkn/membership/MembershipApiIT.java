package id.go.malangkota.ejkn.membership;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.deactivation.SimulatedPeserta;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cek kepesertaan through the API against the BPJS simulator, as the demo users; every check is audited. */
@EjknIntegrationTest
class MembershipApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  ResponseEntity<Map> check(String user, String nik, String birthDate) {
    return as(user).getForEntity("/api/membership?nik={nik}&birthDate={d}", Map.class, nik, birthDate);
  }

  List<Map<String, Object>> audit(String nik) {
    return jdbc.queryForList("SELECT checked_by, checked_at, result_status, channel, kelurahan_code "
        + "FROM ejkn_membership_check WHERE nik = ? ORDER BY checked_at", nik);
  }

  void assertAudited(String nik, String user, String status) {
    List<Map<String, Object>> rows = audit(nik);
    assertThat(rows).isNotEmpty();
    Map<String, Object> last = rows.get(rows.size() - 1);
    assertThat(last.get("checked_by")).isEqualTo(user);
    assertThat(last.get("result_status")).isEqualTo(status);
    assertThat(last.get("channel")).isEqualTo("API");
    Instant at = ((Timestamp) last.get("checked_at")).toInstant();
    assertThat(Duration.between(at, Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
  }

  @Test
  void anActiveCityFundedMemberHasTheContractFieldsAndIndonesianExtras() {
    String nik = TestFamilies.nik("1979-11-30", true);
    rest.put("/bpjs-simulator/peserta/" + nik, SimulatedPeserta.of(nik, "WULAN SARI", "1979-11-30", true, "PBI (APBD)"));
    ResponseEntity<Map> r = check("pandanwangi", nik, "1979-11-30");
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> b = r.getBody();
    assertThat(b).containsEntry("status", "ACTIVE").containsEntry("segment", "PBI_APBD")
        .containsEntry("fktp", "13050101").containsEntry("fktpName", "PUSKESMAS PANDANWANGI")
        .containsEntry("statusText", "Aktif").containsEntry("suggestedApplication", "NONE");
    assertThat(b.get("cardNumber").toString()).matches("\\d{13}");
    assertThat(b.get("advice").toString()).contains("Sudah aktif sebagai peserta PBI APBD");
    assertAudited(nik, "pandanwangi", "ACTIVE");
  }

  @Test
  void anInactiveMandiriMemberIsPointedToTheSwitch() {
    String nik = TestFamilies.nik("1985-06-09", false);
    rest.put("/bpjs-simulator/peserta/" + nik, SimulatedPeserta.of(nik, "BUDI SANTOSO", "1985-06-09", false, "PBPU"));
    Map<String, Object> b = check("arjosari", nik, "1985-06-09").getBody();
    assertThat(b).containsEntry("status", "INACTIVE").containsEntry("segment", "PBPU")
        .containsEntry("suggestedApplication", "SWITCH_FROM_MANDIRI").containsEntry("statusText", "Tidak aktif");
    assertAudited(nik, "arjosari", "INACTIVE");
  }

  @Test
  void someoneBpjsDoesNotKnowIsNotRegisteredAndMayApplyAsNew() {
    String nik = TestFamilies.nik("2001-12-24", true);
    ResponseEntity<Map> r = check("dinsos", nik, "2001-12-24");
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody()).containsEntry("status", "NOT_REGISTERED").containsEntry("segment", "NONE")
        .containsEntry("cardNumber", null).containsEntry("fktp", null).containsEntry("suggestedApplication", "NEW");
    assertAudited(nik, "dinsos", "NOT_REGISTERED");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBirthDateThatDoesNotMatchTheNikIsA400AndNothingIsLookedUp() {
    String nik = TestFamilies.nik("1990-03-15", false);
    ResponseEntity<Map> r = check("pandanwangi", nik, "1990-03-16");
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().get("code")).isEqualTo("VALIDATION_FAILED");
    List<Map<String, String>> errors = (List<Map<String, String>>) r.getBody().get("errors");
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("birthDate");
      assertThat(e.get("message")).contains("tidak sesuai dengan NIK");
    });
    assertThat(((List<?>) check("pandanwangi", "12", "kemarin").getBody().get("errors"))).hasSize(2);
    assertThat(audit(nik)).isEmpty();
  }

  @Test
  void bpjsDownIsA503WithAClearRetryMessageAndTheAttemptIsAudited() {
    String nik = TestFamilies.nik("1966-08-17", false);
    rest.put("/bpjs-simulator/faults", Map.of("mode", "DOWN"));
    try {
      ResponseEntity<Map> r = check("pandanwangi", nik, "1966-08-17");
      assertThat(r.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(r.getBody().get("code")).isEqualTo("BPJS_UNAVAILABLE");
      assertThat(r.getBody().get("message").toString()).contains("coba lagi");
      assertThat(r.getBody().get("bpjsErrorCode")).isEqualTo("BPJS_UNAVAILABLE");
    } finally {
      rest.delete("/bpjs-simulator/faults");
    }
    assertAudited(nik, "pandanwangi", "BPJS_UNAVAILABLE");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anonymousIs401AuditorsDoNotLookPeopleUpButReadWhoDid() {
    String nik = TestFamilies.nik("1993-10-01", true);
    assertThat(rest.getForEntity("/api/membership?nik=" + nik + "&birthDate=1993-10-01", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(check("auditor", nik, "1993-10-01").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(check("pemilik-proses", nik, "1993-10-01").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(check("disnaker", nik, "1993-10-01").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<List> trail = as("auditor").getForEntity("/api/membership/checks?nik=" + nik, List.class);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) trail.getBody()).singleElement()
        .satisfies(e -> assertThat(e.get("checkedBy")).isEqualTo("disnaker"));
    assertThat(as("pandanwangi").getForEntity("/api/membership/checks?nik=" + nik, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
