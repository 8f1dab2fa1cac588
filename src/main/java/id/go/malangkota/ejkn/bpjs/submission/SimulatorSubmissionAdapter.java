package id.go.malangkota.ejkn.bpjs.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.malangkota.ejkn.bpjs.BpjsAnswer;
import id.go.malangkota.ejkn.bpjs.BpjsEndpoints;
import id.go.malangkota.ejkn.bpjs.BpjsErrorCode;
import id.go.malangkota.ejkn.bpjs.BpjsHttp;
import id.go.malangkota.ejkn.bpjs.BpjsProperties;
import id.go.malangkota.ejkn.bpjs.BpjsRefusedException;
import id.go.malangkota.ejkn.bpjs.BpjsUnavailableException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Submits to the simulator's registration service ({@code POST .../pemda-rest/pendaftaran}), signed and encrypted
 * like every BPJS call, so the demo runs end to end. The idempotency key travels with the request: the ledger
 * stops a second send, and the simulator itself answers a replayed key with the first result (covering a crash
 * between sending and recording).
 */
@Component
@ConditionalOnProperty(prefix = "ejkn.bpjs.submission", name = "adapter", havingValue = "simulator",
    matchIfMissing = true)
public class SimulatorSubmissionAdapter implements BpjsSubmissionPort {

  public static final String CHANNEL = "SIMULATOR";

  private final BpjsHttp http;
  private final BpjsEndpoints endpoints;
  private final SubmissionLedger ledger;
  private final ObjectMapper mapper;
  private final BpjsProperties properties;

  public SimulatorSubmissionAdapter(BpjsHttp http, BpjsEndpoints endpoints, SubmissionLedger ledger,
      ObjectMapper mapper, BpjsProperties properties) {
    this.http = http;
    this.endpoints = endpoints;
    this.ledger = ledger;
    this.mapper = mapper;
    this.properties = properties;
  }

  @Override
  public SubmissionReceipt submit(SubmissionRequest request) {
    String base = properties.submission().baseUrl();
    if ((base == null || base.isBlank()) && !properties.simulator().enabled()) {
      // production without the simulator: this adapter has nobody to talk to; use adapter=mail
      throw new BpjsRefusedException(BpjsErrorCode.NOT_CONFIGURED, "ejkn.bpjs.submission.adapter=mail", null);
    }
    return ledger.once(request, CHANNEL, claim -> send(request));
  }

  private String send(SubmissionRequest request) {
    ObjectNode body = mapper.createObjectNode();
    ObjectNode r = body.putObject("request");
    r.put("idempotencyKey", request.idempotencyKey());
    r.put("jenis", request.type().name());
    r.put("alasan", request.reason());
    r.put("segera", request.urgent());
    ArrayNode members = r.putArray("peserta");
    for (SubmissionMember m : request.members()) {
      ObjectNode p = members.addObject();
      p.put("nik", m.nik());
      p.put("nama", m.name());
      p.put("tglLahir", m.birthDate().toString());
      p.put("sex", m.sex());
      p.put("noKK", m.familyCardNumber());
      p.put("noKartu", m.cardNumber());
      if (m.fktp() != null) {
        p.put("kdProvider", m.fktp().code());
        p.put("nmProvider", m.fktp().name());
      }
    }
    BpjsAnswer answer = http.post(endpoints.submission() + "/pendaftaran", body.toString(),
        "pendaftaran " + request.type() + " " + request.idempotencyKey()).requireOk();
    String number = answer.response() == null ? null : answer.response().path("pendaftaran").path("noRegistrasi")
        .asText(null);
    if (number == null || number.isBlank()) {
      throw new BpjsUnavailableException(BpjsErrorCode.INVALID_RESPONSE, "tanpa noRegistrasi", answer.code(), null);
    }
    return number;
  }
}
