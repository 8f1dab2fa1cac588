package id.go.malangkota.ejkn.bpjs;

import java.util.List;
import java.util.Locale;

/**
 * The one place where BPJS codes become the project's terms. BPJS words participant types for people
 * ({@code jenisPeserta.keterangan}, e.g. "PBI (APBN)", "PEGAWAI SWASTA", "PENERIMA PENSIUN PNS") and its numeric
 * {@code kode} list is not published for partners, so the segment is derived from the wording, in this order.
 */
public final class BpjsCodes {

  /**
   * The Indonesian label of a stored code of one of our BPJS enums ({@code "INACTIVE"} → "Tidak aktif"): "—" for no
   * code, the code itself when it is none of the enum's (it is shown as it was stored, never hidden).
   */
  static <E extends Enum<E>> String labelOf(Class<E> type, String code, java.util.function.Function<E, String> label) {
    if (code == null || code.isBlank()) {
      return "—";
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(code)) {
        return label.apply(e);
      }
    }
    return code;
  }

  /** {@code statusPeserta.kode} of an active membership; every other code is some kind of non-active. */
  public static final String STATUS_ACTIVE = "0";

  /** {@code metaData.code} of success. */
  public static final String META_OK = "200";

  /** {@code metaData.code} VClaim uses for "no data" (a participant that BPJS does not know). */
  public static final String META_NOT_FOUND = "201";

  /**
   * Whether an answer means "BPJS has no such participant". VClaim uses 201 for that, but also for some
   * validation complaints; those must not pass for "not registered" (that would start a registration of someone
   * BPJS may well know), so they become a rejection instead.
   */
  public static boolean isNotFound(String metaCode, String message) {
    if (!META_NOT_FOUND.equals(metaCode)) {
      return false;
    }
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return VALIDATION_WORDS.stream().noneMatch(m::contains);
  }

  private static final List<String> VALIDATION_WORDS =
      List.of("format", "tidak sesuai", "tidak boleh", "harus", "salah", "invalid");

  private record Rule(Segment segment, List<String> fragments) {}

  // Order matters: "PENERIMA PENSIUN PNS" is BP, not PPU; "PEKERJA BUKAN PENERIMA UPAH" is PBPU, not PPU;
  // "PBPU PEMDA" / "BP PEMDA" are the city-funded segment (formally PBPU/BP Pemda), i.e. PBI APBD.
  private static final List<Rule> SEGMENT_RULES = List.of(
      new Rule(Segment.PBI_APBN, List.of("APBN")),
      new Rule(Segment.PBI_APBD, List.of("APBD", "PEMDA")),
      new Rule(Segment.PBI_APBN, List.of("PBI")),
      new Rule(Segment.BP, List.of("PENSIUN", "VETERAN", "PERINTIS KEMERDEKAAN", "INVESTOR", "PEMBERI KERJA",
          "BUKAN PEKERJA")),
      new Rule(Segment.PBPU, List.of("PBPU", "MANDIRI", "BUKAN PENERIMA UPAH")),
      new Rule(Segment.PPU, List.of("PNS", "TNI", "POLRI", "PEGAWAI", "PEJABAT NEGARA", "KEPALA DESA",
          "PERANGKAT DESA", "PENERIMA UPAH", "PPU", "PPPK")));

  private BpjsCodes() {}

  /**
   * @throws BpjsRefusedException ({@code BPJS_UNKNOWN_VALUE}) for wording no rule knows: guessing a segment would
   *     feed a wrong fact into the eligibility decision
   */
  public static Segment segment(String jenisPesertaKeterangan) {
    if (jenisPesertaKeterangan == null || jenisPesertaKeterangan.isBlank()) {
      throw new BpjsRefusedException(BpjsErrorCode.UNKNOWN_VALUE, "jenisPeserta kosong", null);
    }
    String text = jenisPesertaKeterangan.toUpperCase(Locale.ROOT).trim();
    if (text.equals("BP")) {
      return Segment.BP;
    }
    for (Rule rule : SEGMENT_RULES) {
      for (String fragment : rule.fragments()) {
        if (text.contains(fragment)) {
          return rule.segment();
        }
      }
    }
    throw new BpjsRefusedException(BpjsErrorCode.UNKNOWN_VALUE, "jenisPeserta '" + jenisPesertaKeterangan + "'", null);
  }

  /** @throws BpjsRefusedException ({@code BPJS_UNKNOWN_VALUE}) when BPJS sent no status code at all */
  public static MembershipStatus status(String statusPesertaKode) {
    if (statusPesertaKode == null || statusPesertaKode.isBlank()) {
      throw new BpjsRefusedException(BpjsErrorCode.UNKNOWN_VALUE, "statusPeserta.kode kosong", null);
    }
    return STATUS_ACTIVE.equals(statusPesertaKode.trim()) ? MembershipStatus.ACTIVE : MembershipStatus.INACTIVE;
  }

  /** The {@code jenisPeserta} the simulator gives a member of a segment (kode values are illustrative). */
  public static String[] jenisPeserta(Segment segment) {
    return switch (segment) {
      case PBI_APBN -> new String[] {"21", "PBI (APBN)"};
      case PBI_APBD -> new String[] {"22", "PBI (APBD)"};
      case PPU -> new String[] {"13", "PEGAWAI SWASTA"};
      case PBPU -> new String[] {"14", "PBPU"};
      case BP -> new String[] {"15", "BUKAN PEKERJA"};
      case NONE -> throw new IllegalArgumentException("NONE is not a participant type");
    };
  }
}
