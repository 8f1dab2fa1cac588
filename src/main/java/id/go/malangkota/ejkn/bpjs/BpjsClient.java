package id.go.malangkota.ejkn.bpjs;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * BPJS Kesehatan participant look-up (VClaim {@code Peserta}). "Not found" is an answer
 * ({@link MembershipStatus#NOT_REGISTERED}), not an error; everything else that goes wrong is a
 * {@link BpjsRefusedException} or a {@link BpjsUnavailableException}.
 */
@Component
public class BpjsClient {

  private static final Logger log = LoggerFactory.getLogger(BpjsClient.class);
  private static final Pattern NIK = Pattern.compile("\\d{16}");
  private static final Pattern CARD = Pattern.compile("\\d{13}");

  private final BpjsHttp http;
  private final BpjsEndpoints endpoints;
  private final ZoneId zone;
  private final Clock clock;

  @Autowired
  public BpjsClient(BpjsHttp http, BpjsEndpoints endpoints, @Value("${ejkn.timezone:Asia/Jakarta}") String timezone) {
    this(http, endpoints, ZoneId.of(timezone), Clock.systemUTC());
  }

  /** For a client with other settings than the application's (e.g. a short time-out in a test). */
  public BpjsClient(BpjsHttp http, BpjsEndpoints endpoints, ZoneId zone, Clock clock) {
    this.http = http;
    this.endpoints = endpoints;
    this.zone = zone;
    this.clock = clock;
  }

  /** Look-up by NIK for today (Asia/Jakarta). */
  public Participant findByNik(String nik) {
    return findByNik(nik, LocalDate.now(clock.withZone(zone)));
  }

  public Participant findByNik(String nik, LocalDate serviceDate) {
    require(nik, NIK, "NIK harus 16 angka");
    BpjsAnswer answer = http.get(endpoints.vclaim() + "/Peserta/nik/" + nik + "/tglSEP/" + serviceDate,
        "Peserta/nik/" + Masking.nik(nik));
    if (isNotFound(answer)) {
      log.debug("Peserta NIK {} tidak terdaftar di BPJS", Masking.nik(nik));
      return Participant.notRegisteredNik(nik);
    }
    return logged(map(answer.requireOk().response().get("peserta")));
  }

  /**
   * Whether BPJS answers a signed call now: a look-up of a NIK nobody holds (region 00), so the probe learns nothing
   * about anyone. Any business answer counts, "not found" included.
   *
   * @return empty when BPJS answered; otherwise why it did not
   */
  public java.util.Optional<BpjsException> probe() {
    try {
      findByNik(PROBE_NIK);
      return java.util.Optional.empty();
    } catch (BpjsException e) {
      return e.errorCode() == BpjsErrorCode.REJECTED ? java.util.Optional.empty() : java.util.Optional.of(e);
    }
  }

  /** The NIK {@link #probe()} asks about: well-formed, in no region. */
  static final String PROBE_NIK = "0000000000000000";

  /** Look-up by BPJS card number for today (Asia/Jakarta). */
  public Participant findByCardNumber(String cardNumber) {
    return findByCardNumber(cardNumber, LocalDate.now(clock.withZone(zone)));
  }

  public Participant findByCardNumber(String cardNumber, LocalDate serviceDate) {
    require(cardNumber, CARD, "nomor kartu harus 13 angka");
    BpjsAnswer answer = http.get(endpoints.vclaim() + "/Peserta/nokartu/" + cardNumber + "/tglSEP/" + serviceDate,
        "Peserta/nokartu/" + Masking.cardNumber(cardNumber));
    if (isNotFound(answer)) {
      log.debug("Kartu {} tidak terdaftar di BPJS", Masking.cardNumber(cardNumber));
      return Participant.notRegisteredCard(cardNumber);
    }
    return logged(map(answer.requireOk().response().get("peserta")));
  }

  private static boolean isNotFound(BpjsAnswer answer) {
    if (answer.notFound()) {
      return true;
    }
    // an OK envelope without a participant also means BPJS has nobody under that key
    return answer.ok() && (answer.response() == null || answer.response().path("peserta").isMissingNode()
        || answer.response().path("peserta").isNull());
  }

  private static Participant logged(Participant p) {
    log.debug("Peserta {}: {} {}", Masking.nik(p.nik()), p.status(), p.segment());
    return p;
  }

  /** VClaim {@code peserta} JSON to a {@link Participant}. Public so the simulator and tests share the mapping. */
  public static Participant map(JsonNode peserta) {
    if (peserta == null || !peserta.isObject()) {
      throw new BpjsUnavailableException(BpjsErrorCode.INVALID_RESPONSE, "tanpa peserta", null, null);
    }
    MembershipStatus status = BpjsCodes.status(text(peserta.path("statusPeserta"), "kode"));
    Segment segment = BpjsCodes.segment(text(peserta.path("jenisPeserta"), "keterangan"));
    JsonNode prov = peserta.path("provUmum");
    Fktp fktp = prov.isObject() ? new Fktp(text(prov, "kdProvider"), text(prov, "nmProvider")) : null;
    JsonNode kelas = peserta.path("hakKelas");
    CareClass careClass = kelas.isObject() ? new CareClass(text(kelas, "kode"), text(kelas, "keterangan")) : null;
    return new Participant(status, segment, text(peserta, "noKartu"), text(peserta, "nik"), text(peserta, "nama"),
        date(peserta, "tglLahir"), text(peserta, "sex"), fktp, careClass,
        text(peserta.path("statusPeserta"), "keterangan"), text(peserta.path("jenisPeserta"), "keterangan"),
        date(peserta, "tglTMT"), date(peserta, "tglTAT"), arrears(peserta));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static LocalDate date(JsonNode node, String field) {
    String v = text(node, field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new BpjsRefusedException(BpjsErrorCode.UNKNOWN_VALUE, "format tanggal " + field, null);
    }
  }

  /** The simulator's {@code tunggakan} (rupiah); real VClaim has no such field, so absent means "unknown". */
  private static BigDecimal arrears(JsonNode peserta) {
    JsonNode v = peserta.get("tunggakan");
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return new BigDecimal(v.asText().trim());
    } catch (NumberFormatException e) {
      throw new BpjsRefusedException(BpjsErrorCode.UNKNOWN_VALUE, "tunggakan bukan angka", null);
    }
  }

  private static void require(String value, Pattern pattern, String message) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(message);
    }
  }
}
