package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.bpjs.Participant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register of deactivation requests ({@code ejkn_deactivation}) and the only code that touches it, written in the
 * engine's transaction like the application register. The open-request guard itself is the shared
 * {@code ejkn_open_candidate} table ({@link id.go.malangkota.ejkn.application.ApplicationRegister}).
 */
@Repository
public class DeactivationRegistry {

  private final JdbcTemplate jdbc;
  private final Clock clock = Clock.systemUTC();

  public DeactivationRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A registered deactivation request and what became of it. */
  public record Deactivation(String number, String processInstanceId, String kelurahanCode, String nik, String reason,
      String note, String email, Set<String> documents, String participantName, LocalDate participantBirthDate,
      String bpjsStatus, String bpjsSegment, String cardNumber, String fktpName, String careClass, String verifiers,
      String verificationDecision, String verificationReason, String verificationNote, String verifiedBy,
      String signedBy, String outcome, String outcomeText, String createdBy, Instant createdAt) {

    /** False when the request named no evidence at all (an API client that sends only the contract fields). */
    public boolean evidenceDeclared() {
      return documents != null;
    }
  }

  private static final String COLUMNS = "application_number, process_instance_id, kelurahan_code, nik, reason, note, "
      + "email, documents, participant_name, participant_birth_date, bpjs_status, bpjs_segment, card_number, fktp_name, "
      + "care_class, verifiers, verification_decision, verification_reason, verification_note, verified_by, signed_by, "
      + "outcome, outcome_text, created_by, created_at";

  public void record(String number, String processInstanceId, DeactivationRequest d, String createdBy) {
    String documents = d.documents() == null ? null : String.join(",", d.documents().entrySet().stream()
        .filter(e -> Boolean.TRUE.equals(e.getValue())).map(java.util.Map.Entry::getKey).toList());
    jdbc.update("INSERT INTO ejkn_deactivation (application_number, process_instance_id, kelurahan_code, nik, reason, "
            + "evidence_declared, note, email, documents, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        number, processInstanceId, d.kelurahanCode(), d.nik(), d.reason(), d.documents() != null, d.note(), d.email(),
        documents, createdBy, new Timestamp(clock.millis()));
  }

  public Optional<Deactivation> find(String numberOrProcessInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM ejkn_deactivation WHERE application_number = ? "
            + "OR process_instance_id = ?", (rs, i) -> row(rs), numberOrProcessInstanceId, numberOrProcessInstanceId)
        .stream().findFirst();
  }

  public Deactivation get(String number) {
    return find(number).orElseThrow(() -> new IllegalStateException("deactivation " + number + " is not registered"));
  }

  public void recordParticipant(String number, Participant p) {
    jdbc.update("UPDATE ejkn_deactivation SET participant_name = ?, participant_birth_date = ?, bpjs_status = ?, "
            + "bpjs_segment = ?, card_number = ?, fktp_name = ?, care_class = ? WHERE application_number = ?",
        p.name(), p.birthDate(), p.status().name(), p.segment().name(), p.cardNumber(),
        p.fktp() == null ? null : p.fktp().name(), p.careClass() == null ? null : p.careClass().name(), number);
  }

  public void recordVerifiers(String number, String verifierLabels) {
    jdbc.update("UPDATE ejkn_deactivation SET verifiers = ?, verification_decision = NULL, verification_reason = NULL, "
        + "verification_note = NULL, verified_by = NULL WHERE application_number = ?", verifierLabels, number);
  }

  public void recordVerification(String number, String decision, String reason, String note, String verifiedBy) {
    jdbc.update("UPDATE ejkn_deactivation SET verification_decision = ?, verification_reason = ?, verification_note = ?, "
        + "verified_by = ? WHERE application_number = ?", decision, reason, cut(note), verifiedBy, number);
  }

  public void recordSignature(String number, String signedBy) {
    jdbc.update("UPDATE ejkn_deactivation SET signed_by = ? WHERE application_number = ?", signedBy, number);
  }

  public void recordOutcome(String number, String outcome, String text) {
    jdbc.update("UPDATE ejkn_deactivation SET outcome = ?, outcome_text = ? WHERE application_number = ?", outcome,
        cut(text), number);
  }

  private static String cut(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
  }

  private static Deactivation row(ResultSet rs) throws SQLException {
    String docs = rs.getString(8);
    Set<String> documents = docs == null ? null
        : docs.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(docs.split(",")));
    return new Deactivation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), documents, rs.getString(9),
        rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(), rs.getString(11), rs.getString(12),
        rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
        rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(24),
        rs.getTimestamp(25) == null ? null : rs.getTimestamp(25).toInstant());
  }

  /** The request's process instance ended (called in the same transaction as the end). */
  public void markEnded(String processInstanceId, java.time.Instant endedAt) {
    jdbc.update("UPDATE ejkn_deactivation SET ended_at = ? WHERE process_instance_id = ?",
        java.sql.Timestamp.from(endedAt), processInstanceId);
  }

  /** Forgets requests that ended before {@code cutoff} (UU 27/2022); returns how many. */
  public int purgeEndedBefore(java.time.Instant cutoff) {
    return jdbc.update("DELETE FROM ejkn_deactivation WHERE ended_at < ?", java.sql.Timestamp.from(cutoff));
  }

}
