package id.go.malangkota.ejkn.governance;

import java.util.List;
import java.util.Map;

/** A refused proposal action: HTTP status, stable code, a sentence in Bahasa Indonesia, and details. */
public class ProposalException extends RuntimeException {

  private final int status;
  private final String code;
  private final transient List<Map<String, String>> errors;
  private final transient List<Finding> findings;
  private final String proposalId;

  public ProposalException(int status, String code, String message) {
    this(status, code, message, List.of(), List.of(), null);
  }

  public ProposalException(int status, String code, String message, List<Map<String, String>> errors,
      List<Finding> findings, String proposalId) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = errors;
    this.findings = findings;
    this.proposalId = proposalId;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<Map<String, String>> errors() {
    return errors;
  }

  public List<Finding> findings() {
    return findings;
  }

  public String proposalId() {
    return proposalId;
  }
}
