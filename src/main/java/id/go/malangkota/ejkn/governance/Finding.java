package id.go.malangkota.ejkn.governance;

/**
 * One reason a model is refused: the file, the element (its id, or the file when it has none), a stable machine
 * code and a sentence in Bahasa Indonesia.
 */
public record Finding(String resource, String element, String code, String message) {

  public String text() {
    return resource + ": elemen '" + element + "' — " + message + " [" + code + "]";
  }
}
