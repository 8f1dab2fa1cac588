package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The running application serves our Indonesian locale files and config.js in place of the webjar's defaults
 * (the Camunda starter maps /camunda/app/** to classpath:/META-INF/resources/webjars/camunda/app/, where the
 * project's own resources come first).
 */
@EjknIntegrationTest
class WebappLocaleIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  private TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void servesTheIndonesianLocale(String app) throws Exception {
    ResponseEntity<byte[]> response = http.getForEntity("/camunda/app/" + app + "/locales/id.json", byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode locale = JSON.readTree(response.getBody());
    assertThat(locale.path("labels").isObject()).as("labels of %s/locales/id.json", app).isTrue();
    assertThat(locale.path("labels").size()).isGreaterThan(100);
  }

  @Test
  void tasklistLoginIsIndonesian() throws Exception {
    JsonNode labels = JSON.readTree(
        http.getForEntity("/camunda/app/tasklist/locales/id.json", byte[].class).getBody()).path("labels");

    assertThat(labels.path("PAGE_LOGIN_USERNAME").asText()).isEqualTo("Nama pengguna");
    assertThat(labels.path("PAGE_LOGIN_PASSWORD").asText()).isEqualTo("Kata sandi");
    assertThat(labels.path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Masuk");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void servesTheOverriddenConfigWithIndonesian(String app) {
    ResponseEntity<byte[]> response = http.getForEntity("/camunda/app/" + app + "/scripts/config.js", byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String config = new String(response.getBody(), StandardCharsets.UTF_8);
    assertThat(config)
        .contains("e-JKN Cekat")
        .containsPattern("availableLocales:\\s*\\['id'\\]")
        .containsPattern("fallbackLocale:\\s*'id'");
  }

  @Test
  void englishStaysAvailable() {
    ResponseEntity<byte[]> response = http.getForEntity("/camunda/app/tasklist/locales/en.json", byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
