package id.go.malangkota.ejkn.kpi;

import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.StaffGroups;
import id.go.malangkota.ejkn.intake.ApplicationService.ForbiddenException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The leaders' dashboard. Leaders are the head of Dinas Kesehatan and Dinas Kesehatan (who run the service),
 * the auditors, the process owner and the administrators; the figures hold no personal data, but they are the
 * city's management information, so kelurahan and the other agencies do not read them (ADR 0007).
 */
@Service
public class KpiService {

  public static final Set<String> LEADERS = Set.of(StaffGroups.KADINKES, StaffGroups.DINKES, StaffGroups.AUDITOR,
      StaffGroups.ADMIN, StaffGroups.PROCESS_OWNER);

  private final KpiQueries queries;
  private final IdentityService identity;
  private final TaskService tasks;
  private final KelurahanDirectory kelurahan;
  private final ZoneId zone;

  public KpiService(JdbcTemplate jdbc, IdentityService identity, TaskService tasks, KelurahanDirectory kelurahan,
      @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.zone = ZoneId.of(zone);
    this.queries = new KpiQueries(jdbc, this.zone);
    this.identity = identity;
    this.tasks = tasks;
    this.kelurahan = kelurahan;
  }

  public void requireLeader() {
    Authentication auth = identity.getCurrentAuthentication();
    List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (groups.stream().noneMatch(LEADERS::contains)) {
      throw new ForbiddenException("NOT_A_LEADER",
          "Dasbor KPI hanya untuk pimpinan: Kepala Dinas Kesehatan, Dinas Kesehatan, auditor, pemilik proses.");
    }
  }

  public YearMonth currentMonth() {
    return YearMonth.now(zone);
  }

  public boolean knownKelurahan(String code) {
    return kelurahan.byCode(code).isPresent();
  }

  /** The month's figures with the kelurahan's name (or the city's) and the tasks overdue right now. */
  public KpiReport report(YearMonth month, String kelurahanCode) {
    return queries.report(month, kelurahanCode).with(kelurahanCode == null ? "Seluruh Kota Malang"
        : kelurahan.byCode(kelurahanCode).map(k -> k.groupName()).orElse(kelurahanCode), openOverdueTasks(kelurahanCode));
  }

  /** Tasks open right now whose due date has passed (the runtime task table: small). */
  public long openOverdueTasks(String kelurahanCode) {
    Authentication saved = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      var query = tasks.createTaskQuery().dueBefore(new Date());
      if (kelurahanCode != null) {
        query = query.processVariableValueEquals("kelurahanCode", kelurahanCode);
      }
      return query.count();
    } finally {
      if (saved != null) {
        identity.setAuthentication(saved);
      }
    }
  }

  public List<Map<String, Object>> kelurahanOptions() {
    return kelurahan.all().stream().map(k -> Map.<String, Object>of("code", k.code(), "name", k.groupName())).toList();
  }

  KpiQueries queries() {
    return queries;
  }
}
