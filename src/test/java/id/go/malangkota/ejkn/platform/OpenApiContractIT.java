package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The public API and its document agree: every endpoint the application maps under /api and /status/api is in the
 * served OpenAPI document, and the checked-in docs/openapi.json lists exactly the same operations.
 */
@EjknIntegrationTest
class OpenApiContractIT {

  static final Path CHECKED_IN = Path.of("docs/openapi.json");
  static final Path GENERATED = Path.of("target/openapi-generated.json");

  @Autowired TestRestTemplate rest;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  final ObjectMapper json = new ObjectMapper();

  static Set<String> operations(JsonNode document) {
    Set<String> out = new TreeSet<>();
    document.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(method -> out.add(method.toUpperCase() + " " + p.getKey())));
    return out;
  }

  @Test
  void theServedDocumentTheImplementationAndTheCheckedInCopyAgree() throws Exception {
    String served = rest.getForObject("/v3/api-docs", String.class);
    Files.createDirectories(GENERATED.getParent());
    Files.writeString(GENERATED, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(served)));
    Set<String> documented = operations(json.readTree(served));

    Set<String> implemented = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/api/") || pattern.equals("/status/api")) {
          var methods = info.getMethodsCondition().getMethods();
          methods.forEach(m -> implemented.add(m.name() + " " + pattern));
        }
      }
    });
    assertThat(implemented).isNotEmpty().contains("POST /api/applications", "GET /status/api");
    assertThat(documented).as("every mapped endpoint is documented").containsAll(implemented);

    assertThat(CHECKED_IN).as("docs/openapi.json (copy " + GENERATED + " there)").exists();
    Set<String> checkedIn = operations(json.readTree(Files.readString(CHECKED_IN)));
    assertThat(checkedIn).as("docs/openapi.json is up to date: cp " + GENERATED + " " + CHECKED_IN)
        .isEqualTo(documented);
    assertThat(json.readTree(served).path("info").path("title").asText()).isEqualTo("e-JKN Cekat API");
  }
}
