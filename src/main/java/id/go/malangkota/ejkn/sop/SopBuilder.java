package id.go.malangkota.ejkn.sop;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;

/**
 * Builds one service's SOP from a diagram and the decision tables: the step table in flow order, the requirements
 * checklist, and the service standard. Knows no process by name: a new diagram or table version changes the SOP.
 */
public final class SopBuilder {

  /** Indonesian labels of input values of the requirement table, for the "bila …" groups of the checklist. */
  static final Map<String, String> VALUE_LABELS = Map.ofEntries(
      Map.entry("FAMILY_MEMBER", "Bila diajukan oleh anggota keluarga"),
      Map.entry("OTHER", "Bila diajukan oleh orang lain (penerima kuasa)"),
      Map.entry("SELF", "Bila diajukan sendiri"),
      Map.entry("DECEASED", "Alasan: meninggal dunia"),
      Map.entry("MOVED_OUT", "Alasan: pindah ke luar Kota Malang"),
      Map.entry("FORMAL_WORKER", "Alasan: menjadi pekerja penerima upah (PPU)"),
      Map.entry("COVERED_BY_APBN", "Alasan: sudah ditanggung PBI APBN"),
      Map.entry("DUPLICATE", "Alasan: data ganda"),
      Map.entry("NO_LONGER_ELIGIBLE", "Alasan: tidak lagi memenuhi syarat"));

  static final Map<String, String> PRODUCT = Map.of(
      "NEW", "Kartu KIS aktif sebagai peserta PBI APBD beserta FKTP (puskesmas) yang ditetapkan; atau pemberitahuan tertulis bila permohonan ditolak, dengan alasannya.",
      "SWITCH_FROM_MANDIRI", "Kepesertaan JKN beralih dari mandiri (PBPU) ke PBI APBD, kartu KIS aktif beserta FKTP; atau pemberitahuan tertulis bila ditolak, dengan alasannya.",
      "URGENT_REACTIVATION", "Kartu KIS aktif kembali sehingga biaya rawat inap dijamin JKN; atau pemberitahuan tertulis bila ditolak, dengan alasannya.",
      "DEACTIVATION", "Kepesertaan PBI APBD dinonaktifkan dan pemberitahuan tertulis kepada kelurahan.");

  private final SopDecisions decisions;

  public SopBuilder(SopDecisions decisions) {
    this.decisions = decisions;
  }

  public Sop build(SopFlow flow, int version, String versionTag, Date deployedAt, ServiceOffer service,
      List<ServiceOffer> otherServices) {
    String type = service.requestType();
    List<FlowNode> nodes = flow.steps();
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      numbers.put(nodes.get(i).getId(), i + 1);
    }
    Set<String> routed = type == null ? null : agencies(type);
    Set<String> anyRouted = type == null ? Set.of() : allAgencies();
    List<Sop.Step> steps = new ArrayList<>();
    for (FlowNode node : nodes) {
      StepDocumentation doc = StepDocumentation.of(node);
      Lane lane = flow.laneOf(node);
      Sop.Kind kind = kind(node);
      int no = numbers.get(node.getId());
      boolean notApplicable = false;
      List<String> notes = new ArrayList<>();
      if (node instanceof UserTask task && routed != null && task.getCamundaCandidateGroups() != null) {
        String group = task.getCamundaCandidateGroups().strip();
        if (anyRouted.contains(group) && !routed.contains(group)) {
          notApplicable = true;
          notes.add("Tidak dilakukan untuk layanan ini (tidak termasuk rute verifikasi).");
        }
      }
      String waktu = doc.waktu();
      if (node instanceof UserTask) {
        String label = timeLabel(node.getId(), type);
        if (label != null) {
          waktu = label;
        }
      }
      if (notApplicable) {
        waktu = "—";
      }
      List<SopFlow.Route> routes = flow.routesFrom(node);
      notes.addAll(routeNotes(routes, no, numbers));
      String pelaksana = lane != null && SopFlow.notBlank(lane.getName()) ? SopFlow.clean(lane.getName()) : doc.pelaksana();
      steps.add(new Sop.Step(no, node.getId(), kind, SopFlow.clean(node.getName()), pelaksana,
          doc.pelaksana().equalsIgnoreCase(pelaksana) || doc.pelaksana().equalsIgnoreCase("sistem") ? "" : doc.pelaksana(), doc.kebutuhan(), waktu, doc.hasil(),
          notes, notApplicable, next(routes, numbers), routes.stream().anyMatch(SopFlow.Route::decision)));
    }
    List<String> lanes = lanes(flow, steps);
    List<Sop.Requirement> requirements = requirements(type);
    List<Sop.RequirementGroup> groups = conditionalRequirements(type, requirements);
    String documentation = documentation(flow);
    List<String> outcomes = flow.endEvents().stream().map(e -> SopFlow.clean(e.getName())).filter(SopFlow::notBlank)
        .distinct().toList();
    return new Sop(flow.process().getId(), SopFlow.clean(flow.process().getName()), version, versionTag, deployedAt,
        service, otherServices, documentation, lanes, steps, requirements, groups,
        standards(service, documentation, requirements, outcomes,
            timeLabel("SERVICE", service.requestType())), outcomes);
  }

  static Sop.Kind kind(FlowNode node) {
    if (node instanceof UserTask) {
      return Sop.Kind.PERSON;
    }
    if (node instanceof ServiceTask || node instanceof BusinessRuleTask || node instanceof ScriptTask
        || node instanceof SendTask) {
      return Sop.Kind.SYSTEM;
    }
    if (node instanceof StartEvent) {
      return Sop.Kind.START;
    }
    return node instanceof Activity ? Sop.Kind.OTHER : Sop.Kind.OTHER;
  }

  String timeLabel(String step, String type) {
    List<Map<String, Object>> rows = decisions.evaluate(SopDecisions.TIME_STANDARDS,
        Map.of("step", step, "requestType", type == null ? "" : type));
    if (rows.isEmpty() || rows.get(0).get("timeLabel") == null) {
      return null;
    }
    return rows.get(0).get("timeLabel").toString();
  }

  private Set<String> agencies(String type) {
    Set<String> agencies = new HashSet<>();
    for (Map<String, Object> row : decisions.evaluate(SopDecisions.VERIFICATION_ROUTE, Map.of("requestType", type))) {
      if (row.get("agency") != null) {
        agencies.add(row.get("agency").toString());
      }
    }
    return agencies;
  }

  /** Every agency the route table can send an application to (each request type, each value of its other inputs). */
  private Set<String> allAgencies() {
    Set<String> all = new HashSet<>();
    DmnModelInstance model = decisions.model(SopDecisions.VERIFICATION_ROUTE);
    if (model == null) {
      return all;
    }
    Map<String, List<String>> values = inputValues(model, SopDecisions.VERIFICATION_ROUTE);
    for (String type : values.getOrDefault("requestType", List.of())) {
      List<Map<String, Object>> inputs = new ArrayList<>();
      inputs.add(Map.of("requestType", type));
      values.forEach((name, vs) -> {
        if (!name.equals("requestType")) {
          vs.forEach(v -> inputs.add(Map.of("requestType", type, name, v)));
        }
      });
      for (Map<String, Object> in : inputs) {
        decisions.evaluate(SopDecisions.VERIFICATION_ROUTE, in).forEach(row -> {
          if (row.get("agency") != null) {
            all.add(row.get("agency").toString());
          }
        });
      }
    }
    return all;
  }

  /** The ways out of a step, each once: next step numbers (0 = the end) with the branch's label. */
  static List<Sop.Next> next(List<SopFlow.Route> routes, Map<String, Integer> numbers) {
    Set<Sop.Next> next = new LinkedHashSet<>();
    for (SopFlow.Route r : routes) {
      boolean end = r.target() instanceof EndEvent;
      String label = end ? SopFlow.clean(r.target().getName())
          : r.labels().isEmpty() || r.labels().get(r.labels().size() - 1).endsWith("?") ? ""
          : r.labels().get(r.labels().size() - 1);
      next.add(new Sop.Next(end ? 0 : numbers.getOrDefault(r.target().getId(), 0), label));
    }
    return List.copyOf(next);
  }

  /** The Pelaksana columns: the lanes in diagram order, then any Pelaksana of a step outside every lane. */
  static List<String> lanes(SopFlow flow, List<Sop.Step> steps) {
    Set<String> used = new LinkedHashSet<>();
    steps.forEach(s -> used.add(s.pelaksana()));
    Set<String> lanes = new LinkedHashSet<>();
    for (Lane lane : flow.lanes()) {
      String name = SopFlow.clean(lane.getName());
      if (used.contains(name)) {
        lanes.add(name);
      }
    }
    lanes.addAll(used);
    return List.copyOf(lanes);
  }

  private List<String> routeNotes(List<SopFlow.Route> routes, int no, Map<String, Integer> numbers) {
    if (routes.size() == 1 && routes.get(0).labels().isEmpty() && !routes.get(0).loop()
        && numbers.getOrDefault(routes.get(0).target().getId(), -1) == no + 1) {
      return List.of();
    }
    List<String> notes = new ArrayList<>();
    for (SopFlow.Route r : routes) {
      StringBuilder b = new StringBuilder();
      List<String> labels = r.labels();
      for (int i = 0; i < labels.size(); i++) {
        b.append(labels.get(i));
        if (i < labels.size() - 1) {
          b.append(labels.get(i).endsWith("?") ? " " : ", ");
        }
      }
      if (!b.isEmpty()) {
        b.append(" → ");
      }
      if (r.target() instanceof EndEvent end) {
        b.append(SopFlow.notBlank(end.getName()) ? SopFlow.clean(end.getName()) : "selesai");
      } else {
        int target = numbers.getOrDefault(r.target().getId(), 0);
        b.append(r.loop() || target <= no ? "kembali ke langkah " : "lanjut ke langkah ").append(target);
      }
      notes.add(b.toString());
    }
    return notes;
  }

  List<Sop.Requirement> requirements(String type) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("requestType", type);
    return documents(inputs, "");
  }

  private List<Sop.Requirement> documents(Map<String, Object> inputs, String note) {
    Map<String, Sop.Requirement> byCode = new LinkedHashMap<>();
    for (Map<String, Object> row : decisions.evaluate(SopDecisions.REQUIRED_DOCUMENTS, inputs)) {
      String code = String.valueOf(row.get("documentCode"));
      boolean mandatory = Boolean.TRUE.equals(row.get("mandatory"));
      Sop.Requirement r = new Sop.Requirement(code, String.valueOf(row.get("documentLabel")), mandatory, note);
      byCode.merge(code, r, (a, b) -> a.mandatory() ? a : b);
    }
    List<Sop.Requirement> list = new ArrayList<>(byCode.values());
    list.sort((a, b) -> Boolean.compare(b.mandatory(), a.mandatory()));
    return list;
  }

  /**
   * The documents that only some applicants need: for each value of each further text input of the table (who
   * submits, the reason of a deactivation) the documents it adds; those that need a yes/no input too (e.g. a
   * declared power of attorney) are marked with that input's label.
   */
  List<Sop.RequirementGroup> conditionalRequirements(String type, List<Sop.Requirement> base) {
    DmnModelInstance model = decisions.model(SopDecisions.REQUIRED_DOCUMENTS);
    if (model == null) {
      return List.of();
    }
    Decision decision = model.getModelElementById(SopDecisions.REQUIRED_DOCUMENTS);
    DecisionTable table = decision.getChildElementsByType(DecisionTable.class).iterator().next();
    Map<String, String> booleanInputs = new LinkedHashMap<>();
    for (Input input : table.getInputs()) {
      if ("boolean".equals(input.getInputExpression().getTypeRef())) {
        booleanInputs.put(expression(input), input.getLabel());
      }
    }
    Set<String> baseCodes = new HashSet<>(base.stream().map(Sop.Requirement::code).toList());
    List<Sop.RequirementGroup> groups = new ArrayList<>();
    inputValues(model, SopDecisions.REQUIRED_DOCUMENTS).forEach((name, values) -> {
      if (name.equals("requestType")) {
        return;
      }
      for (String value : values) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("requestType", type);
        inputs.put(name, value);
        List<Sop.Requirement> added = new ArrayList<>(documents(inputs, "").stream()
            .filter(r -> !baseCodes.contains(r.code())).toList());
        Set<String> addedCodes = new HashSet<>(added.stream().map(Sop.Requirement::code).toList());
        booleanInputs.forEach((flag, label) -> {
          Map<String, Object> withFlag = new HashMap<>(inputs);
          withFlag.put(flag, true);
          documents(withFlag, "bila " + lowerFirst(label)).stream()
              .filter(r -> !baseCodes.contains(r.code()) && addedCodes.add(r.code())).forEach(added::add);
        });
        if (!added.isEmpty()) {
          groups.add(new Sop.RequirementGroup(VALUE_LABELS.getOrDefault(value, labelOf(table, name) + ": " + value), added));
        }
      }
    });
    return groups;
  }

  private static String labelOf(DecisionTable table, String name) {
    for (Input input : table.getInputs()) {
      if (name.equals(expression(input))) {
        return input.getLabel();
      }
    }
    return name;
  }

  private static String expression(Input input) {
    return input.getInputExpression().getText() == null ? "" : input.getInputExpression().getText().getTextContent().strip();
  }

  /** The allowed values of each text input of a decision table, by its expression (a variable name). */
  static Map<String, List<String>> inputValues(DmnModelInstance model, String decisionKey) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Decision decision = model.getModelElementById(decisionKey);
    if (decision == null) {
      return values;
    }
    DecisionTable table = decision.getChildElementsByType(DecisionTable.class).iterator().next();
    for (Input input : table.getInputs()) {
      if (input.getInputValues() == null || input.getInputValues().getText() == null) {
        continue;
      }
      List<String> list = new ArrayList<>();
      var m = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(input.getInputValues().getText().getTextContent());
      while (m.find()) {
        list.add(m.group(1));
      }
      values.put(expression(input), list);
    }
    return values;
  }

  private static String documentation(SopFlow flow) {
    StringBuilder b = new StringBuilder();
    flow.process().getDocumentations().forEach(d -> b.append(d.getTextContent() == null ? "" : d.getTextContent().strip()).append(' '));
    return b.toString().strip();
  }

  /** The service standard (standar pelayanan, PermenPANRB 15/2014) in plain Indonesian. */
  static List<Sop.StandardItem> standards(ServiceOffer service, String documentation, List<Sop.Requirement> requirements,
      List<String> outcomes, String serviceTime) {
    String type = service.requestType() == null ? "" : service.requestType();
    List<Sop.StandardItem> items = new ArrayList<>();
    List<String> mandatory = requirements.stream().filter(Sop.Requirement::mandatory).map(Sop.Requirement::label).toList();
    items.add(new Sop.StandardItem("Persyaratan", mandatory.isEmpty() ? "Lihat daftar persyaratan."
        : String.join("; ", mandatory) + ". Rincian dan dokumen tambahan: lihat daftar persyaratan."));
    String procedure = sentences(documentation, s -> !startsWithAny(s, "Biaya", "Pengaduan"));
    items.add(new Sop.StandardItem("Prosedur", (procedure.isBlank() ? "" : procedure + " ")
        + "Langkah lengkap, pelaksana dan waktunya: lihat uraian prosedur."));
    // the whole service's time standard is the process owner's: row "SERVICE" of the time-standards table
    items.add(new Sop.StandardItem("Jangka waktu", serviceTime == null
        ? "Sesuai standar waktu setiap langkah (kolom Waktu pada uraian prosedur)."
        : "Paling lama " + serviceTime + "; waktu setiap langkah: kolom Waktu pada uraian prosedur."));
    String cost = "Rp0 — tidak dipungut biaya.";
    if (requirements.stream().anyMatch(r -> r.label().toLowerCase(Locale.ROOT).contains("meterai"))) {
      cost += " Meterai Rp10.000 untuk surat pernyataan disediakan sendiri oleh pemohon (UU 10/2020 tentang Bea Meterai).";
    }
    items.add(new Sop.StandardItem("Biaya/tarif", cost));
    items.add(new Sop.StandardItem("Produk layanan", PRODUCT.getOrDefault(type,
        outcomes.isEmpty() ? "Sesuai hasil proses." : String.join("; ", outcomes) + ".")));
    String complaint = sentences(documentation, s -> startsWithAny(s, "Pengaduan"));
    items.add(new Sop.StandardItem("Penanganan pengaduan, saran dan masukan",
        (complaint.isBlank() ? "Pengaduan: kantor kelurahan atau Dinas Kesehatan Kota Malang." : complaint)
            + " Juga melalui SP4N-LAPOR! (lapor.go.id). Status permohonan dapat dicek sendiri di halaman Cek Status dengan nomor permohonan dan tanggal lahir pemohon."));
    return items;
  }

  private static String sentences(String text, java.util.function.Predicate<String> keep) {
    if (text == null || text.isBlank()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String s : text.split("(?<=\\.)\\s+")) {
      if (keep.test(s.strip())) {
        kept.add(s.strip());
      }
    }
    return String.join(" ", kept);
  }

  private static boolean startsWithAny(String s, String... prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static String lowerFirst(String s) {
    return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
