package id.go.malangkota.ejkn.audit;

import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.kpi.ApplicationFacts;
import java.time.Instant;
import java.util.Date;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.intake.ApplicationService.ForbiddenException;
import id.go.malangkota.ejkn.kpi.KpiLabels;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Finds applications by number (prefix), NIK (any member of the family card, or the submitter), kelurahan, month of
 * submission and status, in the application register; the outcome comes from the KPI facts.
 */
@Service
public class AuditSearch {

  public record Criteria(String number, String nik, String kelurahan, String month, String status, int limit,
      int offset) {}

  private final ApplicationRegister register;
  private final ApplicationFacts facts;
  private final AuditAccess access;
  private final AuditTrail trail;
  private final KelurahanDirectory kelurahan;
  private final ZoneId zone;

  public AuditSearch(ApplicationRegister register, ApplicationFacts facts, AuditAccess access, AuditTrail trail,
      KelurahanDirectory kelurahan, @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.register = register;
    this.facts = facts;
    this.access = access;
    this.trail = trail;
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
    String number = blank(c.number());
    Instant from = null;
    Instant to = null;
    String month = blank(c.month());
    if (month != null) {
      YearMonth m = YearMonth.parse(month);
      from = m.atDay(1).atStartOfDay(zone).toInstant();
      to = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }
    String status = blank(c.status()) == null ? "ALL" : c.status().toUpperCase(Locale.ROOT);
    Boolean ended = "FINISHED".equals(status) || "SELESAI".equals(status) ? Boolean.TRUE
        : "RUNNING".equals(status) || "BERJALAN".equals(status) ? Boolean.FALSE : null;
    int limit = Math.max(1, Math.min(c.limit() <= 0 ? 50 : c.limit(), 200));
    int offset = Math.max(0, c.offset());
    ApplicationRegister.Page page = register.search(new ApplicationRegister.Search(
        number == null ? null : number.toUpperCase(Locale.ROOT), nik, kel, from, to, ended, limit, offset));
    Map<String, String> outcomes = facts.outcomes(page.rows().stream()
        .map(ApplicationRegister.Summary::applicationNumber).toList());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ApplicationRegister.Summary s : page.rows()) {
      Instant endedAt = page.endedAt().get(s.applicationNumber());
      String outcome = outcomes.get(s.applicationNumber());
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("applicationNumber", s.applicationNumber());
      r.put("processInstanceId", s.processInstanceId());
      r.put("type", s.type().name());
      r.put("typeLabel", s.type().shortLabel());
      r.put("kelurahanCode", s.kelurahanCode());
      r.put("kelurahanName", kelurahan.byCode(s.kelurahanCode()).map(k -> k.groupName()).orElse(s.kelurahanCode()));
      r.put("submittedByRelation", s.submittedByRelation());
      r.put("submittedByLabel", KpiLabels.relation(s.submittedByRelation()));
      r.put("submittedAt", trail.time(s.createdAt() == null ? null : Date.from(s.createdAt())));
      r.put("endedAt", trail.time(endedAt == null ? null : Date.from(endedAt)));
      r.put("status", endedAt == null ? "BERJALAN" : "SELESAI");
      r.put("statusLabel", endedAt == null ? "Sedang berjalan" : "Selesai");
      r.put("outcome", outcome);
      r.put("outcomeLabel", outcome == null ? null : KpiLabels.outcome(outcome));
      boolean shown = viewer.seesPersonalData(s.kelurahanCode());
      String name = s.applicantName();
      r.put("applicantName", name == null ? null : shown ? name : PersonalData.mask(PersonalData.Kind.NAME, name));
      r.put("masked", !shown);
      rows.add(r);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", page.total());
    out.put("limit", limit);
    out.put("offset", offset);
    out.put("results", rows);
    out.put("personalDataMasked", rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.get("masked"))));
    return out;
  }


  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
