package id.go.malangkota.ejkn.bpjs.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BpjsSignatureTest {

  @Test
  void officialBpjsCheckVector() {
    assertThat(BpjsSignature.hmacSha256Base64("aaa", "bbb")).isEqualTo("20BKS3PWnD3XU4JbSSZvVlGi2WWnDa8Sv9uHJ+wsELA=");
  }

  @Test
  void signsConsIdAmpersandTimestampWithTheSecret() {
    // computed independently with Node.js crypto: HMAC-SHA256("ejkn-demo-secret", "10001&1732600000")
    assertThat(BpjsSignature.sign("10001", "ejkn-demo-secret", "1732600000"))
        .isEqualTo("IYnDSU+/s5q1WAy8ZbGuu9MNNctPiqaaku4K557ixVo=");
  }

  @Test
  void anotherTimestampGivesAnotherSignature() {
    assertThat(BpjsSignature.sign("10001", "ejkn-demo-secret", "1732600001"))
        .isNotEqualTo(BpjsSignature.sign("10001", "ejkn-demo-secret", "1732600000"));
  }

  @Test
  void comparesSignatures() {
    String s = BpjsSignature.sign("10001", "ejkn-demo-secret", "1732600000");
    assertThat(BpjsSignature.matches(s, s)).isTrue();
    assertThat(BpjsSignature.matches(s, s.substring(1))).isFalse();
    assertThat(BpjsSignature.matches(s, null)).isFalse();
  }
}
