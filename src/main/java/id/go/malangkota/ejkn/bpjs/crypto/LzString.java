package id.go.malangkota.ejkn.bpjs.crypto;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Port of the two functions of pieroxy's LZ-String 1.5.0 that the BPJS bridging uses:
 * {@code compressToEncodedURIComponent} and {@code decompressFromEncodedURIComponent}.
 *
 * <p>Written here because the Java ports on Maven Central are unmaintained and follow older, incompatible
 * releases of the JS library (1.3.x). Like the original it works on UTF-16 code units ({@link String#charAt}), so
 * any text, including surrogate pairs, round-trips and matches the JS output bit for bit (see the vectors in the
 * tests, produced by the JS library itself).
 *
 * <p>One deliberate difference: where the JS original silently reads an unknown character as 0, this port
 * returns {@code null}, so a corrupted BPJS answer is detected instead of decoded into nonsense.
 */
public final class LzString {

  private static final String URI_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
  private static final int[] URI_VALUE = new int[128];

  static {
    java.util.Arrays.fill(URI_VALUE, -1);
    for (int i = 0; i < URI_ALPHABET.length(); i++) {
      URI_VALUE[URI_ALPHABET.charAt(i)] = i;
    }
  }

  private LzString() {}

  /** As the JS library: {@code null} compresses to {@code ""}. */
  public static String compressToEncodedURIComponent(String input) {
    if (input == null) {
      return "";
    }
    return compress(input, 6);
  }

  /**
   * As the JS library: {@code null} gives {@code ""}, {@code ""} gives {@code null}; invalid input gives
   * {@code null} (or {@code ""} when the stream ends early, as in JS).
   */
  public static String decompressFromEncodedURIComponent(String input) {
    if (input == null) {
      return "";
    }
    if (input.isEmpty()) {
      return null;
    }
    // a '+' that travelled through a URL query may have become a space
    String s = input.replace(' ', '+');
    int[] values = new int[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int v = ch < 128 ? URI_VALUE[ch] : -1;
      if (v < 0) {
        return null;
      }
      values[i] = v;
    }
    return decompress(values, 32);
  }

  private static final class BitWriter {
    private final int bitsPerChar;
    private final StringBuilder out = new StringBuilder();
    private int value;
    private int position;

    BitWriter(int bitsPerChar) {
      this.bitsPerChar = bitsPerChar;
    }

    void write(int bit) {
      value = (value << 1) | (bit & 1);
      if (position == bitsPerChar - 1) {
        position = 0;
        out.append(URI_ALPHABET.charAt(value));
        value = 0;
      } else {
        position++;
      }
    }

    /** Least significant bit first, as the JS original writes dictionary codes and characters. */
    void writeLsbFirst(int number, int bits) {
      for (int i = 0; i < bits; i++) {
        write(number & 1);
        number >>= 1;
      }
    }

    String finish() {
      while (true) {
        value <<= 1;
        if (position == bitsPerChar - 1) {
          out.append(URI_ALPHABET.charAt(value));
          break;
        }
        position++;
      }
      return out.toString();
    }
  }

  private static String compress(String uncompressed, int bitsPerChar) {
    Map<String, Integer> dictionary = new HashMap<>();
    Set<String> dictionaryToCreate = new HashSet<>();
    String w = "";
    int enlargeIn = 2; // compensates for the first entry, which does not count
    int dictSize = 3;
    int numBits = 2;
    BitWriter out = new BitWriter(bitsPerChar);

    for (int ii = 0; ii < uncompressed.length(); ii++) {
      String c = String.valueOf(uncompressed.charAt(ii));
      if (!dictionary.containsKey(c)) {
        dictionary.put(c, dictSize++);
        dictionaryToCreate.add(c);
      }
      String wc = w + c;
      if (dictionary.containsKey(wc)) {
        w = wc;
        continue;
      }
      int[] state = emit(w, dictionary, dictionaryToCreate, out, enlargeIn, numBits);
      enlargeIn = state[0];
      numBits = state[1];
      enlargeIn--;
      if (enlargeIn == 0) {
        enlargeIn = 1 << numBits;
        numBits++;
      }
      dictionary.put(wc, dictSize++);
      w = c;
    }

    if (!w.isEmpty()) {
      int[] state = emit(w, dictionary, dictionaryToCreate, out, enlargeIn, numBits);
      enlargeIn = state[0];
      numBits = state[1];
      enlargeIn--;
      if (enlargeIn == 0) {
        enlargeIn = 1 << numBits;
        numBits++;
      }
    }

    out.writeLsbFirst(2, numBits); // end of stream
    return out.finish();
  }

  /** Writes the code for {@code w}; returns the updated {enlargeIn, numBits}. */
  private static int[] emit(String w, Map<String, Integer> dictionary, Set<String> dictionaryToCreate,
      BitWriter out, int enlargeIn, int numBits) {
    if (dictionaryToCreate.contains(w)) {
      char first = w.charAt(0);
      if (first < 256) {
        out.writeLsbFirst(0, numBits);
        out.writeLsbFirst(first, 8);
      } else {
        out.writeLsbFirst(1, numBits);
        out.writeLsbFirst(first, 16);
      }
      enlargeIn--;
      if (enlargeIn == 0) {
        enlargeIn = 1 << numBits;
        numBits++;
      }
      dictionaryToCreate.remove(w);
    } else {
      out.writeLsbFirst(dictionary.get(w), numBits);
    }
    return new int[] {enlargeIn, numBits};
  }

  private static final class BitReader {
    private final int[] values;
    private final int resetValue;
    private int val;
    private int position;
    private int index;

    BitReader(int[] values, int resetValue) {
      this.values = values;
      this.resetValue = resetValue;
      this.val = valueAt(0);
      this.position = resetValue;
      this.index = 1;
    }

    private int valueAt(int i) {
      return i < values.length ? values[i] : 0;
    }

    int read(int bits) {
      int result = 0;
      int power = 1;
      for (int i = 0; i < bits; i++) {
        int bit = val & position;
        position >>= 1;
        if (position == 0) {
          position = resetValue;
          val = valueAt(index++);
        }
        if (bit > 0) {
          result |= power;
        }
        power <<= 1;
      }
      return result;
    }
  }

  private static String decompress(int[] values, int resetValue) {
    List<String> dictionary = new ArrayList<>();
    // codes 0, 1 and 2 are commands, never looked up
    dictionary.add(null);
    dictionary.add(null);
    dictionary.add(null);
    int enlargeIn = 4;
    int numBits = 3;
    BitReader in = new BitReader(values, resetValue);

    String c;
    switch (in.read(2)) {
      case 0 -> c = String.valueOf((char) in.read(8));
      case 1 -> c = String.valueOf((char) in.read(16));
      case 2 -> {
        return "";
      }
      default -> {
        return null;
      }
    }
    dictionary.add(c);
    String w = c;
    StringBuilder result = new StringBuilder(c);
    while (true) {
      if (in.index > values.length) {
        return "";
      }
      int code = in.read(numBits);
      switch (code) {
        case 0 -> {
          dictionary.add(String.valueOf((char) in.read(8)));
          code = dictionary.size() - 1;
          enlargeIn--;
        }
        case 1 -> {
          dictionary.add(String.valueOf((char) in.read(16)));
          code = dictionary.size() - 1;
          enlargeIn--;
        }
        case 2 -> {
          return result.toString();
        }
        default -> {
          // a dictionary reference
        }
      }
      if (enlargeIn == 0) {
        enlargeIn = 1 << numBits;
        numBits++;
      }
      String entry;
      if (code < dictionary.size()) {
        entry = dictionary.get(code);
      } else if (code == dictionary.size()) {
        entry = w + w.charAt(0);
      } else {
        return null;
      }
      result.append(entry);
      dictionary.add(w + entry.charAt(0));
      enlargeIn--;
      w = entry;
      if (enlargeIn == 0) {
        enlargeIn = 1 << numBits;
        numBits++;
      }
    }
  }
}
