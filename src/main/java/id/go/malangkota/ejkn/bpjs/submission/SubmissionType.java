package id.go.malangkota.ejkn.bpjs.submission;

/** What the city asks BPJS to do with a member. */
public enum SubmissionType {
  /** A resident not yet in JKN becomes a city-funded member (PBPU/BP Pemda, "PBI APBD"). */
  REGISTER,
  /** A self-paying member (PBPU mandiri) becomes city-funded. */
  CHANGE_SEGMENT,
  /** A non-active membership becomes active again, city-funded (urgent when the resident is in hospital). */
  REACTIVATE,
  /** The city stops funding a member. */
  DEACTIVATE
}
