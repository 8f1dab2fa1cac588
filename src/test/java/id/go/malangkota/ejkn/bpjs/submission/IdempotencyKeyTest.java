package id.go.malangkota.ejkn.bpjs.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

  @Test
  void sameInputsSameKeyWhateverTheOrderOfCandidates() {
    String a = IdempotencyKey.of("pi-1", SubmissionType.REGISTER, List.of("3573014508820002", "3573011203750001"));
    String b = IdempotencyKey.of("pi-1", SubmissionType.REGISTER, List.of("3573011203750001", "3573014508820002"));
    assertThat(a).isEqualTo(b).startsWith("REGISTER-").hasSize("REGISTER-".length() + 40);
  }

  @Test
  void differsByProcessTypeAndCandidates() {
    String base = IdempotencyKey.of("pi-1", SubmissionType.REGISTER, List.of("3573014508820002"));
    assertThat(IdempotencyKey.of("pi-2", SubmissionType.REGISTER, List.of("3573014508820002"))).isNotEqualTo(base);
    assertThat(IdempotencyKey.of("pi-1", SubmissionType.DEACTIVATE, List.of("3573014508820002"))).isNotEqualTo(base);
    assertThat(IdempotencyKey.of("pi-1", SubmissionType.REGISTER, List.of("3573011203750001"))).isNotEqualTo(base);
  }

  @Test
  void carriesNoNik() {
    assertThat(IdempotencyKey.of("pi-1", SubmissionType.REGISTER, List.of("3573014508820002")))
        .doesNotContain("3573014508820002", "35730145");
  }
}
