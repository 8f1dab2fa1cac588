package id.go.malangkota.ejkn.audit;

import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.intake.ApplicationService.ForbiddenException;
import id.go.malangkota.ejkn.kpi.KpiLabels;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds applications by number (prefix), NIK (any member, candidate or submitter — finished ones through the
 * person index, open ones through the open-candidate register), kelurahan, month of submission and status.
 * One query on our register joined by primary keys to the engine's process instance and our facts.
 */
@Service
public class AuditSearch {

  public record Criteria(String number, String nik, String kelurahan, String month, String status, int limit,
      int offset) {}

  private final JdbcTemplate jdbc;
  private final AuditAccess access;
  private final AuditTrail trail;
  private final HistoryService history;
  private final KelurahanDirectory kelurahan;
  private final ZoneId zone;

  public AuditSearch(JdbcTemplate jdbc, AuditAccess access, AuditTrail trail, HistoryService history,
      KelurahanDirectory kelurahan, @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.jdbc = jdbc;
    this.access = access;
    this.trail = trail;
    this.history = history;
    this.kelurahan = kelurahan;
    this.zone = ZoneId.of(zone);
  }

  public Map<String, Object> search(Criteria c) {
    AuditAccess.Viewer viewer = access.viewer();
    String kel = blank(c.kelurahan());
    if (viewer.limitedToOwnKelurahan()) {
      if (kel == null && viewer.kelurahan().size() == 1) {
        kel = viewer.kelurahan().get(0);
      } else if (kel == null || !viewer.kelurahan().contains(kel)) {
        throw new ForbiddenException("NOT_YOUR_KELURAHAN", "Anda hanya dapat mencari permohonan kelurahan Anda sendiri.");
      }
    }
    String nik = blank(c.nik());
    if (nik != null && !viewer.full() && viewer.kelurahan().isEmpty()) {
      // a NIK search would tell whether that person applied: personal data too
      throw new ForbiddenException("NIK_SEARCH_NOT_ALLOWED",
          "Pencarian berdasarkan NIK hanya untuk pengguna yang berwenang melihat data pribadi.");
    }
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    String number = blank(c.number());
    if (number != null) {
      where.append(" AND a.application_number LIKE ?");
      args.add(number.toUpperCase(Locale.ROOT).replace("%", "").replace("_", "\\_") + "%");
    }
    if (nik != null) {
      where.append(" AND a.application_number IN (SELECT application_number FROM ejkn_application_person WHERE nik = ? "
          + "UNION SELECT application_number FROM ejkn_open_candidate WHERE nik = ?)");
      args.add(nik);
      args.add(nik);
    }
    if (kel != null) {
      where.append(" AND a.kelurahan_code = ?");
      args.add(kel);
    }
    String month = blank(c.month());
    if (month != null) {
      YearMonth m = YearMonth.parse(month);
      where.append(" AND a.created_at >= ? AND a.created_at < ?");
      args.add(Timestamp.from(m.atDay(1).atStartOfDay(zone).toInstant()));
      args.add(Timestamp.from(m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
    }
    String status = blank(c.status()) == null ? "ALL" : c.status().toUpperCase(Locale.ROOT);
    if ("FINISHED".equals(status) || "SELESAI".equals(status)) {
      where.append(" AND p.END_TIME_ IS NOT NULL");
    } else if ("RUNNING".equals(status) || "BERJALAN".equals(status)) {
      where.append(" AND p.END_TIME_ IS NULL");
    }
    String from = " FROM ejkn_application a LEFT JOIN ACT_HI_PROCINST p ON p.ID_ = a.process_instance_id "
        + "LEFT JOIN ejkn_application_fact f ON f.application_number = a.application_number";
    long total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, Long.class, args.toArray());
    int limit = Math.max(1, Math.min(c.limit() <= 0 ? 50 : c.limit(), 200));
    int offset = Math.max(0, c.offset());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(limit);
    pageArgs.add(offset);
    List<Map<String, Object>> rows = jdbc.query("SELECT a.application_number, a.process_instance_id, a.request_type, "
            + "a.kelurahan_code, a.submitted_by_relation, a.created_at, p.END_TIME_, f.outcome" + from + where
            + " ORDER BY a.created_at DESC, a.application_number DESC LIMIT ? OFFSET ?",
        (rs, i) -> {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("applicationNumber", rs.getString(1));
          r.put("processInstanceId", rs.getString(2));
          r.put("type", rs.getString(3));
          r.put("typeLabel", KpiLabels.type(rs.getString(3)));
          r.put("kelurahanCode", rs.getString(4));
          r.put("kelurahanName", kelurahan.byCode(rs.getString(4)).map(k -> k.groupName()).orElse(rs.getString(4)));
          r.put("submittedByRelation", rs.getString(5));
          r.put("submittedByLabel", KpiLabels.relation(rs.getString(5)));
          r.put("submittedAt", trail.time(rs.getTimestamp(6)));
          r.put("endedAt", trail.time(rs.getTimestamp(7)));
          r.put("status", rs.getTimestamp(7) == null ? "BERJALAN" : "SELESAI");
          r.put("statusLabel", rs.getTimestamp(7) == null ? "Sedang berjalan" : "Selesai");
          r.put("outcome", rs.getString(8));
          r.put("outcomeLabel", rs.getString(8) == null ? null : KpiLabels.outcome(rs.getString(8)));
          return r;
        }, pageArgs.toArray());
    addApplicantNames(rows, viewer);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", total);
    out.put("limit", limit);
    out.put("offset", offset);
    out.put("results", rows);
    out.put("personalDataMasked", rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.get("masked"))));
    return out;
  }

  /** The applicant's name per result (one history query for the page), masked where the viewer may not see it. */
  private void addApplicantNames(List<Map<String, Object>> rows, AuditAccess.Viewer viewer) {
    if (rows.isEmpty()) {
      return;
    }
    Map<String, String> names = new HashMap<>();
    String[] ids = rows.stream().map(r -> (String) r.get("processInstanceId")).toArray(String[]::new);
    trail.asSystem(() -> {
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
          .variableName("applicantName").list()) {
        if (v.getValue() != null) {
          names.putIfAbsent(v.getProcessInstanceId(), v.getValue().toString());
        }
      }
      return null;
    });
    for (Map<String, Object> r : rows) {
      String name = names.get((String) r.get("processInstanceId"));
      boolean shown = viewer.seesPersonalData((String) r.get("kelurahanCode"));
      r.put("applicantName", name == null ? null : shown ? name : PersonalData.mask(PersonalData.Kind.NAME, name));
      r.put("masked", !shown);
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
