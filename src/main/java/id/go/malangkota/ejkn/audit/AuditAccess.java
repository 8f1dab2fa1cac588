package id.go.malangkota.ejkn.audit;

import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.StaffGroups;
import id.go.malangkota.ejkn.intake.ApplicationService.ForbiddenException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who reads the audit trail, and whether they see personal data (UU 27/2022 PDP):
 * <ul>
 *   <li>auditors and administrators: every application, in full;</li>
 *   <li>a kelurahan: its own applications, in full (it took the data at the counter);</li>
 *   <li>the process owner: every application, with NIK, names, addresses, phone and e-mail masked — enough to see
 *       how the SOP ran, nothing about the person;</li>
 *   <li>anybody else (the verifying agencies, Kepala Dinas): refused (403). Anonymous: 401 (the API filter).</li>
 * </ul>
 * Nobody writes through the audit API: it only has GET endpoints.
 */
@Component
public class AuditAccess {

  private final IdentityService identity;
  private final KelurahanDirectory kelurahan;

  public AuditAccess(IdentityService identity, KelurahanDirectory kelurahan) {
    this.identity = identity;
    this.kelurahan = kelurahan;
  }

  /** The caller as the audit API sees them. */
  public record Viewer(String userId, boolean full, boolean owner, List<String> kelurahan) {

    /** Whether personal data of an application of that kelurahan is shown in full. */
    public boolean seesPersonalData(String kelurahanCode) {
      return full || kelurahan.contains(kelurahanCode);
    }

    public boolean mayRead(String kelurahanCode) {
      return full || owner || kelurahan.contains(kelurahanCode);
    }

    /** A kelurahan officer (not also an auditor/owner) searches only their own kelurahan. */
    public boolean limitedToOwnKelurahan() {
      return !full && !owner;
    }
  }

  public Viewer viewer() {
    Authentication auth = identity.getCurrentAuthentication();
    List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    boolean full = groups.contains(StaffGroups.AUDITOR) || groups.contains(StaffGroups.ADMIN);
    boolean owner = groups.contains(StaffGroups.PROCESS_OWNER);
    List<String> own = groups.stream().filter(kelurahan::isKelurahan).toList();
    if (!full && !owner && own.isEmpty()) {
      throw new ForbiddenException("NOT_AN_AUDITOR",
          "Jejak audit hanya untuk auditor, pemilik proses, administrator dan kelurahan pemohon.");
    }
    return new Viewer(auth.getUserId(), full, owner, own);
  }

  public Viewer requireRead(String kelurahanCode) {
    Viewer v = viewer();
    if (!v.mayRead(kelurahanCode)) {
      throw new ForbiddenException("NOT_YOUR_APPLICATION", "Anda tidak berwenang melihat jejak audit permohonan ini.");
    }
    return v;
  }
}
