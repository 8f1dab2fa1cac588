package id.go.malangkota.ejkn.bpjs;

/** JKN participant segment (Perpres 82/2018) as the processes see it (CONTRACT.md); NONE when not registered. */
public enum Segment {
  PBI_APBN("PBI APBN (iuran dibayar Pemerintah Pusat)"),
  PBI_APBD("PBI APBD (iuran dibayar Pemerintah Kota Malang)"),
  PPU("Pekerja Penerima Upah (iuran dibayar pemberi kerja)"),
  PBPU("Peserta mandiri (PBPU, iuran dibayar sendiri)"),
  BP("Bukan Pekerja (BP)"),
  NONE("—");

  private final String label;

  Segment(String label) {
    this.label = label;
  }

  /** What an officer, a resident or an auditor reads. */
  public String label() {
    return label;
  }

  /** The label of a stored code ({@code "PBPU"} → "Peserta mandiri …"); "—" for none, the code itself if unknown. */
  public static String labelOf(String code) {
    return BpjsCodes.labelOf(Segment.class, code, Segment::label);
  }
}
