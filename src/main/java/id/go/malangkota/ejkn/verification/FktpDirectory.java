package id.go.malangkota.ejkn.verification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** First-level health facilities (FKTP) of Kota Malang that Dinkes assigns, from {@code reference/fktp.csv}. */
@Component
public class FktpDirectory {

  private final Map<String, String> names = new LinkedHashMap<>();

  public FktpDirectory() {
    ClassPathResource csv = new ClassPathResource("reference/fktp.csv");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("code;")) {
          String[] f = line.split(";");
          names.put(f[0].trim(), f[1].trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reference/fktp.csv cannot be read", e);
    }
  }

  public Optional<String> name(String code) {
    return Optional.ofNullable(code).map(names::get);
  }

  public Map<String, String> all() {
    return Map.copyOf(names);
  }
}
