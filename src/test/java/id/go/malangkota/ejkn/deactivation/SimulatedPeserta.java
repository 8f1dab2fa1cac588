package id.go.malangkota.ejkn.deactivation;

import java.util.LinkedHashMap;
import java.util.Map;

/** VClaim {@code peserta} bodies for {@code PUT /bpjs-simulator/peserta/{nik}}. */
public final class SimulatedPeserta {

  private SimulatedPeserta() {}

  public static Map<String, Object> of(String nik, String name, String birthDate, boolean active, String jenis) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("nik", nik);
    p.put("nama", name);
    p.put("tglLahir", birthDate);
    p.put("sex", Integer.parseInt(nik.substring(6, 8)) > 40 ? "P" : "L");
    p.put("statusPeserta", Map.of("kode", active ? "0" : "1", "keterangan", active ? "AKTIF" : "NON AKTIF KARENA PREMI"));
    p.put("jenisPeserta", Map.of("kode", "22", "keterangan", jenis));
    p.put("hakKelas", Map.of("kode", "3", "keterangan", "KELAS III"));
    p.put("provUmum", Map.of("kdProvider", "13050101", "nmProvider", "PUSKESMAS PANDANWANGI"));
    p.put("tglTMT", "2020-01-01");
    p.put("tglTAT", "2099-12-31");
    return p;
  }
}
