package id.go.malangkota.ejkn.platform;

import id.go.malangkota.ejkn.intake.ApplicationService;
import id.go.malangkota.ejkn.application.CandidateAlreadyOpenException;
import id.go.malangkota.ejkn.intake.InvalidApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every error of our API as JSON: a stable code for machines and a message in Bahasa Indonesia for people. */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** One sentence for people: the single field's message, or a pointer to the list. */
  public static String message(InvalidApplicationException e) {
    return e.errors().size() == 1 ? e.errors().get(0).message()
        : "Data permohonan belum benar; periksa setiap kolom yang disebut (" + e.errors().size() + " kolom).";
  }

  @ExceptionHandler(id.go.malangkota.ejkn.intake.MalformedRequestException.class)
  ResponseEntity<Map<String, Object>> malformed(id.go.malangkota.ejkn.intake.MalformedRequestException e) {
    Map<String, Object> body = body("MALFORMED_JSON", e.errors().get(0).message());
    body.put("errors", e.errors());
    return ResponseEntity.badRequest().body(body);
  }

  @ExceptionHandler(InvalidApplicationException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidApplicationException e) {
    Map<String, Object> body = body("VALIDATION_FAILED", "Data permohonan belum benar; periksa setiap kolom yang disebut.");
    body.put("errors", e.errors());
    return ResponseEntity.badRequest().body(body);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    Map<String, Object> body = body("MALFORMED_JSON", "Isi permintaan bukan JSON yang valid.");
    body.put("errors", List.of(Map.of("field", "", "message", "Isi permintaan bukan JSON yang valid.")));
    return ResponseEntity.badRequest().body(body);
  }

  @ExceptionHandler({MaxUploadSizeExceededException.class})
  ResponseEntity<Map<String, Object>> tooLarge(Exception e) {
    Map<String, Object> body = body("FILE_TOO_LARGE", "Berkas terlalu besar: maksimal 2 MiB.");
    body.put("errors", List.of(Map.of("field", "file", "message", "Berkas terlalu besar: maksimal 2 MiB.")));
    return ResponseEntity.badRequest().body(body);
  }

  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  ResponseEntity<Map<String, Object>> malformedMultipart(org.springframework.web.multipart.MultipartException e) {
    Map<String, Object> body = body("MALFORMED_MULTIPART", "Unggahan tidak terbaca: kirim sebagai multipart/form-data yang utuh.");
    body.put("errors", List.of(Map.of("field", "file", "message", "Unggahan tidak terbaca.")));
    return ResponseEntity.badRequest().body(body);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
    Map<String, Object> body = body("VALIDATION_FAILED", "Bagian permintaan tidak lengkap.");
    body.put("errors", List.of(Map.of("field", e.getRequestPartName(), "message", "Wajib diisi.")));
    return ResponseEntity.badRequest().body(body);
  }

  @ExceptionHandler(CandidateAlreadyOpenException.class)
  ResponseEntity<Map<String, Object>> duplicate(CandidateAlreadyOpenException e) {
    Map<String, Object> body = body("CANDIDATE_HAS_OPEN_APPLICATION", e.getMessage());
    body.put("niks", e.niks());
    body.put("openApplication", e.openApplication());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }

  @ExceptionHandler(id.go.malangkota.ejkn.intake.KelurahanNotYoursException.class)
  ResponseEntity<Map<String, Object>> notYours(id.go.malangkota.ejkn.intake.KelurahanNotYoursException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body(id.go.malangkota.ejkn.intake.KelurahanNotYoursException.CODE,
        id.go.malangkota.ejkn.intake.KelurahanNotYoursException.MESSAGE));
  }

  @ExceptionHandler(ApplicationService.ForbiddenException.class)
  ResponseEntity<Map<String, Object>> forbidden(ApplicationService.ForbiddenException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body(e.code(), e.getMessage()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> notAllowed(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body("FORBIDDEN", "Anda tidak berwenang melakukan tindakan ini."));
  }

  @ExceptionHandler(ApplicationService.NotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(ApplicationService.NotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body("NOT_FOUND", e.getMessage()));
  }

  static Map<String, Object> body(String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", message);
    return body;
  }
}
