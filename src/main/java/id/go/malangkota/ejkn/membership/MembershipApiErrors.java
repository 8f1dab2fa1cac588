package id.go.malangkota.ejkn.membership;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The membership API's own errors as JSON (stable codes, Indonesian messages); the rest is ApiExceptionHandler's. */
@RestControllerAdvice(assignableTypes = MembershipController.class)
public class MembershipApiErrors {

  public static final String RETRY_MESSAGE = "Layanan BPJS Kesehatan sedang tidak dapat dihubungi. Silakan coba lagi "
      + "beberapa saat lagi.";

  @ExceptionHandler(InvalidMembershipCheckException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidMembershipCheckException e) {
    Map<String, Object> body = body("VALIDATION_FAILED", "Data cek kepesertaan belum benar; periksa kolom yang disebut.");
    body.put("errors", e.errors());
    return ResponseEntity.badRequest().body(body);
  }

  /** Unreachable, slow, garbled or refusing: the officer can only try again later; the code says which. */
  @ExceptionHandler(MembershipController.BpjsUnavailable.class)
  ResponseEntity<Map<String, Object>> unavailable(MembershipController.BpjsUnavailable e) {
    Map<String, Object> body = body("BPJS_UNAVAILABLE", RETRY_MESSAGE);
    body.put("bpjsErrorCode", e.failure().code());
    body.put("retryable", e.failure().retryable());
    body.put("checkId", e.checkId());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60").body(body);
  }

  static Map<String, Object> body(String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", message);
    return body;
  }
}
