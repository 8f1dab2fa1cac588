package id.go.malangkota.ejkn.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Application numbers, the register of applications and the open-candidate guard. Called inside the engine's
 * transaction (same DataSource, Spring-managed), so a failed start leaves none of these rows behind.
 */
@Repository
public class ApplicationRegistry {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ZoneId zone;

  public ApplicationRegistry(JdbcTemplate jdbc, @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.jdbc = jdbc;
    this.clock = Clock.systemUTC();
    this.zone = ZoneId.of(zone);
  }

  /** The next readable number of this year, e.g. {@code JKN-2026-000123}; gap-free because it is transactional. */
  public String nextApplicationNumber() {
    int year = LocalDate.now(clock.withZone(zone)).getYear();
    if (jdbc.update("UPDATE ejkn_application_sequence SET last_value = last_value + 1 WHERE seq_year = ?", year) == 0) {
      try {
        jdbc.update("INSERT INTO ejkn_application_sequence (seq_year, last_value) VALUES (?, 1)", year);
      } catch (DuplicateKeyException raced) {
        jdbc.update("UPDATE ejkn_application_sequence SET last_value = last_value + 1 WHERE seq_year = ?", year);
      }
    }
    Long value = jdbc.queryForObject("SELECT last_value FROM ejkn_application_sequence WHERE seq_year = ?", Long.class, year);
    return String.format("JKN-%d-%06d", year, value);
  }

  /**
   * Reserves the candidates for this application; refuses if any of them already has an open one. The primary key
   * settles races between two officers entering the same person at the same moment.
   */
  public void reserveCandidates(List<String> niks, String applicationNumber, String processInstanceId, String type) {
    for (String nik : niks) {
      Optional<String> open = openApplicationOf(nik);
      if (open.isPresent()) {
        throw new CandidateAlreadyOpenException(List.of(nik), open.get());
      }
    }
    for (String nik : niks) {
      try {
        jdbc.update("INSERT INTO ejkn_open_candidate (nik, application_number, process_instance_id, request_type) "
            + "VALUES (?, ?, ?, ?)", nik, applicationNumber, processInstanceId, type);
      } catch (DuplicateKeyException e) {
        throw new CandidateAlreadyOpenException(List.of(nik), "permohonan lain");
      }
    }
  }

  public Optional<String> openApplicationOf(String nik) {
    return jdbc.queryForList("SELECT application_number FROM ejkn_open_candidate WHERE nik = ?", String.class, nik)
        .stream().findFirst();
  }

  public void releaseCandidates(String applicationNumber) {
    jdbc.update("DELETE FROM ejkn_open_candidate WHERE application_number = ?", applicationNumber);
  }

  public void record(String applicationNumber, String processInstanceId, ApplicationRequest a, LocalDate applicantBirthDate,
      String createdBy) {
    jdbc.update("INSERT INTO ejkn_application (application_number, process_instance_id, request_type, kelurahan_code, "
            + "family_card_number, applicant_birth_date, submitted_by_relation, created_by, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        applicationNumber, processInstanceId, a.type(), a.kelurahanCode(), a.familyCardNumber(),
        applicantBirthDate, a.submittedBy().relation(), createdBy, new Timestamp(clock.millis()));
  }

  public record ApplicationRow(String applicationNumber, String processInstanceId, String requestType,
      String kelurahanCode, LocalDate applicantBirthDate) {}

  public Optional<ApplicationRow> find(String applicationNumberOrProcessInstanceId) {
    return jdbc.query("SELECT application_number, process_instance_id, request_type, kelurahan_code, applicant_birth_date "
            + "FROM ejkn_application WHERE application_number = ? OR process_instance_id = ?",
        (rs, i) -> new ApplicationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()),
        applicationNumberOrProcessInstanceId, applicationNumberOrProcessInstanceId).stream().findFirst();
  }
}
