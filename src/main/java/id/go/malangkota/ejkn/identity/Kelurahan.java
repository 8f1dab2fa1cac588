package id.go.malangkota.ejkn.identity;

/** A kelurahan of Kota Malang; {@code code} is the Kemendagri code and the id of its group. */
public record Kelurahan(String code, String name, String kecamatanCode, String kecamatanName) {

  public String groupName() {
    return "Kelurahan " + name;
  }
}
