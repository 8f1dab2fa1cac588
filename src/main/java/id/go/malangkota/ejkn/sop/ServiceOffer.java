package id.go.malangkota.ejkn.sop;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service as residents know it ("Pendaftaran Baru", "Reaktivasi Mendesak"): one process may serve several, told
 * apart by the request type that the decision tables take as input.
 *
 * @param slug the readable address, {@code /sop/{slug}}
 * @param requestType the request type passed to the decision tables, or null when the process has none
 */
public record ServiceOffer(String slug, String processKey, String requestType, String title, String summary) {

  /** Labels of the request types the tables know; a type not listed here is shown with the process name. */
  static final Map<String, String[]> KNOWN = Map.of(
      "NEW", new String[] {"pendaftaran-baru", "Pendaftaran Baru Peserta JKN (PBI APBD)",
          "Bagi warga Kota Malang yang belum terdaftar JKN dan tidak mampu membayar iuran: iuran dibayar Pemerintah Kota Malang."},
      "SWITCH_FROM_MANDIRI", new String[] {"peralihan-mandiri", "Peralihan dari Peserta Mandiri ke PBI APBD",
          "Bagi peserta JKN mandiri (PBPU) yang tidak sanggup lagi membayar iuran: kepesertaan dialihkan sehingga iuran dibayar Pemerintah Kota Malang."},
      "URGENT_REACTIVATION", new String[] {"reaktivasi-mendesak", "Reaktivasi Mendesak (Pasien Rawat Inap)",
          "Bagi warga yang sedang dirawat inap dan kepesertaan JKN-nya nonaktif: kartu diaktifkan paling lama 3×24 jam sejak masuk rawat inap."},
      "DEACTIVATION", new String[] {"penonaktifan", "Penonaktifan Peserta PBI APBD",
          "Bagi peserta yang meninggal dunia, pindah ke luar Kota Malang, menjadi pekerja penerima upah, sudah ditanggung PBI APBN, terdata ganda atau tidak lagi memenuhi syarat."});

  /** Display order of the known services on the index. */
  static final List<String> ORDER = List.of("NEW", "SWITCH_FROM_MANDIRI", "URGENT_REACTIVATION", "DEACTIVATION");

  static ServiceOffer of(String processKey, String processName, String requestType) {
    if (requestType == null) {
      return new ServiceOffer(processKey, processKey, null, processName, "");
    }
    String[] known = KNOWN.get(requestType);
    if (known != null) {
      return new ServiceOffer(known[0], processKey, requestType, known[1], known[2]);
    }
    return new ServiceOffer(processKey + "-" + requestType.toLowerCase(Locale.ROOT).replace('_', '-'), processKey,
        requestType, processName + " (" + requestType + ")", "");
  }

  int sortKey() {
    int i = requestType == null ? -1 : ORDER.indexOf(requestType);
    return i < 0 ? ORDER.size() : i;
  }
}
