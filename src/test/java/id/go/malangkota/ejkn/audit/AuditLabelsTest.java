package id.go.malangkota.ejkn.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit trail's words come from the forms the officers used. */
class AuditLabelsTest {

  final AuditLabels labels = new AuditLabels();

  @Test
  void variablesAreNamedByTheirFormLabel() {
    assertThat(labels.variable("docKtp")).isEqualTo("KTP");
    assertThat(labels.variable("docRtRwLetter")).isEqualTo("Surat pengantar RT/RW");
    assertThat(labels.variable("requestType")).isEqualTo("Jenis layanan");
    assertThat(labels.variable("somethingElse")).isEqualTo("somethingElse");
  }

  @Test
  void valuesAreSaidInWords() {
    assertThat(labels.value("docKtp", "true")).isEqualTo("ya");
    assertThat(labels.value("docKtp", "false")).isEqualTo("tidak");
    assertThat(labels.value("requestType", "NEW")).as("the start form's option").isEqualTo("Pendaftaran baru peserta PBI APBD");
    assertThat(labels.value("requestType", "DEACTIVATION")).as("on no form: the request type's label").isEqualTo("Penonaktifan");
    assertThat(labels.value("welfareDecision", "REJECT")).isEqualTo("Tolak");
    assertThat(labels.value("welfareDecision", "RETURN")).isEqualTo("Kembalikan ke kelurahan untuk diperbaiki");
    assertThat(labels.value("Jenis permohonan", "NEW")).as("a decision's input").isEqualTo("Pendaftaran baru");
    assertThat(labels.value("Status BPJS", "NOT_REGISTERED")).as("a BPJS code in a decision's input")
        .isEqualTo("Belum terdaftar di JKN");
    assertThat(labels.value("bpjsStatus", "INACTIVE")).isEqualTo("Tidak aktif");
    assertThat(labels.value("Segmen", "PBPU")).isEqualTo("Peserta mandiri (PBPU, iuran dibayar sendiri)");
    assertThat(labels.value("Segmen", "NONE")).as("no code of BPJS's own: left as it is").isEqualTo("NONE");
    assertThat(labels.value("address", "Jl. Ciliwung 3")).isEqualTo("Jl. Ciliwung 3");
    assertThat(labels.value("address", null)).isNull();
  }
}
