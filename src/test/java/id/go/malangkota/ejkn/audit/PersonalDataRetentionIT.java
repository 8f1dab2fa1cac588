package id.go.malangkota.ejkn.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
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

/** UU 27/2022: who read a person's data is kept for the auditor; our own tables forget people with their history. */
@EjknIntegrationTest
class PersonalDataRetentionIT {

  @Autowired TestRestTemplate rest;
  @Autowired Journey journey;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataRetention retention;

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  String file() {
    return as("pandanwangi").postForEntity("/api/applications", TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class)
        .getBody().get("id").toString();
  }

  String upload(String number) {
    return journey.upload("pandanwangi", number, "KTP", "ktp.pdf").getBody().get("id").toString();
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyReadOfAPersonsDataIsLoggedForTheAuditorOnly() {
    String number = file();
    String document = upload(number);
    assertThat(as("pandanwangi").getForEntity("/api/applications/" + number, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("pandanwangi").getForEntity("/api/applications/" + number + "/documents/" + document, byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("pandanwangi").getForEntity("/api/applications/" + number + "/receipt", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("auditor").getForEntity("/api/audit/applications/" + number, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // masked for the process owner: not a read of personal data
    assertThat(as("pemilik-proses").getForEntity("/api/audit/applications/" + number, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<List> log = as("auditor").getForEntity("/api/audit/applications/" + number + "/access-log", List.class);
    assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> rows = log.getBody();
    assertThat(rows).extracting(r -> r.get("userId") + ":" + r.get("kind"))
        .contains("pandanwangi:APPLICATION", "pandanwangi:DOCUMENT", "pandanwangi:RECEIPT", "auditor:AUDIT_TRAIL")
        .doesNotContain("pemilik-proses:AUDIT_TRAIL");
    assertThat(rows).filteredOn(r -> "DOCUMENT".equals(r.get("kind"))).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("detail", "KTP: ktp.pdf").containsEntry("kindLabel", "Dokumen pindaian"));
    for (String user : List.of("pandanwangi", "pemilik-proses", "dinsos")) {
      assertThat(as(user).getForEntity("/api/audit/applications/" + number + "/access-log", String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void applicationsScansAndLogsAreForgottenWithTheirHistoryAndNotBefore() {
    String old = file();
    upload(old);
    as("pandanwangi").getForEntity("/api/applications/" + old, Map.class);
    String recent = file();
    upload(recent);
    Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(3651)));
    // as if it had ended ten years ago (the processes themselves cannot be aged in a test)
    jdbc.update("UPDATE ejkn_application SET ended_at = ? WHERE application_number = ?", longAgo, old);
    jdbc.update("UPDATE ejkn_application SET ended_at = ? WHERE application_number = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(30))), recent);
    jdbc.update("UPDATE ejkn_personal_data_access SET accessed_at = ? WHERE subject = ?", longAgo, old);

    PersonalDataRetention.Purged purged = retention.purge();
    assertThat(purged.applications()).isGreaterThanOrEqualTo(1);
    assertThat(purged.documents()).isGreaterThanOrEqualTo(1);
    for (String table : List.of("ejkn_application", "ejkn_application_member", "ejkn_document", "ejkn_open_candidate")) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE application_number = ?", Long.class, old))
          .as(table + " of the old application").isZero();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE application_number = ?", Long.class, recent))
          .as(table + " of the recent application")
          .isEqualTo(table.equals("ejkn_open_candidate") ? 2L : table.equals("ejkn_application_member") ? 2L : 1L);
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_personal_data_access WHERE subject = ?", Long.class, old)).isZero();
    assertThat(retention.purge().applications()).as("nothing left to forget").isZero();
  }
}
