package id.go.malangkota.ejkn.bpjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BpjsCodesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "PBI (APBN)|PBI_APBN",
      "PBI APBN|PBI_APBN",
      "PBI|PBI_APBN",
      "PBI (APBD)|PBI_APBD",
      "PBPU PEMDA|PBI_APBD",
      "BP PEMDA|PBI_APBD",
      "PEGAWAI SWASTA|PPU",
      "PNS|PPU",
      "PNS DAERAH|PPU",
      "PNS PUSAT|PPU",
      "ANGGOTA TNI|PPU",
      "ANGGOTA POLRI|PPU",
      "PEJABAT NEGARA|PPU",
      "PEGAWAI BUMN|PPU",
      "PEGAWAI PEMERINTAH NON PEGAWAI NEGERI|PPU",
      "KEPALA DESA DAN PERANGKAT DESA|PPU",
      "PEKERJA PENERIMA UPAH|PPU",
      "PBPU|PBPU",
      "PEKERJA MANDIRI|PBPU",
      "PEKERJA BUKAN PENERIMA UPAH|PBPU",
      "BUKAN PEKERJA|BP",
      "BP|BP",
      "PENERIMA PENSIUN PNS|BP",
      "PENERIMA PENSIUN TNI|BP",
      "VETERAN|BP",
      "PERINTIS KEMERDEKAAN|BP",
      "INVESTOR|BP",
      "PEMBERI KERJA|BP",
      "pegawai swasta|PPU",
      "  PBI (APBD)  |PBI_APBD"})
  void participantTypeToSegment(String jenisPeserta, Segment expected) {
    assertThat(BpjsCodes.segment(jenisPeserta)).isEqualTo(expected);
  }

  @Test
  void unknownParticipantTypeIsNotGuessed() {
    assertThatThrownBy(() -> BpjsCodes.segment("WARGA ANTARIKSA"))
        .isInstanceOfSatisfying(BpjsRefusedException.class, e -> {
          assertThat(e.code()).isEqualTo("BPJS_UNKNOWN_VALUE");
          assertThat(e.retryable()).isFalse();
        });
    assertThatThrownBy(() -> BpjsCodes.segment(null)).isInstanceOf(BpjsRefusedException.class);
  }

  @ParameterizedTest(name = "statusPeserta {0} -> {1}")
  @CsvSource({"0,ACTIVE", "1,INACTIVE", "2,INACTIVE", "4,INACTIVE", "9,INACTIVE", "' 0 ',ACTIVE"})
  void statusCodeToStatus(String kode, MembershipStatus expected) {
    assertThat(BpjsCodes.status(kode)).isEqualTo(expected);
  }

  @Test
  void missingStatusIsNotGuessed() {
    assertThatThrownBy(() -> BpjsCodes.status(" ")).isInstanceOf(BpjsRefusedException.class);
  }

  @ParameterizedTest
  @EnumSource(value = Segment.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void theSimulatorsParticipantTypesMapBack(Segment segment) {
    assertThat(BpjsCodes.segment(BpjsCodes.jenisPeserta(segment)[1])).isEqualTo(segment);
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "201|Peserta Tidak Ditemukan|true",
      "201|Data peserta tidak terdaftar|true",
      "201|NIK Peserta Tidak Sesuai Format|false",
      "201|Tanggal SEP tidak boleh lebih dari hari ini|false",
      "200|OK|false",
      "202|Peserta Tidak Ditemukan|false"})
  void notFoundIsOnlyANotFound(String code, String message, boolean notFound) {
    assertThat(BpjsCodes.isNotFound(code, message)).isEqualTo(notFound);
  }
}
