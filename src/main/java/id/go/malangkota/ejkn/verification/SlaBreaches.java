package id.go.malangkota.ejkn.verification;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Urgent applications that passed their window (table {@code ejkn_sla_breach}, one row per application). */
@Repository
public class SlaBreaches {

  private final JdbcTemplate jdbc;

  public SlaBreaches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the breach once; false when it was recorded already. */
  public boolean record(String number, String processInstanceId, String kelurahanCode, Instant deadline, Instant now,
      String openSteps) {
    if (breached(number)) {
      return false;
    }
    jdbc.update("INSERT INTO ejkn_sla_breach (application_number, process_instance_id, kelurahan_code, deadline, "
            + "recorded_at, open_steps) VALUES (?, ?, ?, ?, ?, ?)", number, processInstanceId, kelurahanCode,
        Timestamp.from(deadline), Timestamp.from(now), openSteps.length() > 1000 ? openSteps.substring(0, 1000) : openSteps);
    return true;
  }

  public boolean breached(String number) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_sla_breach WHERE application_number = ?", Integer.class,
        number) > 0;
  }
}
