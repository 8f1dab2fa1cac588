package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Browser-side protection on our pages, documents that cannot run on our origin, and engine-level limits. */
@EjknIntegrationTest
class WebHardeningIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @LocalServerPort int port;

  @Test
  void ourPagesAndApiCarryTheProtectionHeaders() {
    for (String path : List.of("/sop", "/status", "/dokumen/", "/kpi/index.html", "/api/applications")) {
      HttpHeaders h = rest.getForEntity(path, String.class).getHeaders();
      assertThat(h.getFirst("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'")
          .contains("script-src 'self'").doesNotContain("unsafe-eval");
      assertThat(h.getFirst("Content-Security-Policy")).as(path).doesNotContain("script-src 'self' 'unsafe-inline'");
      assertThat(h.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(h.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(h.getFirst("Referrer-Policy")).as(path).isEqualTo("no-referrer");
      assertThat(h.getFirst("Strict-Transport-Security")).as("HSTS only in production, behind TLS").isNull();
    }
    // the pages themselves carry no inline script the policy would block
    for (String path : List.of("/dokumen/", "/kpi/index.html", "/usulan-sop/")) {
      assertThat(rest.getForObject(path, String.class)).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }
    assertThat(rest.getForEntity("/dokumen/dokumen.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/kpi/kpi-page.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void ourOwnPagesGetA401WithoutTheBrowsersPasswordPrompt() {
    HttpHeaders page = new HttpHeaders();
    page.add("X-EJKN-Request", "dokumen");
    ResponseEntity<String> own = rest.exchange("/api/applications", org.springframework.http.HttpMethod.GET,
        new HttpEntity<>(page), String.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(own.getHeaders().getFirst("WWW-Authenticate")).isNull();
    assertThat(own.getBody()).contains("AUTHENTICATION_REQUIRED");
    assertThat(rest.getForEntity("/api/applications", String.class).getHeaders().getFirst("WWW-Authenticate"))
        .as("other clients are still challenged").startsWith("Basic");
    assertThat(rest.getForObject("/dokumen/dokumen.js", String.class)).contains("masuk ke Tasklist").contains("applicantName")
        .contains("jenisLabel");
  }

  @Test
  void aForgedHostHeaderIsNeverReflectedInARedirect() throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream out = s.getOutputStream();
      out.write(("GET /dokumen HTTP/1.1\r\nHost: penyerang.example\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
      List<String> head = new ArrayList<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        head.add(line);
      }
      assertThat(head.get(0)).contains(" 302");
      assertThat(head).anySatisfy(l -> assertThat(l).isEqualToIgnoringCase("Location: /dokumen/"));
      assertThat(String.join("\n", head)).doesNotContain("penyerang.example");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aScanImageOpensInASandboxAndEveryOtherDocumentIsDownloaded() {
    TestRestTemplate officer = rest.withBasicAuth("pandanwangi", "demo");
    String number = officer.postForEntity("/api/applications", TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class)
        .getBody().get("id").toString();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0,
        0, 0, 1, 8, 2, 0, 0, 0};
    String pngId = upload(officer, number, "KK", "kk.png", png);
    String pdfId = upload(officer, number, "KTP", "ktp.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));

    ResponseEntity<byte[]> image = officer.getForEntity("/api/applications/" + number + "/documents/" + pngId, byte[].class);
    assertThat(image.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(image.getHeaders().getContentDisposition().isInline()).isTrue();
    assertThat(image.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox").contains("default-src 'none'");
    ResponseEntity<byte[]> pdf = officer.getForEntity("/api/applications/" + number + "/documents/" + pdfId, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("ktp.pdf");
    assertThat(pdf.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  private static String upload(TestRestTemplate officer, String number, String kind, String name, byte[] content) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("kind", kind);
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map> r = officer.postForEntity("/api/applications/" + number + "/documents", new HttpEntity<>(form, h), Map.class);
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
    return r.getBody().get("id").toString();
  }

  @Test
  void anObjectVariableOfAForeignClassIsNeverDeserialized() {
    String number = rest.withBasicAuth("pandanwangi", "demo").postForEntity("/api/applications",
        TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class).getBody().get("id").toString();
    String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    runtime.setVariable(pid, "probe", Variables.serializedObjectValue("\"http://penyerang.example/\"")
        .objectTypeName("java.net.URL").serializationDataFormat("application/json").create());
    assertThatThrownBy(() -> runtime.getVariable(pid, "probe")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("java.net.URL").hasStackTraceContaining("not whitelisted for deserialization");
    runtime.removeVariable(pid, "probe");
  }

  @Test
  void theAuditorWritesNothingOnATaskNotEvenAComment() {
    String number = rest.withBasicAuth("pandanwangi", "demo").postForEntity("/api/applications",
        TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class).getBody().get("id").toString();
    Task task = awaitTask(number);
    for (String user : List.of("auditor", "pemilik-proses")) {
      ResponseEntity<String> comment = rest.withBasicAuth(user, "demo").postForEntity(
          "/engine-rest/task/" + task.getId() + "/comment/create", Map.of("message", "catatan"), String.class);
      // the auditor reads the task and is refused the write; the process owner does not even see it (404, like reading it)
      assertThat(comment.getStatusCode()).as(user + ": " + comment.getBody())
          .isEqualTo(user.equals("auditor") ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
      // attachments: the same engine check, whichever way in (here the Java API with the user's authentication)
      List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
      identity.setAuthentication(user, groups);
      try {
        assertThatThrownBy(() -> tasks.createAttachment("text/plain", task.getId(), null, "x.txt", "catatan",
            new java.io.ByteArrayInputStream("isi".getBytes(StandardCharsets.UTF_8))))
            .as(user).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
      } finally {
        identity.clearAuthentication();
      }
    }
    assertThat(tasks.getTaskComments(task.getId())).isEmpty();
    // the agency that works the task still comments; the kelurahan does not write on the agency's task
    assertThat(rest.withBasicAuth("pandanwangi", "demo").postForEntity("/engine-rest/task/" + task.getId()
        + "/comment/create", Map.of("message", "catatan"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> own = rest.withBasicAuth("dispendukcapil", "demo").postForEntity(
        "/engine-rest/task/" + task.getId() + "/comment/create", Map.of("message", "KK sudah dicek"), String.class);
    assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getTaskComments(task.getId())).singleElement()
        .satisfies(c -> assertThat(c.getUserId()).isEqualTo("dispendukcapil"));
    assertThat(tasks.getTaskAttachments(task.getId())).isEmpty();
  }

  private Task awaitTask(String number) {
    long until = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < until) {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(number)
          .taskDefinitionKey("verifyCivilRegistry").list();
      if (!open.isEmpty()) {
        return open.get(0);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no task for " + number);
  }
}
