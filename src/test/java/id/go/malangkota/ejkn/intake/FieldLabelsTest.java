package id.go.malangkota.ejkn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.verification.TaskCards;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal names the field as the form does; a task card names its application. */
class FieldLabelsTest {

  @Test
  void fieldsAreNamedAsOnTheForm() {
    assertThat(FieldLabels.of("members[1].birthDate")).isEqualTo("Anggota keluarga ke-2, tanggal lahir");
    assertThat(FieldLabels.of("members[0].nik")).isEqualTo("Anggota keluarga ke-1, NIK");
    assertThat(FieldLabels.of("members[3]")).isEqualTo("Anggota keluarga ke-4");
    assertThat(FieldLabels.of("submittedBy.nik")).isEqualTo("NIK yang mengajukan");
    assertThat(FieldLabels.of("familyCardNumber")).isEqualTo("No. KK");
    assertThat(FieldLabels.of("documents.dokumen7")).isEqualTo("Dokumen yang diserahkan (dokumen7)");
    assertThat(FieldLabels.of("somethingNew")).as("unknown fields keep their name").isEqualTo("SomethingNew");
    assertThat(FieldLabels.of(null)).isEmpty();
  }

  @Test
  void everyErrorIsDescribedWithItsLabel() {
    assertThat(FieldLabels.describe(List.of(new FieldError("members[1].birthDate", "Tanggal lahir tidak sesuai."),
        new FieldError("phone", "Nomor HP tidak benar."), new FieldError(null, "Periksa lagi."))))
        .isEqualTo("Anggota keluarga ke-2, tanggal lahir: Tanggal lahir tidak sesuai. Nomor HP: Nomor HP tidak benar. "
            + "Periksa lagi.");
  }

  @Test
  void aTaskCardNamesWhatIsKnownOfItsApplication() {
    assertThat(TaskCards.about("JKN-2026-000123", "Slamet Riyadi", "Kelurahan Pandanwangi"))
        .isEqualTo("JKN-2026-000123 · Slamet Riyadi · Kelurahan Pandanwangi");
    assertThat(TaskCards.about("JKN-2026-000123", " ", null)).isEqualTo("JKN-2026-000123");
    assertThat(TaskCards.about(null, null, null)).isEmpty();
  }
}
