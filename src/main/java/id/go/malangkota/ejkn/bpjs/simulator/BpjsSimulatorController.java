package id.go.malangkota.ejkn.bpjs.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.malangkota.ejkn.bpjs.BpjsEndpoints;
import id.go.malangkota.ejkn.bpjs.BpjsProperties;
import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.bpjs.crypto.BpjsCipher;
import id.go.malangkota.ejkn.bpjs.crypto.BpjsSignature;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The embedded BPJS Kesehatan simulator (default profile only). Its service endpoints speak the bridging protocol
 * (signed request, encrypted and compressed {@code response}) so the client talks to it exactly as to BPJS; its
 * control endpoints ({@code /peserta}, {@code /faults}, {@code /reset}) are plain JSON for tests and demos.
 *
 * <p>A refused signature is answered with HTTP 200 and {@code metaData.code} "401": BPJS puts outcomes in the
 * envelope, and the client treats an HTTP 401/403 the same way, so either convention is handled.
 */
@RestController
@RequestMapping(BpjsEndpoints.SIMULATOR_ROOT)
@ConditionalOnProperty(prefix = "ejkn.bpjs.simulator", name = "enabled", havingValue = "true", matchIfMissing = true)
public class BpjsSimulatorController {

  private static final Logger log = LoggerFactory.getLogger(BpjsSimulatorController.class);

  private final SimulatorState state;
  private final BpjsProperties properties;
  private final ObjectMapper mapper;
  private final Clock clock = Clock.systemUTC();
  private final AtomicLong garbageCounter = new AtomicLong();

  public BpjsSimulatorController(SimulatorState state, BpjsProperties properties, ObjectMapper mapper) {
    this.state = state;
    this.properties = properties;
    this.mapper = mapper;
  }

  /** The signing headers of one call. */
  private record Caller(String consId, String timestamp, String signature, String userKey) {}

  // ---- VClaim -----------------------------------------------------------------------------------------------

  @GetMapping(value = "/vclaim-rest/Peserta/nik/{nik}/tglSEP/{date}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> pesertaByNik(@PathVariable String nik, @PathVariable String date,
      @RequestHeader Map<String, String> headers) {
    return signed(headers, () -> nik.matches("\\d{16}")
        ? peserta(state.byNik(nik), date)
        : error("201", "NIK Peserta Tidak Sesuai Format"));
  }

  @GetMapping(value = "/vclaim-rest/Peserta/nokartu/{cardNumber}/tglSEP/{date}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> pesertaByCard(@PathVariable String cardNumber, @PathVariable String date,
      @RequestHeader Map<String, String> headers) {
    return signed(headers, () -> cardNumber.matches("\\d{13}")
        ? peserta(state.byCardNumber(cardNumber), date)
        : error("201", "Nomor Kartu Tidak Sesuai Format"));
  }

  private Reply peserta(Optional<ObjectNode> found, String date) {
    LocalDate serviceDate;
    try {
      serviceDate = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return error("201", "Format Tanggal SEP Tidak Sesuai (yyyy-MM-dd)");
    }
    if (found.isEmpty()) {
      return error("201", "Peserta Tidak Ditemukan");
    }
    ObjectNode peserta = found.get();
    addAge(peserta, serviceDate);
    ObjectNode response = mapper.createObjectNode();
    response.set("peserta", peserta);
    return ok(response);
  }

  /** VClaim states the age on the service date and today, in words. */
  private void addAge(ObjectNode peserta, LocalDate serviceDate) {
    try {
      LocalDate born = LocalDate.parse(peserta.path("tglLahir").asText());
      ObjectNode umur = peserta.putObject("umur");
      umur.put("umurSaatPelayanan", words(Period.between(born, serviceDate)));
      umur.put("umurSekarang", words(Period.between(born, LocalDate.now(clock))));
    } catch (DateTimeParseException e) {
      // a participant set by a test without a birth date simply has no age
    }
  }

  private static String words(Period p) {
    return p.getYears() + " tahun ," + p.getMonths() + " bulan ," + p.getDays() + " hari";
  }

  // ---- registration (simulator only: BPJS has no public API for local governments) ----------------------------

  @PostMapping(value = "/pemda-rest/pendaftaran", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> register(@RequestBody(required = false) String body,
      @RequestHeader Map<String, String> headers) {
    return signed(headers, () -> {
      JsonNode json;
      try {
        json = mapper.readTree(body == null ? "" : body);
      } catch (IOException e) {
        return error("201", "Format request tidak valid");
      }
      if (json == null || !json.path("request").isObject()) {
        return error("201", "Format request tidak valid");
      }
      try {
        return ok(state.register(json));
      } catch (SimulatorState.Rejection e) {
        return error("201", e.getMessage());
      }
    });
  }

  // ---- the protocol ------------------------------------------------------------------------------------------

  /** An answer before encryption: metaData and, for success, the plain JSON of {@code response}. */
  private record Reply(String code, String message, JsonNode response) {}

  private static Reply ok(JsonNode response) {
    return new Reply("200", "OK", response);
  }

  private static Reply error(String code, String message) {
    return new Reply(code, message, null);
  }

  private ResponseEntity<String> signed(Map<String, String> rawHeaders, java.util.function.Supplier<Reply> work) {
    SimulatorFault fault = state.fault();
    switch (fault.mode()) {
      case DOWN -> {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_HTML)
            .body("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
      }
      case SLOW -> pause(fault.delayMillis() > 0 ? fault.delayMillis()
          : properties.readTimeout().toMillis() + 2000);
      case WRONG_SIGNATURE -> {
        return envelope(error("401", "Authentication failed: signature tidak valid"), null);
      }
      default -> {
        // NONE, GARBAGE: the request is checked first, like any other
      }
    }
    Caller caller = caller(rawHeaders);
    String refusal = refusal(caller);
    if (refusal != null) {
      log.info("Simulator BPJS: permintaan ditolak ({})", refusal);
      return envelope(error("401", refusal), null);
    }
    if (fault.mode() == SimulatorFault.Mode.GARBAGE) {
      return garbage();
    }
    return envelope(work.get(), caller);
  }

  private static Caller caller(Map<String, String> rawHeaders) {
    // header names are case-insensitive on the wire
    Map<String, String> h = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(rawHeaders);
    return new Caller(h.get("X-cons-id"), h.get("X-timestamp"), h.get("X-signature"), h.get("user_key"));
  }

  /** @return why the caller is refused, or null */
  private String refusal(Caller c) {
    if (c.consId() == null || c.timestamp() == null || c.signature() == null) {
      return "Authentication failed: header X-cons-id, X-timestamp dan X-signature wajib";
    }
    if (!BpjsProperties.DEMO_CONS_ID.equals(c.consId())) {
      return "Authentication failed: consumer tidak terdaftar";
    }
    if (c.userKey() == null || !BpjsProperties.DEMO_USER_KEY.equals(c.userKey())) {
      return "Unauthorized: user_key tidak valid untuk layanan ini";
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(c.timestamp().trim());
    } catch (NumberFormatException e) {
      return "Authentication failed: X-timestamp harus detik sejak epoch (UTC)";
    }
    long skew = Math.abs(clock.instant().getEpochSecond() - timestamp);
    if (skew > properties.simulator().maxClockSkew().toSeconds()) {
      return "Authentication failed: X-timestamp kedaluwarsa atau jam server tidak sinkron";
    }
    String expected = BpjsSignature.sign(c.consId(), BpjsProperties.DEMO_SECRET, c.timestamp());
    if (!BpjsSignature.matches(expected, c.signature())) {
      return "Authentication failed: signature tidak valid";
    }
    return null;
  }

  private ResponseEntity<String> envelope(Reply reply, Caller caller) {
    ObjectNode env = mapper.createObjectNode();
    env.putObject("metaData").put("code", reply.code()).put("message", reply.message());
    if (reply.response() == null) {
      env.putNull("response");
    } else {
      env.put("response", BpjsCipher.encryptResponse(reply.response().toString(), caller.consId(),
          BpjsProperties.DEMO_SECRET, caller.timestamp()));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(env.toString());
  }

  private ResponseEntity<String> garbage() {
    if (garbageCounter.incrementAndGet() % 2 == 1) {
      return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
          .body("<html><head><title>Maintenance</title></head><body>Sistem sedang pemeliharaan</body></html>");
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body("{\"metaData\":{\"code\":\"200\",\"message\":\"OK\"},\"response\":\"dGhpcyBpcyBub3QgY2lwaGVydGV4dA==\"}");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- control (plain JSON, no signature: a test and demo aid, absent in production) ---------------------------

  @GetMapping(value = "/peserta/{nik}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<JsonNode> getPeserta(@PathVariable String nik) {
    return state.byNik(nik).<ResponseEntity<JsonNode>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @PutMapping(value = "/peserta/{nik}", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<JsonNode> putPeserta(@PathVariable String nik, @RequestBody JsonNode body) {
    if (!nik.matches("\\d{16}")) {
      return badRequest("NIK harus 16 angka");
    }
    JsonNode peserta = body != null && body.has("peserta") ? body.get("peserta") : body;
    if (peserta == null || !peserta.isObject()) {
      return badRequest("body harus objek peserta VClaim");
    }
    try {
      return ResponseEntity.ok(state.put(nik, (ObjectNode) peserta));
    } catch (IllegalArgumentException e) {
      return badRequest(e.getMessage());
    }
  }

  @DeleteMapping("/peserta/{nik}")
  public ResponseEntity<Void> deletePeserta(@PathVariable String nik) {
    boolean removed = state.remove(nik);
    log.info("Simulator BPJS: peserta {} {}", Masking.nik(nik), removed ? "dihapus" : "tidak ada");
    return removed ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
  }

  @GetMapping(value = "/faults", produces = MediaType.APPLICATION_JSON_VALUE)
  public SimulatorFault getFault() {
    return state.fault();
  }

  @PutMapping(value = "/faults", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> putFault(@RequestBody JsonNode body) {
    SimulatorFault fault;
    try {
      fault = new SimulatorFault(SimulatorFault.Mode.valueOf(body.path("mode").asText("NONE")),
          body.path("delayMillis").asLong(0));
    } catch (IllegalArgumentException e) {
      return badRequest("mode harus NONE, DOWN, SLOW, GARBAGE atau WRONG_SIGNATURE; delayMillis 0..600000");
    }
    state.fault(fault);
    return ResponseEntity.ok(fault);
  }

  @DeleteMapping("/faults")
  public SimulatorFault deleteFault() {
    state.fault(SimulatorFault.NONE);
    return SimulatorFault.NONE;
  }

  /** Back to the seed file, no registrations, no fault. */
  @PostMapping("/reset")
  public ResponseEntity<Void> reset() {
    state.reset();
    return ResponseEntity.noContent().build();
  }

  private ResponseEntity<JsonNode> badRequest(String message) {
    ObjectNode error = mapper.createObjectNode();
    error.putArray("errors").addObject().put("message", message);
    return ResponseEntity.badRequest().body(error);
  }
}
