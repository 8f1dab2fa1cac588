package id.go.malangkota.ejkn.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.kpi.FinishedApplication;
import id.go.malangkota.ejkn.kpi.OnApplicationFinished;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The NIKs a finished application was about (candidates, other members of the KK, the submitter), so that an
 * auditor can find it by NIK. Open applications are found through the open-candidate register instead.
 */
@Component
public class PersonIndex implements OnApplicationFinished {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  public PersonIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void finished(FinishedApplication app) {
    jdbc.update("DELETE FROM ejkn_application_person WHERE application_number = ?", app.applicationNumber());
    for (Map.Entry<String, String> e : people(app.applicationJson()).entrySet()) {
      jdbc.update("INSERT INTO ejkn_application_person (application_number, nik, role) VALUES (?, ?, ?)",
          app.applicationNumber(), e.getKey(), e.getValue());
    }
  }

  /** NIK → role (a candidate who also submitted is a CANDIDATE). */
  Map<String, String> people(String applicationJson) {
    Map<String, String> out = new LinkedHashMap<>();
    if (applicationJson == null) {
      return out;
    }
    try {
      JsonNode a = json.readTree(applicationJson);
      for (JsonNode m : a.path("members")) {
        String nik = m.path("nik").asText("");
        if (nik.matches("\\d{16}")) {
          out.put(nik, m.path("candidate").asBoolean(false) ? "CANDIDATE" : "MEMBER");
        }
      }
      String by = a.path("submittedBy").path("nik").asText("");
      if (by.matches("\\d{16}")) {
        out.putIfAbsent(by, "SUBMITTER");
      }
    } catch (Exception e) {
      throw new IllegalStateException("application is not JSON", e);
    }
    return out;
  }

  /** Application numbers that concern that NIK, open or finished. */
  public List<String> applicationsOf(String nik) {
    return jdbc.queryForList("SELECT application_number FROM ejkn_application_person WHERE nik = ? "
        + "UNION SELECT application_number FROM ejkn_open_candidate WHERE nik = ?", String.class, nik, nik);
  }
}
