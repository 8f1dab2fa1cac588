package id.go.malangkota.ejkn.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

  static final String APPLICATION = "{\"familyCardNumber\":\"3573012001150001\",\"address\":\"Jl. Simpang Borobudur 7\","
      + "\"phone\":\"081234567890\",\"email\":\"warga@example.id\",\"submittedBy\":{\"relation\":\"SELF\","
      + "\"name\":\"Slamet Riyadi\",\"nik\":\"3573011204850001\"},\"members\":[{\"nik\":\"3573011204850001\","
      + "\"name\":\"Slamet Riyadi\",\"birthDate\":\"1985-04-12\",\"relationship\":\"KEPALA_KELUARGA\",\"candidate\":true}]}";

  @Test
  void personalFieldsAreMaskedInsideJsonAndKnownValuesInFreeText() {
    PersonalData masked = PersonalData.masked();
    masked.learn("application", APPLICATION);
    String json = masked.variable("application", APPLICATION);
    assertThat(json).doesNotContain("Slamet", "3573011204850001", "3573012001150001", "Borobudur", "081234567890",
        "warga@", "1985-04-12").contains("S***** R*****", "3573********0001", "w***@example.id", "KEPALA_KELUARGA",
        "[alamat disamarkan]", "*********890");
    assertThat(masked.text("**Slamet Riyadi** (NIK 3573011204850001), kk-slamet riyadi.pdf, hubungi 0812-3456-7890"))
        .isEqualTo("**S***** R******* (NIK 3573********0001), kk-S***** R*****.pdf, hubungi *********890")
        .doesNotContain("Slamet");
    assertThat(masked.variable("applicantName", "Slamet Riyadi")).isEqualTo("S***** R*****");
    assertThat(masked.variable("verificationOutcome", "REJECTED")).isEqualTo("REJECTED");
    assertThat(masked.text("NIK lain 3573014508900002 dan surel orang@contoh.id")).isEqualTo(
        "NIK lain 3573********0002 dan surel o***@contoh.id");
  }

  @Test
  void shownDataIsLeftAsItIs() {
    PersonalData shown = PersonalData.shown();
    shown.learn("application", APPLICATION);
    assertThat(shown.variable("application", APPLICATION)).isEqualTo(APPLICATION);
    assertThat(shown.text("Slamet Riyadi")).isEqualTo("Slamet Riyadi");
  }
}
