package id.go.malangkota.ejkn.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Catat penetapan FKTP" (recordFktpAssignment): the rows Dinkes filled in the form assign-fktp. */
@Component("recordFktpAssignment")
public class RecordFktpAssignment implements JavaDelegate {

  private final VerificationService service;
  private final ObjectMapper json;

  public RecordFktpAssignment(VerificationService service, ObjectMapper json) {
    this.service = service;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object value = RegistrationVariables.fktpAssignments(execution);
    List<Map<String, Object>> rows;
    try {
      rows = value == null ? List.of() : json.readValue(value.toString(), new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new TaskInputException("Daftar FKTP tidak terbaca.");
    }
    service.recordFktp(RegistrationVariables.applicationNumber(execution), rows);
  }
}
