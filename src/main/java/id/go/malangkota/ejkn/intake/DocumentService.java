package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.DocumentStore;
import id.go.malangkota.ejkn.application.PersonalDataAccessLog;
import id.go.malangkota.ejkn.identity.SystemAccess;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/** Uploading and reading the scans of an application, with the access rules of {@link ApplicationService}. */
@Service
public class DocumentService {

  public record Download(DocumentStore.StoredDocument document, byte[] content) {}

  private final ApplicationService applications;
  private final DocumentStore store;
  private final SystemAccess system;

  public DocumentService(ApplicationService applications, DocumentStore store, SystemAccess system) {
    this.applications = applications;
    this.store = store;
    this.system = system;
  }

  public DocumentStore.StoredDocument upload(String id, String kind, MultipartFile file) throws IOException {
    var row = applications.writable(id);
    List<FieldError> errors = new ArrayList<>();
    if (kind == null || !DocumentStore.KINDS.contains(kind)) {
      errors.add(new FieldError("kind", "Jenis dokumen tidak dikenal. Pilihan: "
          + String.join(", ", new TreeSet<>(DocumentStore.KINDS)) + "."));
    }
    byte[] content = file == null ? new byte[0] : file.getBytes();
    String type = null;
    if (content.length == 0) {
      errors.add(new FieldError("file", "Berkas wajib dilampirkan."));
    } else if (content.length > DocumentStore.MAX_BYTES) {
      errors.add(new FieldError("file", "Berkas terlalu besar: maksimal 2 MiB."));
    } else {
      type = DocumentStore.sniff(content).orElse(null);
      if (type == null) {
        errors.add(new FieldError("file", "Hanya berkas PDF, JPEG atau PNG yang diterima (isi berkas diperiksa)."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    var actor = system.actor();
    String contentType = type;
    // the open tasks' files list it from now on: they are read from the register with the form (TaskFormValues)
    return store.save(row.applicationNumber(), kind, file.getOriginalFilename(), contentType, content,
        actor.isSystem() ? "system" : actor.userId());
  }

  public List<DocumentStore.StoredDocument> list(String id) {
    return store.list(applications.readable(id).applicationNumber());
  }

  public Download download(String id, String documentId) {
    var row = applications.readable(id);
    var doc = store.find(row.applicationNumber(), documentId)
        .orElseThrow(() -> new ApplicationService.NotFoundException("Dokumen tidak ditemukan."));
    applications.logRead(PersonalDataAccessLog.Kind.DOCUMENT, row.applicationNumber(),
        doc.kind() + ": " + doc.fileName());
    return new Download(doc, store.content(row.applicationNumber(), documentId).orElseThrow());
  }
}
