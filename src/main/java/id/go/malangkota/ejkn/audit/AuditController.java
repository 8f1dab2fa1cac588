package id.go.malangkota.ejkn.audit;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit API: read-only. {@code GET /api/audit/applications?number=&nik=&kelurahan=&month=&status=},
 * {@code GET /api/audit/applications/{number or process instance id}} (the trail, JSON) and
 * {@code .../trail.csv}. Every other method is refused with 405.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

  private final AuditTrail trail;
  private final AuditSearch search;

  public AuditController(AuditTrail trail, AuditSearch search) {
    this.trail = trail;
    this.search = search;
  }

  @GetMapping("/applications")
  public ResponseEntity<Map<String, Object>> search(@RequestParam(required = false) String number,
      @RequestParam(required = false) String nik, @RequestParam(required = false) String kelurahan,
      @RequestParam(required = false) String month, @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
    if (month != null && !month.isBlank()) {
      try {
        YearMonth.parse(month.trim());
      } catch (DateTimeParseException e) {
        return badRequest("month", "Bulan harus berformat yyyy-MM, misalnya 2026-11.");
      }
    }
    if (nik != null && !nik.isBlank() && !nik.trim().matches("\\d{16}")) {
      return badRequest("nik", "NIK harus 16 angka.");
    }
    return ResponseEntity.ok(search.search(new AuditSearch.Criteria(number, nik, kelurahan, month, status, limit, offset)));
  }

  @GetMapping("/applications/{id}")
  public AuditTrailView trail(@PathVariable String id) {
    return trail.trail(id);
  }

  @GetMapping("/applications/{id}/access-log")
  public List<AuditTrailView.AccessLogRow> accessLog(@PathVariable String id, @RequestParam(defaultValue = "200") int limit) {
    return trail.accessLog(id, limit);
  }

  @GetMapping(value = "/applications/{id}/trail.csv", produces = "text/csv")
  public ResponseEntity<byte[]> csv(@PathVariable String id) {
    AuditTrailView t = trail.trail(id);
    String number = t.application().applicationNumber();
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("jejak-audit-" + number + ".csv").build().toString())
        .body(AuditCsv.render(t));
  }

  /** The audit trail is evidence: nobody changes it through this API, whatever their role. */
  @RequestMapping(value = {"", "/**"}, method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
      RequestMethod.DELETE})
  public ResponseEntity<Map<String, Object>> readOnly() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "READ_ONLY");
    body.put("message", "Jejak audit hanya dapat dibaca; tidak ada yang dapat diubah melalui layanan ini.");
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "GET, HEAD").body(body);
  }

  private static ResponseEntity<Map<String, Object>> badRequest(String field, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "VALIDATION_FAILED");
    body.put("message", message);
    body.put("errors", List.of(Map.of("field", field, "message", message)));
    return ResponseEntity.badRequest().body(body);
  }
}
