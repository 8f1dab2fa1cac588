package id.go.malangkota.ejkn.bpjs;

/** JKN membership status as the processes and the {@code jkn-eligibility} decision see it (CONTRACT.md). */
public enum MembershipStatus {
  ACTIVE("Aktif"),
  INACTIVE("Tidak aktif"),
  NOT_REGISTERED("Belum terdaftar di JKN");

  private final String label;

  MembershipStatus(String label) {
    this.label = label;
  }

  /** What an officer, a resident or an auditor reads. */
  public String label() {
    return label;
  }

  /** The label of a stored code ({@code "INACTIVE"} → "Tidak aktif"); "—" for none, the code itself if unknown. */
  public static String labelOf(String code) {
    return BpjsCodes.labelOf(MembershipStatus.class, code, MembershipStatus::label);
  }
}
