package id.go.malangkota.ejkn.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.application.RequestType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The audit trail in words an auditor reads ("Dokumen: KTP — ya", "Jenis layanan — Pendaftaran baru"), not the
 * variables' names and codes ({@code docKtp true}, {@code requestType NEW}). The labels come from where officers
 * read them: the Camunda Forms shipped with this version (each field's label, each option's label), read once at
 * start-up; a few variables no form shows are named here. A form changed through an SOP proposal is read at the next
 * release's start-up, not at once.
 */
@Component
public class AuditLabels {

  private static final Map<String, String> NOT_ON_A_FORM = Map.ofEntries(
      Map.entry("requestType", "Jenis layanan"),
      Map.entry("applicationNumber", "Nomor permohonan"),
      Map.entry("applicantName", "Pemohon"),
      Map.entry("kelurahanCode", "Kode kelurahan"),
      Map.entry("kelurahanName", "Kelurahan"),
      Map.entry("documentsComplete", "Dokumen lengkap"),
      Map.entry("representationAllowed", "Perwakilan diizinkan"),
      Map.entry("anyEligible", "Ada calon yang memenuhi syarat"),
      Map.entry("verificationOutcome", "Hasil verifikasi"),
      Map.entry("allActive", "Semua kartu aktif"),
      Map.entry("activationOverdue", "Aktivasi melewati batas"),
      Map.entry("deadlineText", "Batas waktu"),
      Map.entry("overallDeadline", "Batas akhir 3×24 jam"),
      Map.entry("verificationSummary", "Ringkasan untuk verifikator"),
      Map.entry("fktpAssignments", "Penetapan FKTP"));
  private static final Map<String, String> OUTCOMES = Map.of(
      "APPROVE", "Setuju", "REJECT", "Tolak", "RETURN", "Kembalikan untuk dilengkapi",
      "ELIGIBLE", "Memenuhi syarat", "NOT_ELIGIBLE", "Tidak memenuhi syarat");

  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, String> options = new HashMap<>();

  public AuditLabels() {
    this(new PathMatchingResourcePatternResolver(), "classpath*:forms/**/*.form");
  }

  AuditLabels(PathMatchingResourcePatternResolver resolver, String pattern) {
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource form : resolver.getResources(pattern)) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void collect(JsonNode node) {
    if (node.isArray()) {
      node.forEach(this::collect);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String key = node.path("key").asText(null);
    String label = node.path("label").asText(null);
    if (key != null && label != null && !label.isBlank()) {
      labels.putIfAbsent(key, label.strip());
      for (JsonNode option : node.path("values")) {
        if (option.hasNonNull("value") && option.hasNonNull("label")) {
          options.putIfAbsent(key + "=" + option.get("value").asText(), option.get("label").asText().strip());
        }
      }
    }
    node.forEach(this::collect);
  }

  /** "KTP" for {@code docKtp}; the name itself when nobody labelled it. */
  public String variable(String name) {
    if (name == null) {
      return null;
    }
    String label = labels.get(name);
    return label != null ? label : NOT_ON_A_FORM.getOrDefault(name, name);
  }

  /**
   * "ya" for true, a form option's label for its value, "Pendaftaran baru" for NEW and "Belum terdaftar di JKN" for
   * NOT_REGISTERED wherever they appear; otherwise the value. {@code name} is the variable (for a decision's input or output: its label, which matches no form option).
   */
  public String value(String name, String value) {
    if (value == null) {
      return null;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return "true".equals(value) ? "ya" : "tidak";
    }
    String option = options.get(name + "=" + value);
    if (option != null) {
      return option;
    }
    // a request type wherever it appears (a variable, a decision's input): its Indonesian name
    for (RequestType t : RequestType.values()) {
      if (t.name().equals(value)) {
        return t.shortLabel();
      }
    }
    // BPJS's own codes (a membership status, a segment): as officers read them in the forms
    String bpjs = id.go.malangkota.ejkn.bpjs.MembershipStatus.labelOf(value);
    if (bpjs.equals(value)) {
      bpjs = id.go.malangkota.ejkn.bpjs.Segment.labelOf(value);
    }
    if (!bpjs.equals(value) && !"NONE".equals(value)) {
      return bpjs;
    }
    return OUTCOMES.getOrDefault(value, value);
  }
}
