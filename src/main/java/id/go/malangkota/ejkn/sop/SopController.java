package id.go.malangkota.ejkn.sop;

import java.util.Optional;
import java.util.TimeZone;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public SOP pages: {@code /sop} (every service), {@code /sop/{service}} (e.g. {@code pendaftaran-baru}, or a
 * process key with {@code ?layanan=REQUEST_TYPE}), {@code /sop/{service}.pdf}, and the deployed diagram
 * {@code /sop/{processKey}/diagram.bpmn} for the viewer. Public information: no login.
 */
@RestController
class SopController {

  private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

  private final SopCatalog catalog;
  private final IdentityService identity;
  private final TimeZone zone;
  private final String publicBaseUrl;

  SopController(SopCatalog catalog, IdentityService identity, @Value("${ejkn.timezone:Asia/Jakarta}") String zone,
      @Value("${ejkn.public-base-url:http://localhost:8080}") String publicBaseUrl) {
    this.publicBaseUrl = publicBaseUrl;
    this.catalog = catalog;
    this.identity = identity;
    this.zone = TimeZone.getTimeZone(zone);
  }

  @GetMapping({"/sop", "/sop/"})
  ResponseEntity<String> index() {
    identity.clearAuthentication();
    return html(HttpStatus.OK, SopPage.index(catalog.services(), null));
  }

  @GetMapping("/sop/{service}")
  ResponseEntity<String> sop(@PathVariable String service, @RequestParam(name = "layanan", required = false) String type) {
    identity.clearAuthentication();
    Optional<ServiceOffer> offer = catalog.resolve(service, type);
    if (offer.isEmpty()) {
      var ofProcess = catalog.servicesOf(service);
      if (!ofProcess.isEmpty() && (type == null || type.isBlank())) {
        return html(HttpStatus.OK, SopPage.index(ofProcess, "Proses ini melayani beberapa layanan; pilih salah satu."));
      }
      return html(HttpStatus.NOT_FOUND, SopPage.index(catalog.services(), "SOP yang Anda cari tidak ditemukan. Pilih salah satu layanan berikut."));
    }
    return html(HttpStatus.OK, SopPage.sop(catalog.sop(offer.get()), zone));
  }

  @GetMapping("/sop/{service}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String service, @RequestParam(name = "layanan", required = false) String type) {
    identity.clearAuthentication();
    Optional<ServiceOffer> offer = catalog.resolve(service, type);
    if (offer.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    String base = publicBaseUrl.replaceAll("/+$", "");
    byte[] pdf = SopPdf.render(catalog.sop(offer.get()), zone, base);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("SOP-" + offer.get().slug() + ".pdf").build().toString())
        .cacheControl(CacheControl.noCache()).body(pdf);
  }

  @GetMapping("/sop/{processKey}/diagram.bpmn")
  ResponseEntity<String> diagram(@PathVariable String processKey) {
    identity.clearAuthentication();
    if (catalog.process(processKey).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache()).body(catalog.diagramXml(processKey));
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noCache()).body(body);
  }
}
