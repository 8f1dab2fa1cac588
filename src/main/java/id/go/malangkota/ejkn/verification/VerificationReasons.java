package id.go.malangkota.ejkn.verification;

import java.util.Map;

/** The labels of the reasons verifiers choose in their forms (forms/verify-*.form), for mails and summaries. */
public final class VerificationReasons {

  public static final Map<String, String> AGENCY = Map.of(
      "civilRegistry", "Dispendukcapil",
      "welfare", "Dinas Sosial P3AP2KB",
      "employment", "Disnaker PMPTSP");

  public static final Map<String, String> REASONS = Map.ofEntries(
      Map.entry("NIK_INVALID", "NIK tidak valid / tidak terdaftar di SIAK"),
      Map.entry("KK_MISMATCH", "Data tidak sesuai Kartu Keluarga"),
      Map.entry("NOT_DOMICILED", "Tidak berdomisili di Kota Malang"),
      Map.entry("DATA_INCOMPLETE", "Data atau dokumen belum lengkap"),
      Map.entry("NOT_IN_DTKS", "Tidak terdaftar di DTKS"),
      Map.entry("ABLE_TO_PAY", "Dinilai mampu membayar iuran"),
      Map.entry("STATEMENT_INVALID", "Surat pernyataan tidak sah / tanpa meterai"),
      Map.entry("FORMAL_WORKER", "Tercatat sebagai pekerja formal (penerima upah)"),
      Map.entry("OTHER", "Alasan lain"));

  private VerificationReasons() {}

  public static String label(String code) {
    return code == null ? "" : REASONS.getOrDefault(code, code);
  }
}
