package id.go.malangkota.ejkn.kpi;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/kpi?month=2026-11&kelurahan=35.73.01.1006}: the dashboard's figures as JSON. */
@RestController
@RequestMapping("/api/kpi")
public class KpiController {

  private final KpiService kpi;

  public KpiController(KpiService kpi) {
    this.kpi = kpi;
  }

  @GetMapping
  @ApiResponse(responseCode = "200", description = "OK",
      content = @Content(schema = @Schema(implementation = KpiReport.class)))
  public ResponseEntity<?> report(@RequestParam(required = false) String month,
      @RequestParam(required = false) String kelurahan) {
    kpi.requireLeader();
    YearMonth m;
    try {
      m = month == null || month.isBlank() ? kpi.currentMonth() : YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      return badRequest("month", "Bulan harus berformat yyyy-MM, misalnya 2026-11.");
    }
    String k = kelurahan == null || kelurahan.isBlank() ? null : kelurahan.trim();
    if (k != null && !kpi.knownKelurahan(k)) {
      return badRequest("kelurahan", "Kode kelurahan tidak dikenal: " + k + ".");
    }
    return ResponseEntity.ok(kpi.report(m, k));
  }

  @GetMapping("/kelurahan")
  public Object kelurahan() {
    kpi.requireLeader();
    return kpi.kelurahanOptions();
  }

  private static ResponseEntity<Map<String, Object>> badRequest(String field, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "VALIDATION_FAILED");
    body.put("message", message);
    body.put("errors", java.util.List.of(Map.of("field", field, "message", message)));
    return ResponseEntity.badRequest().body(body);
  }
}
