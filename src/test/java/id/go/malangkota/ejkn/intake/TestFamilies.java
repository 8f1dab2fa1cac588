package id.go.malangkota.ejkn.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies for the API tests: fresh NIKs every time (valid structure, birth date encoded, random serial). */
public final class TestFamilies {

  private TestFamilies() {}

  /**
   * Serials run on from a random start: every family of one test run gets NIKs of its own (a random serial per call
   * collided — the same birth dates, 9,000 serials, a hundred families — and the second family answered 409).
   */
  private static final java.util.concurrent.atomic.AtomicInteger SERIAL =
      new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(0, 9000));

  public static String nik(String birthDate, boolean woman) {
    int day = Integer.parseInt(birthDate.substring(8, 10)) + (woman ? 40 : 0);
    String serial = String.valueOf(1000 + Math.floorMod(SERIAL.getAndIncrement(), 9000));
    return "357301" + String.format("%02d", day) + birthDate.substring(5, 7) + birthDate.substring(2, 4) + serial;
  }

  public static Map<String, Object> member(String nik, String name, String birthDate, String relationship,
      boolean candidate) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nik", nik);
    m.put("name", name);
    m.put("birthDate", birthDate);
    m.put("relationship", relationship);
    m.put("candidate", candidate);
    return m;
  }

  public static Map<String, Object> application(String kelurahanCode, List<Map<String, Object>> members) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("type", "NEW");
    a.put("kelurahanCode", kelurahanCode);
    a.put("familyCardNumber", "35730120011" + ThreadLocalRandom.current().nextInt(10000, 99999));
    a.put("address", "Jl. Simpang Borobudur No. 7, RT 03 RW 05");
    a.put("phone", "0812-3456-7890");
    a.put("email", "warga@example.id");
    a.put("submittedBy", Map.of("relation", "SELF", "nik", members.get(0).get("nik"), "name",
        members.get(0).get("name"), "powerOfAttorney", false));
    a.put("members", new ArrayList<>(members));
    a.put("documents", Map.of("rtRwLetter", true, "stampedStatement", false, "hospitalLetter", false));
    return a;
  }

  public static Map<String, Object> twoMemberFamily(String kelurahanCode) {
    return application(kelurahanCode, List.of(
        member(nik("1985-04-12", false), "Slamet Riyadi", "1985-04-12", "KEPALA_KELUARGA", true),
        member(nik("1988-09-21", true), "Sri Wahyuni", "1988-09-21", "ISTRI", true)));
  }
}
