package id.go.malangkota.ejkn.bpjs.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.malangkota.ejkn.bpjs.BpjsClient;
import id.go.malangkota.ejkn.bpjs.BpjsProperties;
import id.go.malangkota.ejkn.bpjs.MembershipStatus;
import id.go.malangkota.ejkn.bpjs.Participant;
import id.go.malangkota.ejkn.bpjs.Segment;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

class SimulatorStateTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private SimulatorState state(Duration activationDelay) {
    BpjsProperties props = new BpjsProperties(null, "10001", "s", "u", Duration.ofSeconds(1), Duration.ofSeconds(1),
        new BpjsProperties.Retry(1, Duration.ZERO),
        new BpjsProperties.Simulator(true, "classpath:bpjs-simulator/peserta.json", activationDelay, Duration.ofMinutes(5)),
        new BpjsProperties.Submission("simulator", null, null));
    return new SimulatorState(mapper, new DefaultResourceLoader(), props, "Asia/Jakarta");
  }

  private ObjectNode registration(String key, String type, String nik) throws Exception {
    return (ObjectNode) mapper.readTree("""
        {"request":{"idempotencyKey":"%s","jenis":"%s","peserta":[{"nik":"%s","nama":"Rizky Ramadhan",
         "tglLahir":"1999-01-20","kdProvider":"13050101","nmProvider":"PUSKESMAS PANDANWANGI"}]}}"""
        .formatted(key, type, nik));
  }

  private Participant lookup(SimulatorState s, String nik) {
    return s.byNik(nik).map(BpjsClient::map).orElse(null);
  }

  @Test
  void everySeededParticipantIsReadableAndTheMixIsComplete() {
    SimulatorState s = state(Duration.ZERO);
    assertThat(lookup(s, "3573011203750001").segment()).isEqualTo(Segment.PBI_APBN);
    assertThat(lookup(s, "3573014508820002").segment()).isEqualTo(Segment.PBI_APBD);
    assertThat(lookup(s, "3573052111880003").segment()).isEqualTo(Segment.PPU);
    assertThat(lookup(s, "3573030206900005").segment()).isEqualTo(Segment.PBPU);
    assertThat(lookup(s, "3573047009850006").status()).isEqualTo(MembershipStatus.INACTIVE);
    assertThat(lookup(s, "3573047009850006").hasArrears()).isTrue();
    assertThat(lookup(s, "3573020107500010").segment()).isEqualTo(Segment.BP);
    assertThat(lookup(s, "3573014101950099")).isNull();
  }

  @Test
  void registrationShowsOnlyAfterTheActivationDelay() throws Exception {
    SimulatorState s = state(Duration.ofMillis(400));
    s.register(registration("k1", "REGISTER", "3573012001990031"));
    assertThat(lookup(s, "3573012001990031")).isNull();
    Thread.sleep(600);
    Participant p = lookup(s, "3573012001990031");
    assertThat(p.status()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(p.segment()).isEqualTo(Segment.PBI_APBD);
    assertThat(p.cardNumber()).matches("\\d{13}");
    assertThat(p.fktp().code()).isEqualTo("13050101");
  }

  @Test
  void aReplayedKeyChangesNothing() throws Exception {
    SimulatorState s = state(Duration.ZERO);
    ObjectNode first = s.register(registration("k2", "REGISTER", "3573012001990032"));
    s.put("3573012001990032", (ObjectNode) mapper.readTree("""
        {"nama":"RIZKY RAMADHAN","noKartu":"0009999999999","statusPeserta":{"kode":"1","keterangan":"NON AKTIF"},
         "jenisPeserta":{"kode":"14","keterangan":"PBPU"}}"""));
    ObjectNode again = s.register(registration("k2", "REGISTER", "3573012001990032"));
    assertThat(again).isEqualTo(first);
    assertThat(lookup(s, "3573012001990032").status()).isEqualTo(MembershipStatus.INACTIVE);
  }

  @Test
  void refusesToRegisterSomeoneActive() throws Exception {
    SimulatorState s = state(Duration.ZERO);
    assertThatThrownBy(() -> s.register(registration("k3", "REGISTER", "3573011203750001")))
        .isInstanceOf(SimulatorState.Rejection.class).hasMessageContaining("sudah terdaftar aktif")
        .hasMessageNotContaining("3573011203750001");
  }

  @Test
  void changeOfSegmentOnlyForPbpu() throws Exception {
    SimulatorState s = state(Duration.ZERO);
    s.register(registration("k4", "CHANGE_SEGMENT", "3573030206900005"));
    Participant p = lookup(s, "3573030206900005");
    assertThat(p.segment()).isEqualTo(Segment.PBI_APBD);
    assertThat(p.cardNumber()).isEqualTo("0001357300005");
    assertThatThrownBy(() -> s.register(registration("k5", "CHANGE_SEGMENT", "3573052111880003")))
        .isInstanceOf(SimulatorState.Rejection.class);
  }
}
