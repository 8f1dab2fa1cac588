package id.go.malangkota.ejkn.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads a request body strictly: an unknown field or a value of the wrong kind is a field error naming its path
 * ({@code members[0].birthdate}), not a silently dropped value or a 500.
 */
@Component
public class StrictJson {

  private final ObjectMapper strict;

  public StrictJson(ObjectMapper json) {
    this.strict = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
  }

  public <T> T read(String text, Class<T> type) {
    try {
      return strict.readValue(text, type);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidApplicationException(List.of(new FieldError(path(e), "Kolom ini tidak dikenal.")));
    } catch (JsonMappingException e) {
      throw new InvalidApplicationException(List.of(new FieldError(path(e), "Isi kolom ini tidak sesuai jenisnya.")));
    } catch (JsonProcessingException e) {
      throw new MalformedRequestException();
    }
  }

  static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        String name = r.getFieldName().length() > 60 ? r.getFieldName().substring(0, 60) + "…" : r.getFieldName();
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(name.chars().filter(c -> !Character.isISOControl(c))
            .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()));
      }
    }
    return b.toString();
  }
}
