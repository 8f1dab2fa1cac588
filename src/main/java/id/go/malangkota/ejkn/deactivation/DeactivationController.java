package id.go.malangkota.ejkn.deactivation;

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

  public DeactivationController(DeactivationService deactivations) {
    this.deactivations = deactivations;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> create(@RequestBody DeactivationRequest request) {
    DeactivationService.Created created = deactivations.create(request);
    String location = "/api/deactivations/" + created.number();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", created.number());
    body.put("applicationNumber", created.number());
    body.put("processInstanceId", created.processInstanceId());
    body.put("status", created.status());
    body.put("missingDocuments", created.missingDocuments());
    body.put("evidenceDeclared", created.evidenceDeclared());
    return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, location).body(body);
  }

  @GetMapping("/{id}")
  public Map<String, Object> get(@PathVariable String id) {
    return deactivations.view(id);
  }
}
