package id.go.malangkota.ejkn.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of request a resident makes (DOMAIN.md), with the one Indonesian wording of each that every page,
 * mail, receipt and report uses.
 */
public enum RequestType {
  NEW("Pendaftaran Baru Peserta JKN (PBI APBD)", "Pendaftaran baru"),
  SWITCH_FROM_MANDIRI("Peralihan dari Peserta Mandiri (PBPU) ke PBI APBD", "Peralihan dari mandiri"),
  URGENT_REACTIVATION("Reaktivasi Mendesak (Pasien Rawat Inap 3×24 Jam)", "Reaktivasi mendesak"),
  DEACTIVATION("Penonaktifan Peserta PBI APBD", "Penonaktifan");

  private final String label;
  private final String shortLabel;

  RequestType(String label, String shortLabel) {
    this.label = label;
    this.shortLabel = shortLabel;
  }

  /** The service's full name, e.g. on the receipt and the status page. */
  public String label() {
    return label;
  }

  /** A few words, e.g. in lists, charts and mails. */
  public String shortLabel() {
    return shortLabel;
  }

  public static Optional<RequestType> parse(String code) {
    return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
  }

  /** The full label of a code, or the code itself when it is none of ours. */
  public static String labelOf(String code) {
    return parse(code).map(RequestType::label).orElse(code == null ? "" : code);
  }

  public static String shortLabelOf(String code) {
    return parse(code).map(RequestType::shortLabel).orElse(code == null ? "" : code);
  }
}
