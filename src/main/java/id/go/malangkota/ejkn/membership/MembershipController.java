package id.go.malangkota.ejkn.membership;

import id.go.malangkota.ejkn.bpjs.BpjsException;
import id.go.malangkota.ejkn.identity.StaffGroups;
import id.go.malangkota.ejkn.intake.ApplicationService;
import id.go.malangkota.ejkn.intake.FieldError;
import id.go.malangkota.ejkn.intake.IdentityNumbers;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/membership?nik=&birthDate=yyyy-MM-dd} (CONTRACT.md): 200, 400 (invalid or mismatching birth
 * date), 401, 403 (not an officer), 503 (BPJS unavailable: "coba lagi"). {@code GET /api/membership/checks?nik=}
 * gives auditors the trail of who looked that person up.
 */
@RestController
@RequestMapping("/api/membership")
public class MembershipController {

  /** Thrown when BPJS could not answer (HTTP 503, never 500). */
  public static class BpjsUnavailable extends RuntimeException {
    private final transient BpjsException cause;
    private final String checkId;

    BpjsUnavailable(BpjsException cause, String checkId) {
      super(cause.getMessage());
      this.cause = cause;
      this.checkId = checkId;
    }

    public BpjsException failure() {
      return cause;
    }

    public String checkId() {
      return checkId;
    }
  }

  private final MembershipCheckService checks;
  private final IdentityService identity;

  public MembershipController(MembershipCheckService checks, IdentityService identity) {
    this.checks = checks;
    this.identity = identity;
  }

  @GetMapping
  public MembershipCheck check(@RequestParam(required = false) String nik,
      @RequestParam(required = false) String birthDate,
      @RequestParam(required = false, defaultValue = "false") boolean hospitalized) {
    Authentication auth = identity.getCurrentAuthentication();
    String kelurahanCode = checks.requireOfficer(auth == null ? List.of() : auth.getGroupIds());
    MembershipCheckService.Outcome outcome = checks.check(nik == null ? null : nik.trim(), birthDate, hospitalized,
        auth == null ? null : auth.getUserId(), kelurahanCode, MembershipCheckService.CHANNEL_API, null);
    if (!outcome.answered()) {
      throw new BpjsUnavailable(outcome.failure(), outcome.checkId());
    }
    return outcome.check();
  }

  /** Auditors (and administrators): every check of one NIK, newest first. */
  @GetMapping("/checks")
  public List<MembershipCheckLog.Entry> trail(@RequestParam(required = false) String nik) {
    Authentication auth = identity.getCurrentAuthentication();
    List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (!groups.contains(StaffGroups.AUDITOR) && !groups.contains(StaffGroups.ADMIN)) {
      throw new ApplicationService.ForbiddenException("AUDITORS_ONLY",
          "Riwayat cek kepesertaan hanya dapat dibaca auditor.");
    }
    IdentityNumbers.nikProblem(nik).ifPresent(m -> {
      throw new InvalidMembershipCheckException(List.of(new FieldError("nik", m)));
    });
    return checks.trailOf(nik.trim());
  }
}
