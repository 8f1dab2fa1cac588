package id.go.malangkota.ejkn.bpjs.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.malangkota.ejkn.bpjs.BpjsClient;
import id.go.malangkota.ejkn.bpjs.BpjsCodes;
import id.go.malangkota.ejkn.bpjs.BpjsException;
import id.go.malangkota.ejkn.bpjs.BpjsProperties;
import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.bpjs.MembershipStatus;
import id.go.malangkota.ejkn.bpjs.Participant;
import id.go.malangkota.ejkn.bpjs.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * What the simulated BPJS knows: participants (seeded from a file, changed by tests and by registrations), the
 * registrations it has received by idempotency key, and the current fault. In memory; every method is
 * synchronized because look-ups, registrations and control calls come from different request threads and a
 * registration changes several participants at once.
 */
@Component
@ConditionalOnProperty(prefix = "ejkn.bpjs.simulator", name = "enabled", havingValue = "true", matchIfMissing = true)
public class SimulatorState {

  private static final Logger log = LoggerFactory.getLogger(SimulatorState.class);

  private final ObjectMapper mapper;
  private final ResourceLoader resources;
  private final BpjsProperties properties;
  private final ZoneId zone;
  private final Clock clock;

  private final Map<String, ObjectNode> byNik = new HashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private final Map<String, ObjectNode> registrations = new HashMap<>();
  private final AtomicReference<SimulatorFault> fault = new AtomicReference<>(SimulatorFault.NONE);
  private long cardSequence;
  private long registrationSequence;

  /** A change that becomes visible at {@code effectiveAt} (the simulated activation delay). */
  private record Pending(Instant effectiveAt, String nik, ObjectNode peserta) {}

  /** A request the simulated BPJS turns down, with the metaData message to answer. */
  public static class Rejection extends RuntimeException {
    public Rejection(String message) {
      super(message);
    }
  }

  public SimulatorState(ObjectMapper mapper, ResourceLoader resources, BpjsProperties properties,
      @Value("${ejkn.timezone:Asia/Jakarta}") String timezone) {
    this.mapper = mapper;
    this.resources = resources;
    this.properties = properties;
    this.zone = ZoneId.of(timezone);
    this.clock = Clock.systemUTC();
    reset();
  }

  /** Back to the seed file, no registrations, no fault. */
  public synchronized void reset() {
    byNik.clear();
    pending.clear();
    registrations.clear();
    fault.set(SimulatorFault.NONE);
    cardSequence = 0;
    registrationSequence = 0;
    String seed = properties.simulator().seed();
    try (InputStream in = resources.getResource(seed).getInputStream()) {
      JsonNode root = mapper.readTree(in);
      for (JsonNode p : root.path("peserta")) {
        ObjectNode peserta = validated((ObjectNode) p.deepCopy());
        byNik.put(peserta.get("nik").asText(), peserta);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("BPJS simulator seed " + seed + " unreadable", e);
    }
    log.info("Simulator BPJS: {} peserta dimuat dari {}", byNik.size(), seed);
  }

  public SimulatorFault fault() {
    return fault.get();
  }

  public void fault(SimulatorFault newFault) {
    fault.set(newFault);
    log.info("Simulator BPJS: gangguan {} (jeda {} ms)", newFault.mode(), newFault.delayMillis());
  }

  public synchronized Optional<ObjectNode> byNik(String nik) {
    applyDue();
    ObjectNode p = byNik.get(nik);
    return Optional.ofNullable(p == null ? null : p.deepCopy());
  }

  public synchronized Optional<ObjectNode> byCardNumber(String cardNumber) {
    applyDue();
    return byNik.values().stream().filter(p -> cardNumber.equals(p.path("noKartu").asText())).findFirst()
        .map(ObjectNode::deepCopy);
  }

  /** Sets a participant as given (the control endpoint); fills in what a test need not care about. */
  public synchronized ObjectNode put(String nik, ObjectNode peserta) {
    ObjectNode p = peserta.deepCopy();
    if (p.hasNonNull("nik") && !nik.equals(p.get("nik").asText())) {
      throw new IllegalArgumentException("nik di body berbeda dengan nik di path");
    }
    p.put("nik", nik);
    if (!p.hasNonNull("noKartu") || p.get("noKartu").asText().isBlank()) {
      p.put("noKartu", nextCardNumber());
    }
    ObjectNode stored = validated(p);
    pending.removeIf(x -> x.nik().equals(nik));
    byNik.put(nik, stored);
    log.info("Simulator BPJS: peserta {} diatur", Masking.nik(nik));
    return stored.deepCopy();
  }

  public synchronized boolean remove(String nik) {
    pending.removeIf(x -> x.nik().equals(nik));
    return byNik.remove(nik) != null;
  }

  /**
   * Carries out a registration request ({@code {"request": {...}}}): all members or none. A key seen before gets
   * the first answer again and changes nothing.
   */
  public synchronized ObjectNode register(JsonNode body) {
    JsonNode request = body.path("request");
    String key = request.path("idempotencyKey").asText("");
    if (key.isBlank()) {
      throw new Rejection("idempotencyKey wajib diisi");
    }
    ObjectNode earlier = registrations.get(key);
    if (earlier != null) {
      log.info("Simulator BPJS: pendaftaran {} sudah diterima sebelumnya", key);
      return earlier.deepCopy();
    }
    String type = request.path("jenis").asText("");
    JsonNode members = request.path("peserta");
    if (!members.isArray() || members.isEmpty()) {
      throw new Rejection("daftar peserta kosong");
    }
    applyDue();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Map<String, ObjectNode> changes = new LinkedHashMap<>();
    for (JsonNode m : members) {
      String nik = m.path("nik").asText("");
      if (!nik.matches("\\d{16}")) {
        throw new Rejection("NIK tidak sesuai format");
      }
      changes.put(nik, changed(type, nik, m, byNik.get(nik), today));
    }
    Instant effectiveAt = clock.instant().plus(properties.simulator().activationDelay());
    ObjectNode answer = mapper.createObjectNode();
    ObjectNode pendaftaran = answer.putObject("pendaftaran");
    pendaftaran.put("noRegistrasi", String.format("REG-%s-%05d", today.toString().replace("-", ""),
        ++registrationSequence));
    pendaftaran.put("jenis", type);
    pendaftaran.put("jumlah", changes.size());
    pendaftaran.put("efektif", effectiveAt.toString());
    ArrayNode list = pendaftaran.putArray("peserta");
    changes.forEach((nik, p) -> {
      list.addObject().put("nik", nik).put("noKartu", p.get("noKartu").asText());
      if (properties.simulator().activationDelay().isZero()) {
        byNik.put(nik, p);
      } else {
        pending.add(new Pending(effectiveAt, nik, p));
      }
    });
    registrations.put(key, answer);
    log.info("Simulator BPJS: pendaftaran {} {} untuk {} peserta, efektif {}", type, key, changes.size(), effectiveAt);
    return answer.deepCopy();
  }

  private ObjectNode changed(String type, String nik, JsonNode m, ObjectNode current, LocalDate today) {
    Participant now = current == null ? null : BpjsClient.map(current);
    switch (type) {
      case "REGISTER" -> {
        if (now != null && now.status() == MembershipStatus.ACTIVE) {
          throw new Rejection("Peserta " + Masking.nik(nik) + " sudah terdaftar aktif");
        }
        if (!m.hasNonNull("kdProvider")) {
          throw new Rejection("FKTP (kdProvider) wajib diisi untuk pendaftaran");
        }
        ObjectNode p = current == null ? newPeserta(nik, m) : current.deepCopy();
        return cityFunded(p, m, today);
      }
      case "CHANGE_SEGMENT" -> {
        if (now == null || now.segment() != Segment.PBPU) {
          throw new Rejection("Peserta " + Masking.nik(nik) + " bukan peserta PBPU mandiri");
        }
        return cityFunded(current.deepCopy(), m, today);
      }
      case "REACTIVATE" -> {
        if (now == null) {
          throw new Rejection("Peserta " + Masking.nik(nik) + " tidak ditemukan");
        }
        if (now.status() == MembershipStatus.ACTIVE) {
          throw new Rejection("Peserta " + Masking.nik(nik) + " masih aktif");
        }
        return cityFunded(current.deepCopy(), m, today);
      }
      case "DEACTIVATE" -> {
        if (now == null || now.status() != MembershipStatus.ACTIVE) {
          throw new Rejection("Peserta " + Masking.nik(nik) + " tidak aktif atau tidak ditemukan");
        }
        ObjectNode p = current.deepCopy();
        p.putObject("statusPeserta").put("kode", "4").put("keterangan", "NON AKTIF DIAKHIRI PEMDA");
        p.put("tglTAT", today.toString());
        return p;
      }
      default -> throw new Rejection("jenis pendaftaran tidak dikenal: " + type);
    }
  }

  private ObjectNode newPeserta(String nik, JsonNode m) {
    ObjectNode p = mapper.createObjectNode();
    p.put("nik", nik);
    p.put("nama", m.path("nama").asText("").toUpperCase(java.util.Locale.ROOT));
    p.put("tglLahir", m.path("tglLahir").asText(null));
    p.put("sex", m.path("sex").asText(Integer.parseInt(nik.substring(6, 8)) > 40 ? "P" : "L"));
    p.put("noKartu", nextCardNumber());
    p.putObject("informasi").putNull("dinsos").putNull("noSKTM").putNull("prolanisPRB");
    p.putObject("cob").putNull("nmAsuransi").putNull("noAsuransi").putNull("tglTAT").putNull("tglTMT");
    p.putObject("mr").putNull("noMR").putNull("noTelepon");
    return p;
  }

  /** Active, PBI APBD (PBPU/BP Pemda), class III, at the FKTP assigned by Dinas Kesehatan if one was given. */
  private ObjectNode cityFunded(ObjectNode p, JsonNode m, LocalDate today) {
    String[] jenis = BpjsCodes.jenisPeserta(Segment.PBI_APBD);
    p.putObject("statusPeserta").put("kode", BpjsCodes.STATUS_ACTIVE).put("keterangan", "AKTIF");
    p.putObject("jenisPeserta").put("kode", jenis[0]).put("keterangan", jenis[1]);
    p.putObject("hakKelas").put("kode", "3").put("keterangan", "KELAS III");
    if (m.hasNonNull("kdProvider")) {
      p.putObject("provUmum").put("kdProvider", m.get("kdProvider").asText())
          .put("nmProvider", m.path("nmProvider").asText(""));
    }
    p.put("tglTMT", today.toString());
    p.put("tglTAT", "2099-12-31");
    // the city pays from now on; earlier arrears of a PBPU member are BPJS's to settle with the member
    p.put("tunggakan", 0);
    return p;
  }

  private String nextCardNumber() {
    String card;
    do {
      card = String.format("0002%09d", 357300000 + ++cardSequence);
    } while (cardInUse(card));
    return card;
  }

  private boolean cardInUse(String card) {
    return byNik.values().stream().anyMatch(p -> card.equals(p.path("noKartu").asText()))
        || pending.stream().anyMatch(x -> card.equals(x.peserta().path("noKartu").asText()));
  }

  private void applyDue() {
    Instant now = clock.instant();
    pending.removeIf(x -> {
      if (!x.effectiveAt().isAfter(now)) {
        byNik.put(x.nik(), x.peserta());
        return true;
      }
      return false;
    });
  }

  /** Only participants the client can read go in: a simulator that serves unreadable data tests nothing. */
  private ObjectNode validated(ObjectNode p) {
    String nik = p.path("nik").asText("");
    if (!nik.matches("\\d{16}")) {
      throw new IllegalArgumentException("nik harus 16 angka");
    }
    String card = p.path("noKartu").asText("");
    if (!card.matches("\\d{13}")) {
      throw new IllegalArgumentException("noKartu harus 13 angka");
    }
    if (!p.hasNonNull("nama")) {
      throw new IllegalArgumentException("nama wajib diisi");
    }
    try {
      BpjsClient.map(p);
    } catch (BpjsException e) {
      throw new IllegalArgumentException("peserta tidak dapat dibaca: " + e.getMessage());
    }
    return p;
  }
}
