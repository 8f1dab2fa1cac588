package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The app's own pages (document upload) use the officer's Tasklist session: reads with the session alone, writes
 * only with the app's request header, which another site cannot send.
 */
@EjknIntegrationTest
class WebappSessionAccessIT {

  @Autowired TestRestTemplate rest;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** Logs in to Tasklist like the browser does; returns the Cookie header of the session. */
  String tasklistSession(String user) {
    ResponseEntity<String> start = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    String xsrf = cookie(start.getHeaders(), "XSRF-TOKEN");
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    h.add("X-XSRF-TOKEN", xsrf);
    h.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf + "; " + cookiePair(start.getHeaders(), "JSESSIONID"));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, h), String.class);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    String session = cookiePair(login.getHeaders(), "JSESSIONID");
    return session != null ? session : cookiePair(start.getHeaders(), "JSESSIONID");
  }

  static String cookiePair(HttpHeaders headers, String name) {
    String value = cookie(headers, name);
    return value == null ? null : name + "=" + value;
  }

  static String cookie(HttpHeaders headers, String name) {
    List<String> set = headers.get(HttpHeaders.SET_COOKIE);
    if (set == null) {
      return null;
    }
    return set.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1, c.indexOf(';')))
        .findFirst().orElse(null);
  }

  @Test
  void theDocumentPageWorksWithTheTasklistSessionButAForgedWriteDoesNot() {
    String number = rest.withBasicAuth("pandanwangi", "demo").postForEntity("/api/applications",
        TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class).getBody().get("id").toString();
    String session = tasklistSession("pandanwangi");
    // the login lives in the shared database (Spring Session JDBC), not in this node's memory
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES WHERE ATTRIBUTE_NAME = "
        + "'authenticatedUser'", Integer.class)).isPositive();
    HttpHeaders h = new HttpHeaders();
    h.add(HttpHeaders.COOKIE, session);
    ResponseEntity<List> mine = rest.exchange("/api/applications", HttpMethod.GET, new HttpEntity<>(h), List.class);
    assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mine.getBody()).extracting(a -> ((Map<?, ?>) a).get("applicationNumber")).contains(number);

    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("kind", "KK");
    form.add("file", new ByteArrayResource("%PDF-1.4\n%%EOF".getBytes()) {
      @Override
      public String getFilename() {
        return "kk.pdf";
      }
    });
    HttpHeaders forged = new HttpHeaders();
    forged.add(HttpHeaders.COOKIE, session);
    forged.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(rest.exchange("/api/applications/" + number + "/documents", HttpMethod.POST,
        new HttpEntity<>(form, forged), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpHeaders page = new HttpHeaders();
    page.addAll(forged);
    page.add(ApiAuthenticationFilter.SESSION_WRITE_HEADER, "dokumen");
    assertThat(rest.exchange("/api/applications/" + number + "/documents", HttpMethod.POST,
        new HttpEntity<>(form, page), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.getForEntity("/dokumen/", String.class).getBody()).contains("Dokumen permohonan");
  }

  @Test
  void aKelurahanSessionReadsNoCityWideStatisticsThroughTheCockpitPluginApi() {
    String path = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    for (String user : List.of("pandanwangi", "dinsos")) {
      HttpHeaders h = new HttpHeaders();
      h.add(HttpHeaders.COOKIE, tasklistSession(user));
      ResponseEntity<Map> r = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(h), Map.class);
      assertThat(r.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(r.getBody()).containsEntry("code", "APPLICATION_NOT_ALLOWED");
    }
    HttpHeaders auditor = new HttpHeaders();
    auditor.add(HttpHeaders.COOKIE, tasklistSession("auditor"));
    assertThat(rest.exchange(path, HttpMethod.GET, new HttpEntity<>(auditor), String.class).getStatusCode())
        .as("the auditor works in Cockpit").isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

}
