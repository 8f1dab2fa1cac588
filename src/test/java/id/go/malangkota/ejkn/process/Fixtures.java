package id.go.malangkota.ejkn.process;

import id.go.malangkota.ejkn.bpjs.CareClass;
import id.go.malangkota.ejkn.bpjs.Fktp;
import id.go.malangkota.ejkn.bpjs.MembershipStatus;
import id.go.malangkota.ejkn.bpjs.Participant;
import id.go.malangkota.ejkn.bpjs.Segment;
import id.go.malangkota.ejkn.intake.ApplicationRequest;
import id.go.malangkota.ejkn.intake.ApplicationRequest.Member;
import id.go.malangkota.ejkn.intake.ApplicationRequest.SubmittedBy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Families and BPJS answers for the tests. NIKs encode the birth dates (women: day + 40). */
public final class Fixtures {

  public static final String PANDANWANGI = "35.73.01.1006";
  public static final String KK = "3573012001100007";
  /** Not known to the BPJS simulator's seed: a fresh registration. */
  public static final Member AYU = new Member("3573014101950099", "Ayu Lestari", "1995-01-01", "KEPALA_KELUARGA", true);
  public static final Member BAYU = new Member("3573051508000098", "Bayu Pratama", "2000-08-15", "ANAK", true);
  public static final Member CITRA = new Member("3573034303030097", "Citra Dewi", "2003-03-03", "ANAK", true);
  public static final Member DANU = new Member("3573042512880096", "Danu Saputra", "1988-12-25", "SUAMI", false);

  private Fixtures() {}

  public static ApplicationRequest family(Member... members) {
    return new ApplicationRequest("NEW", PANDANWANGI, KK, "Jl. Simpang Borobudur No. 7, RT 03 RW 05, Pandanwangi",
        "0812-3456-7890", "ayu.lestari@example.id", new SubmittedBy("SELF", null, members[0].nik(), null),
        List.of(members), documents(true), null);
  }

  /** An urgent reactivation for a patient admitted {@code hoursAgo} hours ago (hospital letter handed in). */
  public static ApplicationRequest urgent(double hoursAgo, Member... members) {
    Map<String, Boolean> d = new LinkedHashMap<>();
    d.put("ktp", true);
    d.put("familyCard", true);
    d.put("hospitalLetter", true);
    d.put("representativeKtp", true);
    String admission = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7))
        .minusMinutes((long) (hoursAgo * 60)).withNano(0).toString();
    return new ApplicationRequest("URGENT_REACTIVATION", PANDANWANGI, KK, "Jl. Simpang Borobudur No. 7", "081234567890",
        "igd@rs-saiful-anwar.example.id", new SubmittedBy("FAMILY_MEMBER", "Danu Saputra", DANU.nik(), false),
        List.of(members), d, admission);
  }

  public static ApplicationRequest switchFromMandiri(Member... members) {
    Map<String, Boolean> d = documents(true);
    d.put("stampedStatement", true);
    ApplicationRequest a = family(members);
    return new ApplicationRequest("SWITCH_FROM_MANDIRI", a.kelurahanCode(), a.familyCardNumber(), a.address(), a.phone(),
        a.email(), a.submittedBy(), a.members(), d, null);
  }

  public static Map<String, Boolean> documents(boolean rtRw) {
    Map<String, Boolean> d = new LinkedHashMap<>();
    d.put("ktp", true);
    d.put("familyCard", true);
    d.put("rtRwLetter", rtRw);
    return d;
  }

  public static ApplicationRequest withDocuments(ApplicationRequest a, Map<String, Boolean> documents) {
    return new ApplicationRequest(a.type(), a.kelurahanCode(), a.familyCardNumber(), a.address(), a.phone(), a.email(),
        a.submittedBy(), a.members(), documents, a.hospitalAdmission());
  }

  public static ApplicationRequest submittedBy(ApplicationRequest a, SubmittedBy by) {
    return new ApplicationRequest(a.type(), a.kelurahanCode(), a.familyCardNumber(), a.address(), a.phone(), a.email(),
        by, a.members(), a.documents(), a.hospitalAdmission());
  }

  public static List<Member> with(List<Member> members, Member m) {
    List<Member> all = new ArrayList<>(members);
    all.add(m);
    return all;
  }

  public static Participant notRegistered(String nik) {
    return Participant.notRegisteredNik(nik);
  }

  public static Participant participant(String nik, MembershipStatus status, Segment segment) {
    return new Participant(status, segment, "0001234567890", nik, "Peserta", null, "L",
        new Fktp("PKM-PANDANWANGI", "Puskesmas Pandanwangi"), new CareClass("3", "KELAS III"), null, null, null, null,
        segment == Segment.PBPU ? new BigDecimal("70000") : null);
  }

  public static Participant activeApbd(String nik) {
    return participant(nik, MembershipStatus.ACTIVE, Segment.PBI_APBD);
  }
}
