package id.go.malangkota.ejkn.bpjs.submission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The Indonesian wording of submissions, shared by the letter, the data file and the mail. */
final class SubmissionTexts {

  static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
  static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private SubmissionTexts() {}

  static String subject(SubmissionType type) {
    return switch (type) {
      case REGISTER -> "Permohonan Pendaftaran Peserta JKN Segmen PBPU/BP Pemda (PBI APBD)";
      case CHANGE_SEGMENT -> "Permohonan Perubahan Segmen Peserta JKN dari PBPU Mandiri menjadi PBPU/BP Pemda (PBI APBD)";
      case REACTIVATE -> "Permohonan Pengaktifan Kembali Kepesertaan JKN sebagai PBPU/BP Pemda (PBI APBD)";
      case DEACTIVATE -> "Permohonan Penonaktifan Peserta JKN Segmen PBPU/BP Pemda (PBI APBD)";
    };
  }

  /** The request in the words of the letter body: "... kami mohon {action} bagi penduduk ... berikut". */
  static String action(SubmissionType type) {
    return switch (type) {
      case REGISTER -> "pendaftaran sebagai peserta Jaminan Kesehatan Nasional segmen PBPU/BP Pemda yang iurannya "
          + "ditanggung Pemerintah Kota Malang";
      case CHANGE_SEGMENT -> "perubahan segmen kepesertaan dari PBPU mandiri menjadi PBPU/BP Pemda yang iurannya "
          + "ditanggung Pemerintah Kota Malang";
      case REACTIVATE -> "pengaktifan kembali kepesertaan Jaminan Kesehatan Nasional sebagai PBPU/BP Pemda yang "
          + "iurannya ditanggung Pemerintah Kota Malang";
      case DEACTIVATE -> "penonaktifan kepesertaan Jaminan Kesehatan Nasional segmen PBPU/BP Pemda yang iurannya "
          + "selama ini ditanggung Pemerintah Kota Malang";
    };
  }

  static String typeLabel(SubmissionType type) {
    return switch (type) {
      case REGISTER -> "PENDAFTARAN BARU";
      case CHANGE_SEGMENT -> "PERUBAHAN SEGMEN PBPU KE PEMDA";
      case REACTIVATE -> "PENGAKTIFAN KEMBALI";
      case DEACTIVATE -> "PENONAKTIFAN";
    };
  }

  /** The deactivation reasons of CONTRACT.md in words; unknown codes are shown as they are. */
  static String reason(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return switch (code) {
      case "DECEASED" -> "meninggal dunia";
      case "MOVED_OUT" -> "pindah domisili ke luar Kota Malang";
      case "FORMAL_WORKER" -> "menjadi pekerja penerima upah (PPU)";
      case "COVERED_BY_APBN" -> "telah terdaftar sebagai PBI APBN";
      case "DUPLICATE" -> "data ganda";
      case "NO_LONGER_ELIGIBLE" -> "tidak lagi memenuhi syarat";
      default -> code;
    };
  }

  static String longDate(LocalDate date) {
    return LONG_DATE.format(date);
  }
}
