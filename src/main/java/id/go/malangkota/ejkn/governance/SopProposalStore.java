package id.go.malangkota.ejkn.governance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The proposals and their files ({@code ejkn_sop_proposal}, {@code ejkn_sop_proposal_file}). */
@Repository
public class SopProposalStore {

  public enum Status { CHECK_FAILED, AWAITING_APPROVAL, DEPLOYED, REFUSED }

  public record StoredFile(String name, byte[] content, byte[] previous) {}

  public record Row(String id, String description, Status status, String proposedBy, Instant proposedAt,
      List<Finding> findings, List<ModelChanges.Change> changes, String decidedBy, Instant decidedAt,
      String decisionReason, String deploymentId, List<Map<String, Object>> deployedVersions) {}

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public SopProposalStore(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Row row, List<StoredFile> files) {
    jdbc.update("INSERT INTO ejkn_sop_proposal (id, description, status, proposed_by, proposed_at, findings, changes) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?)", row.id(), row.description(), row.status().name(), row.proposedBy(),
        Timestamp.from(row.proposedAt()), write(row.findings()), write(row.changes()));
    int seq = 0;
    for (StoredFile f : files) {
      jdbc.update("INSERT INTO ejkn_sop_proposal_file (proposal_id, seq, file_name, content, previous_content) "
          + "VALUES (?, ?, ?, ?, ?)", row.id(), seq++, f.name(), f.content(), f.previous());
    }
  }

  /** Moves a pending proposal to its decision; false when it was no longer pending (someone decided first). */
  boolean decide(String id, Status status, String by, Instant at, String reason) {
    return jdbc.update("UPDATE ejkn_sop_proposal SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ? "
        + "WHERE id = ? AND status = ?", status.name(), by, Timestamp.from(at), reason, id,
        Status.AWAITING_APPROVAL.name()) == 1;
  }

  void deployed(String id, String deploymentId, List<Map<String, Object>> versions) {
    jdbc.update("UPDATE ejkn_sop_proposal SET deployment_id = ?, deployed_versions = ? WHERE id = ?", deploymentId,
        write(versions), id);
  }

  public Optional<Row> find(String id) {
    return jdbc.query(SELECT + " WHERE id = ?", this::row, id).stream().findFirst();
  }

  public List<Row> list() {
    return jdbc.query(SELECT + " ORDER BY proposed_at DESC, id", this::row);
  }

  public List<StoredFile> files(String id) {
    return jdbc.query("SELECT file_name, content, previous_content FROM ejkn_sop_proposal_file WHERE proposal_id = ? "
        + "ORDER BY seq", (rs, i) -> new StoredFile(rs.getString(1), rs.getBytes(2), rs.getBytes(3)), id);
  }

  private static final String SELECT = "SELECT id, description, status, proposed_by, proposed_at, findings, changes, "
      + "decided_by, decided_at, decision_reason, deployment_id, deployed_versions FROM ejkn_sop_proposal";

  private Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    Timestamp decided = rs.getTimestamp(9);
    String versions = rs.getString(12);
    return new Row(rs.getString(1), rs.getString(2), Status.valueOf(rs.getString(3)), rs.getString(4),
        rs.getTimestamp(5).toInstant(), read(rs.getString(6), new TypeReference<List<Finding>>() {}),
        read(rs.getString(7), new TypeReference<List<ModelChanges.Change>>() {}), rs.getString(8),
        decided == null ? null : decided.toInstant(), rs.getString(10), rs.getString(11),
        versions == null ? List.of() : read(versions, new TypeReference<List<Map<String, Object>>>() {}));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
