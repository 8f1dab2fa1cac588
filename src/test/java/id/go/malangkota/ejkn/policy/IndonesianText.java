package id.go.malangkota.ejkn.policy;

import java.util.List;
import java.util.Locale;

/** A rough check that a text meant for people is Bahasa Indonesia and not a leftover English placeholder. */
final class IndonesianText {

  private static final List<String> COMMON_WORDS = List.of("yang", "dan", "tidak", "belum", "sudah", "dari",
      "dengan", "peserta", "surat", "diajukan", "bukan", "untuk", "dalam", "jam", "hari", "dinas", "kartu",
      "fotokopi", "keterangan", "bukti", "akta", "berita");

  private IndonesianText() {
  }

  static boolean looksIndonesian(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return COMMON_WORDS.stream().anyMatch(word -> lower.matches(".*\\b" + word + "\\b.*"));
  }
}
