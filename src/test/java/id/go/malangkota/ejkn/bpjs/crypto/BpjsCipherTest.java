package id.go.malangkota.ejkn.bpjs.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BpjsCipherTest {

  private static final String CONS = "10001";
  private static final String SECRET = "ejkn-demo-secret";
  private static final String TS = "1732600000";

  @Test
  void decryptsWhatNodeJsEncryptedTheBpjsWay() {
    // produced with Node.js crypto (aes-256-cbc, key = sha256(consId+secret+ts), iv = key[0..16]) over the output
    // of the JS lz-string 1.5.0 compressToEncodedURIComponent
    String fromNode = "p5Vy8jjn5tA50rjDWqJVYsmLYnBYgBC8Nq6KBkqv1BjZ2cTJojTng+FN3RUfOSIHtlVAsFSPYutsKog7k3U3GNztt13oEV2Xd3N9g61iokQ24vkgDMPxrUAwpluBohs5cQiDMkplXZVQSSp2HW7GhA==";
    assertThat(BpjsCipher.decryptResponse(fromNode, CONS, SECRET, TS))
        .isEqualTo("{\"peserta\":{\"nama\":\"Siti Nurhalizah Ünal 李\",\"nik\":\"3573014508900002\"}}");
  }

  @Test
  void encryptsExactlyLikeNodeJs() {
    String json = "{\"peserta\":{\"nama\":\"Siti Nurhalizah Ünal 李\",\"nik\":\"3573014508900002\"}}";
    assertThat(BpjsCipher.encryptResponse(json, CONS, SECRET, TS)).isEqualTo(
        "p5Vy8jjn5tA50rjDWqJVYsmLYnBYgBC8Nq6KBkqv1BjZ2cTJojTng+FN3RUfOSIHtlVAsFSPYutsKog7k3U3GNztt13oEV2Xd3N9g61iokQ24vkgDMPxrUAwpluBohs5cQiDMkplXZVQSSp2HW7GhA==");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "Siti Nurhalizah Ünal 李", "😀", "{\"metaData\":{}}"})
  void aesRoundTrip(String plain) {
    assertThat(BpjsCipher.decrypt(BpjsCipher.encrypt(plain, CONS, SECRET, TS), CONS, SECRET, TS)).isEqualTo(plain);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"nama\":\"Siti Nurhalizah Ünal 李\"}", "[\"😀\",\"ÄÖÜß\",\"\"]"})
  void responseRoundTrip(String json) {
    String encrypted = BpjsCipher.encryptResponse(json, CONS, SECRET, TS);
    assertThat(BpjsCipher.decryptResponse(encrypted, CONS, SECRET, TS)).isEqualTo(json);
  }

  @Test
  void theKeyDependsOnTheTimestampSent() {
    String encrypted = BpjsCipher.encryptResponse("{\"a\":1}", CONS, SECRET, TS);
    assertThatThrownBy(() -> BpjsCipher.decryptResponse(encrypted, CONS, SECRET, "1732600001"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theKeyDependsOnTheSecret() {
    String encrypted = BpjsCipher.encryptResponse("{\"a\":1}", CONS, SECRET, TS);
    assertThatThrownBy(() -> BpjsCipher.decryptResponse(encrypted, CONS, "other-secret", TS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsTextThatIsNotBase64() {
    assertThatThrownBy(() -> BpjsCipher.decryptResponse("<html>not base64</html>", CONS, SECRET, TS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Base64");
  }

  @Test
  void keyIsSha256AndIvItsFirstSixteenBytes() {
    byte[] key = BpjsCipher.key(CONS, SECRET, TS);
    assertThat(key).hasSize(32);
  }
}
