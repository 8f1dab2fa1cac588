package id.go.malangkota.ejkn.bpjs;

/**
 * Masks personal data before it reaches a log line, an exception message or an incident. Logs are read by
 * operators and shipped to other systems; a NIK or a name there is a personal-data leak (UU 27/2022 PDP).
 */
public final class Masking {

  private Masking() {}

  /** {@code 3573014508900002} → {@code 3573********0002}: the region stays readable, the birth date does not. */
  public static String nik(String nik) {
    return keepEnds(nik, 4, 4);
  }

  /** {@code 0001234567890} → {@code 000******7890}. */
  public static String cardNumber(String cardNumber) {
    return keepEnds(cardNumber, 3, 4);
  }

  /** Same as {@link #nik}: a No. KK has the same shape. */
  public static String familyCardNumber(String kk) {
    return keepEnds(kk, 4, 4);
  }

  /** {@code Siti Nurhalizah} → {@code S*** N*********}: initials only. */
  public static String name(String name) {
    if (name == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean wordStart = true;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (Character.isWhitespace(cp)) {
        out.appendCodePoint(cp);
        wordStart = true;
      } else if (wordStart) {
        out.appendCodePoint(cp);
        wordStart = false;
      } else {
        out.append('*');
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static String keepEnds(String value, int head, int tail) {
    if (value == null) {
      return "null";
    }
    if (value.length() <= head + tail) {
      return "*".repeat(value.length());
    }
    return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
  }
}
