package id.go.malangkota.ejkn.deactivation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register of deactivation requests ({@code ejkn_deactivation}), written in the engine's transaction like the
 * application register. The open-request guard itself is the shared {@code ejkn_open_candidate} table
 * ({@link id.go.malangkota.ejkn.intake.ApplicationRegistry}); its {@code request_type} tells a registration from a
 * deactivation.
 */
@Repository
public class DeactivationRegistry {

  private final JdbcTemplate jdbc;
  private final Clock clock = Clock.systemUTC();

  public DeactivationRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record OpenRequest(String number, String requestType) {}

  public record DeactivationRow(String number, String processInstanceId, String kelurahanCode, String nik,
      String reason) {}

  public Optional<OpenRequest> openRequestOf(String nik) {
    return jdbc.query("SELECT application_number, request_type FROM ejkn_open_candidate WHERE nik = ?",
        (rs, i) -> new OpenRequest(rs.getString(1), rs.getString(2)), nik).stream().findFirst();
  }

  public void record(String number, String processInstanceId, DeactivationRequest d, String createdBy) {
    jdbc.update("INSERT INTO ejkn_deactivation (application_number, process_instance_id, kelurahan_code, nik, reason, "
            + "evidence_declared, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        number, processInstanceId, d.kelurahanCode(), d.nik(), d.reason(), d.documents() != null, createdBy,
        new Timestamp(clock.millis()));
  }

  public Optional<DeactivationRow> find(String numberOrProcessInstanceId) {
    return jdbc.query("SELECT application_number, process_instance_id, kelurahan_code, nik, reason "
            + "FROM ejkn_deactivation WHERE application_number = ? OR process_instance_id = ?",
        (rs, i) -> new DeactivationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5)), numberOrProcessInstanceId, numberOrProcessInstanceId).stream().findFirst();
  }
}
