package id.go.malangkota.ejkn.intake;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The field of a refusal as the officer reads it on the form ("Anggota keluarga ke-2, tanggal lahir"), never the
 * JSON path ({@code members[1].birthDate}): machines keep the path in {@code errors[].field}.
 */
public final class FieldLabels {

  private static final Pattern MEMBER = Pattern.compile("^members\\[(\\d+)]\\.?(.*)$");
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("type", "jenis layanan"),
      Map.entry("kelurahanCode", "kelurahan"),
      Map.entry("familyCardNumber", "No. KK"),
      Map.entry("address", "alamat"),
      Map.entry("phone", "nomor HP"),
      Map.entry("email", "e-mail"),
      Map.entry("submittedBy.relation", "yang mengajukan"),
      Map.entry("submittedBy.name", "nama yang mengajukan"),
      Map.entry("submittedBy.nik", "NIK yang mengajukan"),
      Map.entry("submittedBy.powerOfAttorney", "surat kuasa"),
      Map.entry("members", "anggota keluarga"),
      Map.entry("nik", "NIK"),
      Map.entry("name", "nama lengkap"),
      Map.entry("birthDate", "tanggal lahir"),
      Map.entry("relationship", "hubungan dalam keluarga"),
      Map.entry("candidate", "didaftarkan"),
      Map.entry("documents", "dokumen yang diserahkan"),
      Map.entry("hospitalAdmission", "waktu masuk rumah sakit"),
      Map.entry("applicationNumber", "nomor permohonan"),
      Map.entry("reason", "alasan"),
      Map.entry("note", "catatan"),
      Map.entry("file", "berkas"),
      Map.entry("kind", "jenis dokumen"));

  private FieldLabels() {}

  /** "Anggota keluarga ke-2, tanggal lahir" for {@code members[1].birthDate}; the path itself if it is unknown. */
  public static String of(String field) {
    if (field == null || field.isBlank()) {
      return "";
    }
    Matcher m = MEMBER.matcher(field);
    if (m.matches()) {
      String member = "Anggota keluarga ke-" + (Integer.parseInt(m.group(1)) + 1);
      return m.group(2).isEmpty() ? member : member + ", " + LABELS.getOrDefault(m.group(2), m.group(2));
    }
    if (field.startsWith("documents.")) {
      return capitalized(LABELS.get("documents")) + " (" + field.substring("documents.".length()) + ")";
    }
    return capitalized(LABELS.getOrDefault(field, field));
  }

  /** Every error as "Label: message", one after the other, for a person to read. */
  public static String describe(java.util.List<FieldError> errors) {
    return errors.stream().map(e -> e.field() == null || e.field().isBlank() ? e.message() : of(e.field()) + ": " + e.message())
        .collect(Collectors.joining(" "));
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
