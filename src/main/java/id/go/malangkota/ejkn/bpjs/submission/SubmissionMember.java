package id.go.malangkota.ejkn.bpjs.submission;

import id.go.malangkota.ejkn.bpjs.Fktp;
import id.go.malangkota.ejkn.bpjs.Masking;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One person in a submission.
 *
 * @param nik 16 digits
 * @param name as on the KTP
 * @param birthDate date of birth
 * @param familyCardNumber No. KK, 16 digits
 * @param cardNumber the BPJS card number when the person has one (change of segment, reactivation, deactivation)
 * @param fktp the FKTP assigned by Dinas Kesehatan (required for REGISTER)
 */
public record SubmissionMember(String nik, String name, LocalDate birthDate, String familyCardNumber, String cardNumber,
    Fktp fktp) {

  public SubmissionMember {
    Objects.requireNonNull(nik, "nik");
    if (!nik.matches("\\d{16}")) {
      throw new IllegalArgumentException("NIK harus 16 angka");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(birthDate, "birthDate");
  }

  /** {@code L} or {@code P}: in a NIK the day of birth of a woman is increased by 40. */
  public String sex() {
    return Integer.parseInt(nik.substring(6, 8)) > 40 ? "P" : "L";
  }

  @Override
  public String toString() {
    return "SubmissionMember[nik=" + Masking.nik(nik) + ", name=" + Masking.name(name) + ", fktp=" + fktp + "]";
  }
}
