package id.go.malangkota.ejkn.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The 57 kelurahan of Kota Malang, from {@code identity/kelurahan.csv}. */
@Component
public class KelurahanDirectory {

  private final Map<String, Kelurahan> byCode;

  public KelurahanDirectory() {
    this.byCode = Collections.unmodifiableMap(load());
  }

  public List<Kelurahan> all() {
    return new ArrayList<>(byCode.values());
  }

  public Optional<Kelurahan> byCode(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  public boolean isKelurahan(String groupId) {
    return byCode.containsKey(groupId);
  }

  private static Map<String, Kelurahan> load() {
    Map<String, Kelurahan> result = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new ClassPathResource("identity/kelurahan.csv").getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(";");
        result.put(f[0], new Kelurahan(f[0], f[1], f[2], f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("identity/kelurahan.csv cannot be read", e);
    }
    return result;
  }
}
