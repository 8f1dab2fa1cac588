package id.go.malangkota.ejkn.governance;

import id.go.malangkota.ejkn.identity.SystemAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code /api/sop-proposals} (ADR 1501). {@code POST} (multipart: {@code description} and one or more .bpmn/.dmn/.form
 * files under any part name) — 201 when the checks pass (status AWAITING_APPROVAL), 400 with the findings when they
 * do not (the proposal is kept as CHECK_FAILED, nothing deployed). {@code POST …/deployment/create} takes Camunda
 * Modeler's deploy form ({@code deployment-name} is the description), so the Modeler's deploy dialog can point at
 * {@code /api/sop-proposals}. {@code GET} list and detail (files with old and new XML, findings, changes);
 * {@code POST /{id}/approve} and {@code POST /{id}/refuse} ({@code {"reason": "…"}}).
 */
@RestController
@RequestMapping("/api/sop-proposals")
public class SopProposalController {

  private final SopProposals proposals;
  private final SopProposalStore store;
  private final SystemAccess system;

  public SopProposalController(SopProposals proposals, SopProposalStore store, SystemAccess system) {
    this.proposals = proposals;
    this.store = store;
    this.system = system;
  }

  @PostMapping
  public ResponseEntity<Map<String, Object>> propose(HttpServletRequest request) {
    return created(proposals.propose(system.actor(), request.getParameter("description"), uploads(request)));
  }

  /** Camunda Modeler's "Deploy" with the endpoint {@code http://…/api/sop-proposals}. */
  @PostMapping("/deployment/create")
  public ResponseEntity<Map<String, Object>> proposeFromModeler(HttpServletRequest request) {
    String description = request.getParameter("description");
    if (description == null || description.isBlank()) {
      description = request.getParameter("deployment-name");
    }
    return created(proposals.propose(system.actor(), description, uploads(request)));
  }

  /** What Camunda Modeler asks to test the connection. */
  @GetMapping("/version")
  public Map<String, String> version() {
    return Map.of("version", ProcessEngine.class.getPackage().getImplementationVersion() == null ? "7.24.0"
        : ProcessEngine.class.getPackage().getImplementationVersion());
  }

  private ResponseEntity<Map<String, Object>> created(SopProposalStore.Row row) {
    if (row.status() == SopProposalStore.Status.CHECK_FAILED) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("code", ModelRefusedException.CODE);
      body.put("message", "Usulan " + row.id() + " tidak lolos pemeriksaan (" + row.findings().size()
          + " temuan); tidak ada yang di-deploy. Perbaiki model lalu ajukan lagi.");
      body.put("id", row.id());
      body.put("status", row.status());
      body.put("findings", row.findings());
      body.put("proposal", "/api/sop-proposals/" + row.id());
      return ResponseEntity.badRequest().body(body);
    }
    return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/sop-proposals/" + row.id())
        .body(view(row, null));
  }

  private static List<SopProposals.Upload> uploads(HttpServletRequest request) {
    List<SopProposals.Upload> uploads = new ArrayList<>();
    if (request instanceof MultipartHttpServletRequest multipart) {
      for (List<MultipartFile> files : multipart.getMultiFileMap().values()) {
        for (MultipartFile f : files) {
          try {
            uploads.add(new SopProposals.Upload(f.getOriginalFilename(), f.getBytes()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    } else {
      throw new ProposalException(400, "VALIDATION_FAILED", "Kirim usulan sebagai multipart/form-data.",
          List.of(SopProposals.error("files", "Kirim usulan sebagai multipart/form-data dengan berkas model.")),
          List.of(), null);
    }
    return uploads;
  }

  @GetMapping
  public List<Map<String, Object>> list() {
    proposals.requireReader(system.actor());
    return store.list().stream().map(r -> view(r, null)).toList();
  }

  @GetMapping("/{id}")
  public Map<String, Object> detail(@PathVariable String id) {
    proposals.requireReader(system.actor());
    SopProposalStore.Row row = store.find(id).orElseThrow(() -> new ProposalException(404, "NOT_FOUND",
        "Usulan SOP " + ModelGate.clip(id) + " tidak ditemukan."));
    return view(row, store.files(id));
  }

  @PostMapping("/{id}/approve")
  public Map<String, Object> approve(@PathVariable String id) {
    SopProposalStore.Row row = proposals.approve(system.actor(), id);
    return view(row, null);
  }

  @PostMapping("/{id}/refuse")
  public Map<String, Object> refuse(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
    Object reason = body == null ? null : body.get("reason");
    return view(proposals.refuse(system.actor(), id, reason instanceof String s ? s : null), null);
  }

  static final Map<SopProposalStore.Status, String> STATUS_TEXT = Map.of(
      SopProposalStore.Status.CHECK_FAILED, "Tidak lolos pemeriksaan",
      SopProposalStore.Status.AWAITING_APPROVAL, "Menunggu persetujuan Kepala Dinas Kesehatan atau admin",
      SopProposalStore.Status.DEPLOYED, "Disetujui dan diterbitkan",
      SopProposalStore.Status.REFUSED, "Ditolak");

  static Map<String, Object> view(SopProposalStore.Row r, List<SopProposalStore.StoredFile> files) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", r.id());
    v.put("description", r.description());
    v.put("status", r.status());
    v.put("statusText", STATUS_TEXT.get(r.status()));
    v.put("proposedBy", r.proposedBy());
    v.put("proposedAt", r.proposedAt());
    v.put("approvedBy", r.status() == SopProposalStore.Status.DEPLOYED ? r.decidedBy() : null);
    v.put("refusedBy", r.status() == SopProposalStore.Status.REFUSED ? r.decidedBy() : null);
    v.put("decidedAt", r.decidedAt());
    v.put("decisionReason", r.decisionReason());
    v.put("deploymentId", r.deploymentId());
    v.put("deployedVersions", r.deployedVersions());
    v.put("findings", r.findings());
    v.put("changes", r.changes());
    if (files != null) {
      List<Map<String, Object>> fs = new ArrayList<>();
      for (SopProposalStore.StoredFile f : files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("type", ModelGate.isBpmn(f.name()) ? "BPMN" : ModelGate.isDmn(f.name()) ? "DMN"
            : ModelGate.isForm(f.name()) ? "FORM" : "OTHER");
        m.put("size", f.content().length);
        m.put("isNew", f.previous() == null);
        m.put("xml", new String(f.content(), StandardCharsets.UTF_8));
        m.put("previousXml", f.previous() == null ? null : new String(f.previous(), StandardCharsets.UTF_8));
        fs.add(m);
      }
      v.put("files", fs);
    }
    return v;
  }

  @ExceptionHandler(ProposalException.class)
  ResponseEntity<Map<String, Object>> refused(ProposalException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", e.code());
    body.put("message", e.getMessage());
    if (!e.errors().isEmpty()) {
      body.put("errors", e.errors());
    }
    if (!e.findings().isEmpty()) {
      body.put("findings", e.findings());
    }
    if (e.proposalId() != null) {
      body.put("id", e.proposalId());
    }
    return ResponseEntity.status(e.status()).body(body);
  }

  @ExceptionHandler(ModelRefusedException.class)
  ResponseEntity<Map<String, Object>> gate(ModelRefusedException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", ModelRefusedException.CODE);
    body.put("message", "Model ditolak oleh pemeriksaan keamanan; tidak ada yang di-deploy.");
    body.put("findings", e.findings());
    return ResponseEntity.badRequest().body(body);
  }
}
