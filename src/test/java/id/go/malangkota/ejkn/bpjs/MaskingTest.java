package id.go.malangkota.ejkn.bpjs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void masksNikKeepingRegionAndSerial() {
    assertThat(Masking.nik("3573014508820002")).isEqualTo("3573********0002");
  }

  @Test
  void masksCardNumber() {
    assertThat(Masking.cardNumber("0001357300002")).isEqualTo("000******0002");
  }

  @Test
  void masksNamesToInitials() {
    assertThat(Masking.name("Siti Nurhalizah Ünal 李")).isEqualTo("S*** N********* Ü*** 李");
    assertThat(Masking.name("MA'RUF HIDAYAT")).isEqualTo("M***** H******");
  }

  @Test
  void shortAndMissingValuesRevealNothing() {
    assertThat(Masking.nik("1234")).isEqualTo("****");
    assertThat(Masking.nik(null)).isEqualTo("null");
    assertThat(Masking.name(null)).isEqualTo("null");
  }

  @Test
  void participantToStringIsMasked() {
    Participant p = new Participant(MembershipStatus.ACTIVE, Segment.PBI_APBD, "0001357300002", "3573014508820002",
        "SITI AMINAH", LocalDate.of(1982, 8, 5), "P", new Fktp("13050101", "PUSKESMAS PANDANWANGI"), null, "AKTIF",
        "PBI (APBD)", null, null, null);
    assertThat(p.toString()).doesNotContain("3573014508820002", "SITI AMINAH", "0001357300002", "1982")
        .contains("3573********0002", "S*** A*****");
  }
}
