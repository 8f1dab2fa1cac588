package id.go.malangkota.ejkn.bpjs;

/** JKN membership status as the processes and the {@code jkn-eligibility} decision see it (CONTRACT.md). */
public enum MembershipStatus {
  ACTIVE,
  INACTIVE,
  NOT_REGISTERED
}
