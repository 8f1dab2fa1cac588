package id.go.malangkota.ejkn.intake;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Reads and updates the {@code candidates} JSON variable of an application. */
@Component("candidateRecords")
public class Candidates {

  public static final String VARIABLE = "candidates";
  private final ApplicationVariables variables;

  public Candidates(ApplicationVariables variables) {
    this.variables = variables;
  }

  public List<CandidateResult> read(VariableScope scope) {
    Object value = scope.getVariable(VARIABLE);
    return value == null ? new ArrayList<>()
        : new ArrayList<>(variables.fromJson(value, new TypeReference<List<CandidateResult>>() {}));
  }

  public void write(VariableScope scope, List<CandidateResult> candidates) {
    scope.setVariable(VARIABLE, variables.toJson(candidates));
  }

  public void update(VariableScope scope, String nik, UnaryOperator<CandidateResult> change) {
    List<CandidateResult> all = read(scope);
    boolean found = false;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).nik().equals(nik)) {
        all.set(i, change.apply(all.get(i)));
        found = true;
      }
    }
    if (!found) {
      throw new IllegalArgumentException("not a candidate of this application");
    }
    write(scope, all);
  }

  public void updateAll(VariableScope scope, UnaryOperator<CandidateResult> change) {
    List<CandidateResult> all = read(scope);
    all.replaceAll(change);
    write(scope, all);
  }

  /** The NIKs the per-candidate steps loop over (a multi-instance collection in the BPMN). */
  public List<String> niks(VariableScope scope) {
    return read(scope).stream().map(CandidateResult::nik).toList();
  }

  /** The candidates still in the running (not refused by eligibility or verification). */
  public List<String> remainingNiks(VariableScope scope) {
    return read(scope).stream().filter(CandidateResult::stillIn).map(CandidateResult::nik).toList();
  }

  public boolean anyRemaining(VariableScope scope) {
    return !remainingNiks(scope).isEmpty();
  }
}
