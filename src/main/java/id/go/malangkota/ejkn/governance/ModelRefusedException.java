package id.go.malangkota.ejkn.governance;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/** The model gate refused a deployment: nothing is deployed; every finding names the element and the reason. */
public class ModelRefusedException extends BadUserRequestException {

  public static final String CODE = "MODEL_REFUSED";

  private final transient List<Finding> findings;

  public ModelRefusedException(List<Finding> findings) {
    super(summary(findings));
    this.findings = List.copyOf(findings);
  }

  public List<Finding> findings() {
    return findings;
  }

  static String summary(List<Finding> findings) {
    StringBuilder sb = new StringBuilder("Model ditolak oleh pemeriksaan keamanan (" + findings.size() + " temuan): ");
    for (int i = 0; i < findings.size() && i < 10; i++) {
      sb.append(i == 0 ? "" : "; ").append(findings.get(i).text());
    }
    if (findings.size() > 10) {
      sb.append("; …");
    }
    return sb.toString();
  }
}
