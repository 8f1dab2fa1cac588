package id.go.malangkota.ejkn.status;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public status page {@code /status} (form posted to itself, so the birth date stays out of URLs and logs)
 * and its JSON variant {@code GET /status/api?number=…&birthDate=yyyy-MM-dd} for the city website. No login;
 * rate-limited per client address and per application number; an unknown number and a wrong birth date give the
 * same answer. The JSON carries the milestones too ({@code progress}: {@code label}, {@code state} DONE | CURRENT |
 * TODO), so the city website can draw the same steps as the page.
 */
@RestController
class StatusController {

  static final String NOT_FOUND = "Permohonan tidak ditemukan. Periksa kembali nomor permohonan (lihat tanda terima) "
      + "dan tanggal lahir pemohon.";
  static final String TOO_MANY = "Terlalu banyak percobaan. Demi keamanan data warga, silakan coba lagi dalam %d detik.";
  private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

  private final StatusService status;
  private final AttemptLimiter limiter;
  private final TimeZone zone;

  StatusController(StatusService status, AttemptLimiter limiter, @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.status = status;
    this.limiter = limiter;
    this.zone = TimeZone.getTimeZone(zone);
  }

  sealed interface Outcome permits Found, Missing, Invalid, Limited {}

  record Found(ApplicationStatus status) implements Outcome {}

  record Missing() implements Outcome {}

  record Invalid(Map<String, String> errors) implements Outcome {}

  record Limited(long retryAfterSeconds) implements Outcome {}

  Outcome lookUp(String number, String birthDate, HttpServletRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    String normalised = StatusService.normalise(number);
    if (normalised.isEmpty()) {
      errors.put("number", "Isi nomor permohonan (tertera di tanda terima, misalnya JKN-2026-000123).");
    } else if (normalised.length() > 32) {
      errors.put("number", "Nomor permohonan terlalu panjang.");
    }
    LocalDate date = null;
    try {
      date = birthDate == null || birthDate.isBlank() ? null : LocalDate.parse(birthDate.strip());
    } catch (DateTimeParseException e) {
      // reported below
    }
    if (date == null) {
      errors.put("birthDate", "Isi tanggal lahir pemohon dengan benar (tahun-bulan-tanggal).");
    }
    if (!errors.isEmpty()) {
      return new Invalid(errors);
    }
    long wait = limiter.tryAcquire("ip:" + request.getRemoteAddr(), "number:" + normalised);
    if (wait > 0) {
      return new Limited(wait);
    }
    Optional<ApplicationStatus> found = status.find(normalised, date);
    return found.<Outcome>map(Found::new).orElseGet(Missing::new);
  }

  @GetMapping({"/status", "/status/"})
  ResponseEntity<String> form(@RequestParam(name = "number", required = false) String number) {
    // the receipt's QR code opens the page with the number filled in; anything else is ignored, never echoed
    String prefill = number != null && number.strip().toUpperCase(java.util.Locale.ROOT).matches("JKN-\\d{4}-\\d{6}")
        ? number.strip().toUpperCase(java.util.Locale.ROOT) : null;
    return html(HttpStatus.OK, StatusPage.render(prefill, null, null, zone), 0);
  }

  @PostMapping(value = "/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> submit(@RequestParam(name = "number", required = false) String number,
      @RequestParam(name = "birthDate", required = false) String birthDate, HttpServletRequest request) {
    Outcome outcome = lookUp(number, birthDate, request);
    String shownNumber = number == null ? "" : number.strip();
    if (outcome instanceof Found f) {
      return html(HttpStatus.OK, StatusPage.render(shownNumber, f.status(), null, zone), 0);
    }
    if (outcome instanceof Invalid i) {
      return html(HttpStatus.BAD_REQUEST, StatusPage.render(shownNumber, null, String.join(" ", i.errors().values()), zone), 0);
    }
    if (outcome instanceof Limited l) {
      return html(HttpStatus.TOO_MANY_REQUESTS,
          StatusPage.render(shownNumber, null, TOO_MANY.formatted(l.retryAfterSeconds()), zone), l.retryAfterSeconds());
    }
    return html(HttpStatus.NOT_FOUND, StatusPage.render(shownNumber, null, NOT_FOUND, zone), 0);
  }

  @CrossOrigin(origins = "*", methods = RequestMethod.GET)
  @GetMapping(value = "/status/api", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> api(@RequestParam(name = "number", required = false) String number,
      @RequestParam(name = "birthDate", required = false) String birthDate, HttpServletRequest request) {
    Outcome outcome = lookUp(number, birthDate, request);
    ResponseEntity.BodyBuilder response;
    Map<String, Object> body = new LinkedHashMap<>();
    if (outcome instanceof Found f) {
      response = ResponseEntity.ok();
      ApplicationStatus s = f.status();
      body.put("applicationNumber", s.applicationNumber());
      body.put("service", s.service());
      body.put("submittedAt", s.submittedAt() == null ? null : s.submittedAt().toInstant().toString());
      body.put("stageCode", s.stageCode());
      body.put("stage", s.stage());
      body.put("detail", s.detail());
      body.put("expectedDate", s.expected() == null ? null : s.expected().toInstant().toString());
      body.put("expectedDateText", s.expected() == null ? null : StatusPage.dateTime(s.expected(), zone));
      body.put("finished", s.finished());
      body.put("overdue", s.overdue());
      body.put("progress", s.progress().stream().map(m -> Map.of("label", m.label(), "state", m.state().name()))
          .toList());
    } else if (outcome instanceof Invalid i) {
      response = ResponseEntity.badRequest();
      body.put("code", "INVALID_INPUT");
      body.put("message", String.join(" ", i.errors().values()));
      body.put("errors", i.errors());
    } else if (outcome instanceof Limited l) {
      response = ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER,
          String.valueOf(l.retryAfterSeconds()));
      body.put("code", "TOO_MANY_ATTEMPTS");
      body.put("message", TOO_MANY.formatted(l.retryAfterSeconds()));
    } else {
      response = ResponseEntity.status(HttpStatus.NOT_FOUND);
      body.put("code", "NOT_FOUND");
      body.put("message", NOT_FOUND);
    }
    return response.cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private static ResponseEntity<String> html(HttpStatus status, String body, long retryAfter) {
    ResponseEntity.BodyBuilder b = ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore());
    if (retryAfter > 0) {
      b.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
    }
    return b.body(body);
  }
}
