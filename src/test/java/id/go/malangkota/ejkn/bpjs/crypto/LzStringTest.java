package id.go.malangkota.ejkn.bpjs.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LzStringTest {

  /** Pairs produced by the JS library itself (lz-string 1.5.0 from npm, compressToEncodedURIComponent). */
  static Stream<Arguments> jsVectors() throws Exception {
    try (InputStream in = LzStringTest.class.getResourceAsStream("/bpjs/lzstring-vectors.json")) {
      List<Arguments> out = new ArrayList<>();
      for (JsonNode v : new ObjectMapper().readTree(in)) {
        out.add(Arguments.of(v.get("plain").asText(), v.get("compressed").asText()));
      }
      return out.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("jsVectors")
  void compressesBitForBitLikeTheJsLibrary(String plain, String compressed) {
    assertThat(LzString.compressToEncodedURIComponent(plain)).isEqualTo(compressed);
  }

  @ParameterizedTest
  @MethodSource("jsVectors")
  void decompressesWhatTheJsLibraryCompressed(String plain, String compressed) {
    assertThat(LzString.decompressFromEncodedURIComponent(compressed)).isEqualTo(plain);
  }

  @Test
  void knownVectors() {
    assertThat(LzString.compressToEncodedURIComponent("Hello, world!")).isEqualTo("BIUwNmD2A0AEDukBOYAmBCIA");
    assertThat(LzString.compressToEncodedURIComponent("")).isEqualTo("Q");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a", "Siti Nurhalizah Ünal 李", "😀😀😀 surrogate pairs", "\u0000\uFFFF",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void roundTrips(String text) {
    assertThat(LzString.decompressFromEncodedURIComponent(LzString.compressToEncodedURIComponent(text)))
        .isEqualTo(text);
  }

  @Test
  void roundTripsRandomTextOfEveryKind() {
    Random random = new Random(20251126);
    for (int n = 0; n < 300; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        switch (random.nextInt(4)) {
          case 0 -> s.append((char) ('a' + random.nextInt(6))); // repetitive, grows the dictionary
          case 1 -> s.append((char) random.nextInt(256));
          case 2 -> s.append((char) random.nextInt(0xD800));
          default -> s.appendCodePoint(0x10000 + random.nextInt(0x1000));
        }
      }
      String text = s.toString();
      assertThat(LzString.decompressFromEncodedURIComponent(LzString.compressToEncodedURIComponent(text)))
          .as("sample %d", n).isEqualTo(text);
    }
  }

  @Test
  void nullAndEmptyBehaveLikeTheJsLibrary() {
    assertThat(LzString.compressToEncodedURIComponent(null)).isEmpty();
    assertThat(LzString.decompressFromEncodedURIComponent(null)).isEmpty();
    assertThat(LzString.decompressFromEncodedURIComponent("")).isNull();
  }

  @Test
  void spacesAreReadAsPlusSigns() {
    String compressed = LzString.compressToEncodedURIComponent("Siti Nurhalizah Ünal 李 Siti Siti");
    assertThat(LzString.decompressFromEncodedURIComponent(compressed.replace('+', ' ')))
        .isEqualTo("Siti Nurhalizah Ünal 李 Siti Siti");
  }

  @Test
  void characterOutsideTheAlphabetIsRejected() {
    assertThat(LzString.decompressFromEncodedURIComponent("<html>")).isNull();
    assertThat(LzString.decompressFromEncodedURIComponent("BIUwNmD2A0AEDukBOYAmBCIA=")).isNull();
  }

  @Test
  void randomInputNeverThrows() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = 0, len = 1 + random.nextInt(60); i < len; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThatCode(() -> LzString.decompressFromEncodedURIComponent(s.toString())).doesNotThrowAnyException();
    }
  }
}
