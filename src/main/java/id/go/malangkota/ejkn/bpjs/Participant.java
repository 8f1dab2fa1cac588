package id.go.malangkota.ejkn.bpjs;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A participant as BPJS Kesehatan knows it on a service date (VClaim {@code Peserta}), mapped to the project's
 * terms. For {@link MembershipStatus#NOT_REGISTERED} only {@code status}, {@code segment} ({@code NONE}) and the
 * NIK or card number that was looked up are set.
 *
 * @param status ACTIVE / INACTIVE / NOT_REGISTERED
 * @param segment the segment derived from {@code jenisPeserta} (see {@link BpjsCodes})
 * @param cardNumber {@code noKartu}, 13 digits
 * @param nik the NIK
 * @param name {@code nama}
 * @param birthDate {@code tglLahir}
 * @param sex {@code L} or {@code P}
 * @param fktp the FKTP ({@code provUmum})
 * @param careClass {@code hakKelas}
 * @param bpjsStatusText {@code statusPeserta.keterangan} as BPJS words it, e.g. "NON AKTIF KARENA PREMI"
 * @param bpjsParticipantType {@code jenisPeserta.keterangan} as BPJS words it, e.g. "PBI (APBD)"
 * @param coverageStart {@code tglTMT}
 * @param coverageEnd {@code tglTAT}
 * @param arrears contributions owed in rupiah; {@code null} when BPJS did not say (real VClaim only hints at it in
 *     {@code informasi}); the simulator gives it for PBPU members
 */
public record Participant(
    MembershipStatus status,
    Segment segment,
    String cardNumber,
    String nik,
    String name,
    LocalDate birthDate,
    String sex,
    Fktp fktp,
    CareClass careClass,
    String bpjsStatusText,
    String bpjsParticipantType,
    LocalDate coverageStart,
    LocalDate coverageEnd,
    BigDecimal arrears) {

  public static Participant notRegisteredNik(String nik) {
    return new Participant(MembershipStatus.NOT_REGISTERED, Segment.NONE, null, nik, null, null, null, null, null,
        null, null, null, null, null);
  }

  public static Participant notRegisteredCard(String cardNumber) {
    return new Participant(MembershipStatus.NOT_REGISTERED, Segment.NONE, cardNumber, null, null, null, null, null,
        null, null, null, null, null, null);
  }

  public boolean isActive() {
    return status == MembershipStatus.ACTIVE;
  }

  public boolean hasArrears() {
    return arrears != null && arrears.signum() > 0;
  }

  /** Masked: a participant is personal data and records end up in logs via string concatenation. */
  @Override
  public String toString() {
    return "Participant[status=" + status + ", segment=" + segment + ", cardNumber=" + Masking.cardNumber(cardNumber)
        + ", nik=" + Masking.nik(nik) + ", name=" + Masking.name(name) + ", fktp=" + fktp + ", arrears=" + arrears
        + "]";
  }
}
