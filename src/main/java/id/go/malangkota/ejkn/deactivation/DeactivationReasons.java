package id.go.malangkota.ejkn.deactivation;

import java.util.LinkedHashMap;
import java.util.Map;

/** The reason codes of CONTRACT.md and how people read them. Which evidence and which agency: DMN tables. */
public final class DeactivationReasons {

  public static final String DECEASED = "DECEASED";

  /** Code → label (Bahasa Indonesia), in the order the forms offer them. */
  public static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put(DECEASED, "Meninggal dunia");
    LABELS.put("MOVED_OUT", "Pindah domisili ke luar Kota Malang");
    LABELS.put("FORMAL_WORKER", "Bekerja sebagai pekerja formal (iuran dibayar pemberi kerja)");
    LABELS.put("COVERED_BY_APBN", "Sudah ditanggung sebagai peserta PBI APBN");
    LABELS.put("DUPLICATE", "Data kepesertaan ganda");
    LABELS.put("NO_LONGER_ELIGIBLE", "Tidak lagi memenuhi syarat PBI APBD");
  }

  private DeactivationReasons() {}

  public static boolean known(String code) {
    return code != null && LABELS.containsKey(code);
  }

  public static String label(String code) {
    return code == null ? "" : LABELS.getOrDefault(code, code);
  }
}
