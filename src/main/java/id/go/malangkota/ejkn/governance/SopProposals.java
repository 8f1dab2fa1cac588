package id.go.malangkota.ejkn.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.identity.Actor;
import id.go.malangkota.ejkn.identity.StaffGroups;
import id.go.malangkota.ejkn.identity.SystemAccess;
import id.go.malangkota.ejkn.sop.SopModelCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SOP publishing path (ADR 1501): a process owner proposes changed BPMN/DMN/form files; the model gate and the
 * SOP checks run at once; a second person — {@code kadinkes} or {@code admin}, never the proposer — approves, and
 * the system deploys under its own identity ({@link SystemPublisher}), or refuses with a reason. Every proposal,
 * its findings, what it changes and the decision are kept; auditors read them.
 */
@Service
public class SopProposals {

  public static final String DEPLOYMENT_SOURCE = "ejkn-sop-proposal";
  public static final String SOP_CHECK = "SOP_CHECK_FAILED";
  public static final String SOP_FORM_MISSING = "SOP_FORM_MISSING";
  static final int MAX_FILES = 20;
  static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
  static final int MAX_TEXT = 2000;
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Pattern TASK_IN_MESSAGE = Pattern.compile("tugas '([^']+)'");
  private static final Logger log = LoggerFactory.getLogger(SopProposals.class);

  public record Upload(String name, byte[] content) {}

  private final SopProposalStore store;
  private final RepositoryService repository;
  private final SystemAccess system;
  private final SystemPublisher publisher;
  private final GovernancePlugin governance;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ObjectMapper json = new ObjectMapper();

  public SopProposals(SopProposalStore store, RepositoryService repository, SystemAccess system,
      SystemPublisher publisher, GovernancePlugin governance, JdbcTemplate jdbc, PlatformTransactionManager tx) {
    this.store = store;
    this.repository = repository;
    this.system = system;
    this.publisher = publisher;
    this.governance = governance;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(tx);
  }

  // ------------------------------------------------------------------ who may do what

  static boolean isOwner(Actor a) {
    return a.groups().contains(StaffGroups.PROCESS_OWNER);
  }

  static boolean isApprover(Actor a) {
    return a.groups().contains(StaffGroups.KADINKES) || a.groups().contains(StaffGroups.ADMIN);
  }

  static boolean mayRead(Actor a) {
    return isOwner(a) || isApprover(a) || a.groups().contains(StaffGroups.AUDITOR);
  }

  public void requireReader(Actor actor) {
    if (actor.isSystem() || !mayRead(actor)) {
      throw new ProposalException(403, "SOP_PROPOSAL_FORBIDDEN",
          "Usulan SOP hanya dapat dibaca oleh pemilik proses, Kepala Dinas Kesehatan, admin dan auditor.");
    }
  }

  // ------------------------------------------------------------------ propose

  public SopProposalStore.Row propose(Actor actor, String description, List<Upload> uploads) {
    if (actor.isSystem() || !isOwner(actor)) {
      throw new ProposalException(403, "SOP_PROPOSE_FORBIDDEN",
          "Hanya pemilik proses (kelompok pemilik-proses) yang dapat mengajukan perubahan SOP.");
    }
    validate(description, uploads);
    List<Finding> findings = check(uploads);
    List<SopProposalStore.StoredFile> files = new ArrayList<>();
    List<ModelChanges.Change> changes = new ArrayList<>();
    for (Upload u : uploads) {
      byte[] previous = system.read(() -> deployedVersionOf(u));
      files.add(new SopProposalStore.StoredFile(u.name(), u.content(), previous));
      changes.addAll(ModelChanges.of(u.name(), u.content(), previous));
    }
    SopProposalStore.Status status = findings.isEmpty() ? SopProposalStore.Status.AWAITING_APPROVAL
        : SopProposalStore.Status.CHECK_FAILED;
    String id = "USUL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    SopProposalStore.Row row = new SopProposalStore.Row(id, description.strip(), status, actor.userId(),
        ClockUtil.getCurrentTime().toInstant(), findings, changes, null, null, null, null, List.of());
    transaction.executeWithoutResult(s -> store.insert(row, files));
    log.info("SOP proposal {} by {}: {} ({} files, {} findings)", id, actor.userId(), status, files.size(), findings.size());
    return store.find(id).orElseThrow();
  }

  private static void validate(String description, List<Upload> uploads) {
    List<Map<String, String>> errors = new ArrayList<>();
    if (description == null || description.isBlank()) {
      errors.add(error("description", "Uraian perubahan wajib diisi (apa yang diubah dan mengapa)."));
    } else if (description.length() > MAX_TEXT) {
      errors.add(error("description", "Uraian perubahan paling panjang " + MAX_TEXT + " karakter."));
    } else if (hasControl(description)) {
      errors.add(error("description", "Uraian perubahan memuat karakter kendali yang tidak diizinkan."));
    }
    if (uploads.isEmpty()) {
      errors.add(error("files", "Lampirkan minimal satu berkas .bpmn, .dmn atau .form."));
    } else if (uploads.size() > MAX_FILES) {
      errors.add(error("files", "Paling banyak " + MAX_FILES + " berkas per usulan."));
    }
    Set<String> names = new HashSet<>();
    for (Upload u : uploads) {
      if (u.name() == null || !FILE_NAME.matcher(u.name()).matches()) {
        errors.add(error("files", "Nama berkas '" + (u.name() == null ? "" : ModelGate.clip(u.name()))
            + "' tidak valid: huruf, angka, titik, garis bawah dan tanda hubung saja (maks. 100 karakter)."));
      } else if (!names.add(u.name())) {
        errors.add(error("files", "Berkas '" + u.name() + "' dilampirkan lebih dari sekali."));
      }
      if (u.content().length > MAX_FILE_BYTES) {
        errors.add(error("files", "Berkas '" + u.name() + "' terlalu besar: maksimal 2 MiB."));
      } else if (u.content().length == 0) {
        errors.add(error("files", "Berkas '" + u.name() + "' kosong."));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProposalException(400, "VALIDATION_FAILED", "Usulan belum lengkap; periksa setiap kolom yang disebut.",
          errors, List.of(), null);
    }
  }

  static boolean hasControl(String s) {
    return s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f);
  }

  static Map<String, String> error(String field, String message) {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("field", field);
    e.put("message", message);
    return e;
  }

  // ------------------------------------------------------------------ the checks

  /** The model gate on every file, then the SOP checks on every diagram (lane, documentation, time standard, form). */
  public List<Finding> check(List<Upload> uploads) {
    List<Finding> findings = new ArrayList<>();
    Set<String> delegates = governance.delegates().names();
    List<Upload> clean = new ArrayList<>();
    for (Upload u : uploads) {
      List<Finding> f = ModelGate.check(u.name(), u.content(), delegates);
      findings.addAll(f);
      if (f.isEmpty()) {
        clean.add(u);
      }
    }
    findings.addAll(system.read(() -> sopChecks(clean)));
    return findings;
  }

  private List<Finding> sopChecks(List<Upload> uploads) {
    List<Finding> findings = new ArrayList<>();
    Set<String> steps = null;
    Set<String> forms = new HashSet<>(jdbc.queryForList("SELECT DISTINCT KEY_ FROM ACT_RE_CAMFORMDEF", String.class));
    for (Upload u : uploads) {
      if (ModelGate.isDmn(u.name())) {
        DmnModelInstance dmn = readDmn(u, findings);
        if (dmn != null && dmn.getModelElementById(SopModelCheck.TIME_STANDARDS) instanceof Decision) {
          try {
            steps = SopModelCheck.stepsWithTimeStandard(dmn);
          } catch (RuntimeException e) {
            findings.add(new Finding(u.name(), SopModelCheck.TIME_STANDARDS, SOP_CHECK,
                "tabel standar waktu harus punya masukan \"step\""));
          }
        }
      } else if (ModelGate.isForm(u.name())) {
        try {
          JsonNode id = json.readTree(u.content()).path("id");
          if (id.isTextual()) {
            forms.add(id.asText());
          }
        } catch (IOException e) {
          // the gate reported it
        }
      }
    }
    if (steps == null) {
      steps = deployedTimeStandardSteps();
    }
    for (Upload u : uploads) {
      if (!ModelGate.isBpmn(u.name())) {
        continue;
      }
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromStream(new ByteArrayInputStream(u.content()));
      } catch (RuntimeException e) {
        findings.add(new Finding(u.name(), u.name(), ModelGate.UNREADABLE, "diagram BPMN tidak dapat dibaca: "
            + ModelGate.clip(String.valueOf(e.getMessage()))));
        continue;
      }
      for (String problem : SopModelCheck.check(u.name(), model, steps)) {
        Matcher m = TASK_IN_MESSAGE.matcher(problem);
        findings.add(new Finding(u.name(), m.find() ? m.group(1) : u.name(), SOP_CHECK, problem));
      }
      List<BaseElement> withForms = new ArrayList<>(model.getModelElementsByType(UserTask.class));
      withForms.addAll(model.getModelElementsByType(StartEvent.class));
      for (BaseElement e : withForms) {
        String ref = e.getAttributeValueNs(ModelGate.CAMUNDA_BPMN_NS, "formRef");
        if (ref != null && !ref.isBlank() && !forms.contains(ref)) {
          findings.add(new Finding(u.name(), e.getId(), SOP_FORM_MISSING, "formulir '" + ModelGate.clip(ref)
              + "' belum di-deploy dan tidak ada dalam usulan; lampirkan berkas .form-nya"));
        }
      }
    }
    return findings;
  }

  private static DmnModelInstance readDmn(Upload u, List<Finding> findings) {
    try {
      return Dmn.readModelFromStream(new ByteArrayInputStream(u.content()));
    } catch (RuntimeException e) {
      findings.add(new Finding(u.name(), u.name(), ModelGate.UNREADABLE, "tabel DMN tidak dapat dibaca: "
          + ModelGate.clip(String.valueOf(e.getMessage()))));
      return null;
    }
  }

  private Set<String> deployedTimeStandardSteps() {
    DecisionDefinition d = repository.createDecisionDefinitionQuery().decisionDefinitionKey(SopModelCheck.TIME_STANDARDS)
        .latestVersion().singleResult();
    if (d == null) {
      return Set.of();
    }
    try (InputStream in = repository.getDecisionModel(d.getId())) {
      return SopModelCheck.stepsWithTimeStandard(Dmn.readModelFromStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The currently deployed version of the file's process, decision or form (by key), or null. */
  byte[] deployedVersionOf(Upload u) {
    try {
      if (ModelGate.isBpmn(u.name())) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(u.content()));
        for (Process p : model.getModelElementsByType(Process.class)) {
          ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionKey(p.getId()).latestVersion()
              .singleResult();
          if (d != null) {
            return bytes(repository.getProcessModel(d.getId()));
          }
        }
      } else if (ModelGate.isDmn(u.name())) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(u.content()));
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
          DecisionDefinition d = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision.getId())
              .latestVersion().singleResult();
          if (d != null) {
            return bytes(repository.getDecisionModel(d.getId()));
          }
        }
      } else if (ModelGate.isForm(u.name())) {
        String key = json.readTree(u.content()).path("id").asText(null);
        List<Map<String, Object>> rows = key == null ? List.of() : jdbc.queryForList(
            "SELECT DEPLOYMENT_ID_, RESOURCE_NAME_ FROM ACT_RE_CAMFORMDEF WHERE KEY_ = ? ORDER BY VERSION_ DESC", key);
        if (!rows.isEmpty()) {
          return bytes(repository.getResourceAsStream((String) rows.get(0).get("DEPLOYMENT_ID_"),
              (String) rows.get(0).get("RESOURCE_NAME_")));
        }
      }
    } catch (RuntimeException | IOException e) {
      return null; // unreadable: the gate has said why
    }
    return null;
  }

  private static byte[] bytes(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  // ------------------------------------------------------------------ decide

  private SopProposalStore.Row pending(Actor actor, String id) {
    if (actor.isSystem() || !isApprover(actor)) {
      throw new ProposalException(403, "SOP_DECIDE_FORBIDDEN",
          "Hanya Kepala Dinas Kesehatan atau admin yang dapat menyetujui atau menolak usulan SOP.");
    }
    SopProposalStore.Row row = store.find(id).orElseThrow(() -> new ProposalException(404, "NOT_FOUND",
        "Usulan SOP " + ModelGate.clip(id) + " tidak ditemukan."));
    if (actor.userId().equals(row.proposedBy())) {
      throw new ProposalException(403, "SOP_PROPOSER_CANNOT_DECIDE",
          "Pengusul tidak dapat memutuskan usulannya sendiri; keputusan diambil orang kedua.");
    }
    if (row.status() != SopProposalStore.Status.AWAITING_APPROVAL) {
      throw new ProposalException(409, "SOP_PROPOSAL_NOT_PENDING", "Usulan " + id + " tidak menunggu persetujuan (status "
          + row.status() + ").");
    }
    return row;
  }

  /** Approves and publishes: the checks run again, then the system deploys every file as one deployment. */
  public SopProposalStore.Row approve(Actor actor, String id) {
    SopProposalStore.Row row = pending(actor, id);
    List<Upload> uploads = store.files(id).stream().map(f -> new Upload(f.name(), f.content())).toList();
    List<Finding> findings = check(uploads);
    if (!findings.isEmpty()) {
      throw new ProposalException(400, ModelRefusedException.CODE, "Usulan tidak lagi lolos pemeriksaan; tidak ada yang"
          + " di-deploy.", List.of(), findings, id);
    }
    Instant at = ClockUtil.getCurrentTime().toInstant();
    transaction.executeWithoutResult(s -> {
      if (!store.decide(id, SopProposalStore.Status.DEPLOYED, actor.userId(), at, null)) {
        throw new ProposalException(409, "SOP_PROPOSAL_NOT_PENDING", "Usulan " + id + " sudah diputuskan.");
      }
      DeploymentWithDefinitions deployment = publisher.publish(() -> {
        DeploymentBuilder builder = repository.createDeployment().name("Usulan SOP " + id).source(DEPLOYMENT_SOURCE);
        for (Upload u : uploads) {
          builder.addInputStream(u.name(), new ByteArrayInputStream(u.content()));
        }
        return builder.deployWithResult();
      });
      store.deployed(id, deployment.getId(), versions(deployment));
    });
    log.info("SOP proposal {} approved by {} and deployed", id, actor.userId());
    return store.find(id).orElseThrow();
  }

  private static List<Map<String, Object>> versions(DeploymentWithDefinitions deployment) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (deployment.getDeployedProcessDefinitions() != null) {
      for (ProcessDefinition d : deployment.getDeployedProcessDefinitions()) {
        out.add(version("PROCESS", d.getKey(), d.getVersion(), d.getId(), d.getVersionTag()));
      }
    }
    if (deployment.getDeployedDecisionDefinitions() != null) {
      for (DecisionDefinition d : deployment.getDeployedDecisionDefinitions()) {
        out.add(version("DECISION", d.getKey(), d.getVersion(), d.getId(), d.getVersionTag()));
      }
    }
    return out;
  }

  private static Map<String, Object> version(String type, String key, int version, String id, String tag) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("type", type);
    v.put("key", key);
    v.put("version", version);
    v.put("definitionId", id);
    v.put("versionTag", tag);
    return v;
  }

  /** Refuses with a reason: nothing is deployed, the proposal keeps its files and findings. */
  public SopProposalStore.Row refuse(Actor actor, String id, String reason) {
    pending(actor, id);
    if (reason == null || reason.isBlank()) {
      throw new ProposalException(400, "VALIDATION_FAILED", "Alasan penolakan wajib diisi.",
          List.of(error("reason", "Alasan penolakan wajib diisi.")), List.of(), id);
    }
    if (reason.length() > MAX_TEXT || hasControl(reason)) {
      throw new ProposalException(400, "VALIDATION_FAILED", "Alasan penolakan tidak valid.",
          List.of(error("reason", "Alasan paling panjang " + MAX_TEXT + " karakter, tanpa karakter kendali.")), List.of(), id);
    }
    if (!store.decide(id, SopProposalStore.Status.REFUSED, actor.userId(), ClockUtil.getCurrentTime().toInstant(),
        reason.strip())) {
      throw new ProposalException(409, "SOP_PROPOSAL_NOT_PENDING", "Usulan " + id + " sudah diputuskan.");
    }
    log.info("SOP proposal {} refused by {}", id, actor.userId());
    return store.find(id).orElseThrow();
  }
}
