package id.go.malangkota.ejkn.kpi;

import java.util.Map;

/** What people read for the codes the dashboard and the audit trail show. */
public final class KpiLabels {

  public static final Map<String, String> TYPES = Map.of(
      "NEW", "Pendaftaran baru",
      "SWITCH_FROM_MANDIRI", "Peralihan dari mandiri",
      "URGENT_REACTIVATION", "Reaktivasi mendesak");

  /** Outcome of a whole application (one KK), derived from its candidates (see {@link ApplicationFacts}). */
  public static final Map<String, String> OUTCOMES = Map.of(
      "ACTIVATED", "Kartu aktif",
      "PARTIALLY_ACTIVATED", "Sebagian aktif",
      "REJECTED", "Ditolak",
      "MISSING_DOCUMENTS", "Dokumen belum lengkap",
      "ACTIVATION_FAILED", "Aktivasi gagal",
      "CANCELLED", "Dibatalkan");

  public static final Map<String, String> RELATIONS = Map.of(
      "SELF", "Diajukan sendiri",
      "FAMILY_MEMBER", "Anggota keluarga",
      "OTHER", "Orang lain (dengan kuasa)");

  public static final Map<String, String> AGENCIES = Map.of(
      "kelurahan", "Kelurahan",
      "dispendukcapil", "Dispendukcapil",
      "dinsos", "Dinas Sosial P3AP2KB",
      "disnaker", "Disnaker PMPTSP",
      "dinkes", "Dinas Kesehatan",
      "kadinkes", "Kepala Dinas Kesehatan");

  /** Candidate outcome reasons (DMN reason codes, verification and intake codes). */
  public static final Map<String, String> REASONS = Map.ofEntries(
      Map.entry("MISSING_DOCUMENT", "Dokumen belum lengkap"),
      Map.entry("NOT_RESIDENT", "Bukan penduduk Kota Malang"),
      Map.entry("RESIDENCY_UNKNOWN", "Domisili belum terverifikasi"),
      Map.entry("ALREADY_COVERED", "Sudah tercakup JKN"),
      Map.entry("FORMAL_WORKER", "Pekerja formal (PPU)"),
      Map.entry("NOT_MANDIRI", "Bukan peserta mandiri (PBPU)"),
      Map.entry("NOTHING_TO_REACTIVATE", "Kepesertaan masih aktif"),
      Map.entry("NOT_REGISTERED_USE_NEW", "Belum terdaftar: ajukan pendaftaran baru"),
      Map.entry("USE_SWITCH_FROM_MANDIRI", "Peserta mandiri: ajukan peralihan"),
      Map.entry("BPJS_STATUS_UNKNOWN", "Status BPJS belum diperiksa"),
      Map.entry("UNKNOWN_REQUEST_TYPE", "Jenis permohonan tidak dikenal"),
      Map.entry("NO_POWER_OF_ATTORNEY", "Perwakilan tanpa surat kuasa"),
      Map.entry("FAMILY_NOT_ON_CARD", "Keluarga di luar KK tanpa kuasa"),
      Map.entry("RELATION_UNKNOWN", "Hubungan pengaju belum diisi"),
      Map.entry("REPRESENTATION_REFUSED", "Perwakilan tidak diterima"),
      Map.entry("WELFARE_NOT_IN_DTKS", "Dinsos: tidak terdaftar di DTKS"),
      Map.entry("WELFARE_ABLE_TO_PAY", "Dinsos: dinilai mampu membayar"),
      Map.entry("WELFARE_STATEMENT_INVALID", "Dinsos: surat pernyataan tidak sah"),
      Map.entry("WELFARE_DATA_INCOMPLETE", "Dinsos: data belum lengkap"),
      Map.entry("WELFARE_OTHER", "Dinsos: alasan lain"),
      Map.entry("REJECTED_BY_KADINKES", "Ditolak Kepala Dinas Kesehatan"),
      Map.entry("ACTIVATION_FAILED", "Aktivasi BPJS tidak terkonfirmasi"));

  private KpiLabels() {}

  public static String type(String code) {
    return label(TYPES, code);
  }

  public static String outcome(String code) {
    return label(OUTCOMES, code);
  }

  public static String relation(String code) {
    return label(RELATIONS, code);
  }

  public static String agency(String code) {
    return label(AGENCIES, code);
  }

  public static String reason(String code) {
    return label(REASONS, code);
  }

  private static String label(Map<String, String> labels, String code) {
    return code == null ? "" : labels.getOrDefault(code, code);
  }
}
