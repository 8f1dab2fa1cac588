package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.PersonalDataAccessLog;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The application API (CONTRACT.md). Authentication: HTTP Basic (or the Tasklist session for GET). */
@RestController
@RequestMapping("/api/applications")
public class ApplicationController {

  private final ApplicationService applications;
  private final DocumentService documents;
  private final ReceiptPdf receipt;
  private final StrictJson json;
  private final id.go.malangkota.ejkn.identity.SystemAccess system;

  public ApplicationController(ApplicationService applications, DocumentService documents, ReceiptPdf receipt,
      StrictJson json, id.go.malangkota.ejkn.identity.SystemAccess system) {
    this.applications = applications;
    this.documents = documents;
    this.receipt = receipt;
    this.json = json;
    this.system = system;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> create(@RequestBody String body) {
    ApplicationService.Created created = applications.create(json.read(body, ApplicationRequest.class));
    String base = "/api/applications/" + created.applicationNumber();
    return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, base).body(Map.of(
        "id", created.applicationNumber(),
        "applicationNumber", created.applicationNumber(),
        "processInstanceId", created.processInstanceId(),
        "status", "IN_PROGRESS",
        "receipt", base + "/receipt",
        "documents", base + "/documents"));
  }

  /** The caller's kelurahan's most recent applications (for the document page and the officer's overview). */
  @GetMapping
  public List<Map<String, Object>> mine() {
    return applications.recentOfMyKelurahan();
  }

  @GetMapping("/{id}")
  public Map<String, Object> get(@PathVariable String id) {
    return applications.view(id);
  }

  @GetMapping(value = "/{id}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> receipt(@PathVariable String id) {
    var row = applications.readable(id);
    applications.logRead(PersonalDataAccessLog.Kind.RECEIPT, row.applicationNumber(), null);
    byte[] pdf = system.read(() -> receipt.render(row.applicationNumber()));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("tanda-terima-" + row.applicationNumber() + ".pdf").build().toString())
        .body(pdf);
  }

  @PostMapping(value = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<id.go.malangkota.ejkn.application.DocumentStore.StoredDocument> upload(@PathVariable String id,
      @RequestParam(value = "kind", required = false) String kind,
      @RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
    return ResponseEntity.status(HttpStatus.CREATED).body(documents.upload(id, kind, file));
  }

  @GetMapping("/{id}/documents")
  public List<id.go.malangkota.ejkn.application.DocumentStore.StoredDocument> list(@PathVariable String id) {
    return documents.list(id);
  }

  @GetMapping("/{id}/documents/{documentId}")
  public ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String documentId,
      jakarta.servlet.http.HttpServletResponse response) {
    DocumentService.Download d = documents.download(id, documentId);
    MediaType type = MediaType.parseMediaType(d.document().contentType());
    // a scan checked as PNG/JPEG at upload opens in the verifier's tab (an image runs nothing, and the sandbox policy
    // forbids everything else); anything else, PDFs included, is downloaded, never rendered on our origin
    boolean image = MediaType.IMAGE_PNG.equalsTypeAndSubtype(type) || MediaType.IMAGE_JPEG.equalsTypeAndSubtype(type);
    ContentDisposition.Builder disposition = image ? ContentDisposition.inline() : ContentDisposition.attachment();
    // replaces the pages' policy (platform.SecurityHeaders): a document may do nothing at all
    response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(d.document().fileName(),
            java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(d.content());
  }
}
