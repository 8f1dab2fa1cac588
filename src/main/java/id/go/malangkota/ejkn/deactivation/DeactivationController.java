package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.intake.StrictJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The deactivation API (CONTRACT.md): 201 / 400 / 401 / 403 / 409. */
@RestController
@RequestMapping("/api/deactivations")
public class DeactivationController {

  private final DeactivationService deactivations;
  private final StrictJson json;

  public DeactivationController(DeactivationService deactivations, StrictJson json) {
    this.deactivations = deactivations;
    this.json = json;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> create(@RequestBody String body) {
    DeactivationService.Created created = deactivations.create(json.read(body, DeactivationRequest.class));
    String location = "/api/deactivations/" + created.number();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", created.number());
    answer.put("applicationNumber", created.number());
    answer.put("processInstanceId", created.processInstanceId());
    answer.put("status", created.status());
    answer.put("missingDocuments", created.missingDocuments());
    answer.put("evidenceDeclared", created.evidenceDeclared());
    return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, location).body(answer);
  }

  @GetMapping("/{id}")
  public Map<String, Object> get(@PathVariable String id) {
    return deactivations.view(id);
  }
}
