package id.go.malangkota.ejkn.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The structure of Indonesian identity numbers (DOMAIN.md). A NIK is where it was first issued, not where the
 * person lives: any province is accepted; domicile is Dispendukcapil's check.
 */
public final class IdentityNumbers {

  private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

  private IdentityNumbers() {}

  /** Province codes of Indonesia (Kemendagri), 11 (Aceh) to 96 (Papua Barat Daya). */
  static boolean plausibleRegion(String code6) {
    int province = Integer.parseInt(code6.substring(0, 2));
    int regency = Integer.parseInt(code6.substring(2, 4));
    int district = Integer.parseInt(code6.substring(4, 6));
    return province >= 11 && province <= 96 && regency >= 1 && district >= 1;
  }

  /** Why the NIK is not valid, or empty. Checks digits, region, the encoded birth date (women: day + 40), serial. */
  public static Optional<String> nikProblem(String nik) {
    if (nik == null || nik.isBlank()) {
      return Optional.of("NIK wajib diisi.");
    }
    if (!SIXTEEN_DIGITS.matcher(nik).matches()) {
      return Optional.of("NIK harus 16 angka.");
    }
    if (!plausibleRegion(nik.substring(0, 6))) {
      return Optional.of("Kode wilayah pada NIK (6 angka pertama) tidak valid.");
    }
    if (encodedBirthDate(nik, 2000).isEmpty()) {
      return Optional.of("Tanggal lahir pada NIK (angka ke-7 s.d. 12) tidak valid.");
    }
    if (nik.endsWith("0000")) {
      return Optional.of("Nomor urut pada NIK (4 angka terakhir) tidak boleh 0000.");
    }
    return Optional.empty();
  }

  /** Why the NIK does not belong to someone born on that date, or empty. */
  public static Optional<String> nikBirthDateProblem(String nik, LocalDate birthDate) {
    if (nik == null || birthDate == null || nikProblem(nik).isPresent()) {
      return Optional.empty();
    }
    int day = Integer.parseInt(nik.substring(6, 8));
    int month = Integer.parseInt(nik.substring(8, 10));
    int year = Integer.parseInt(nik.substring(10, 12));
    int dayOfMonth = day > 40 ? day - 40 : day;
    if (dayOfMonth != birthDate.getDayOfMonth() || month != birthDate.getMonthValue() || year != birthDate.getYear() % 100) {
      return Optional.of("Tanggal lahir tidak sesuai dengan NIK (NIK memuat tanggal lahir "
          + String.format("%02d-%02d-..%02d", dayOfMonth, month, year) + ").");
    }
    return Optional.empty();
  }

  /** The birth date encoded in a NIK, in the century that puts it on or before {@code latestYear}. */
  public static Optional<LocalDate> encodedBirthDate(String nik, int latestYear) {
    int day = Integer.parseInt(nik.substring(6, 8));
    int month = Integer.parseInt(nik.substring(8, 10));
    int yy = Integer.parseInt(nik.substring(10, 12));
    if (day > 40) {
      day -= 40;
    }
    int year = 2000 + yy > latestYear ? 1900 + yy : 2000 + yy;
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      // 29 February exists only in leap years; try the other century before giving up
      try {
        return Optional.of(LocalDate.of(year == 1900 + yy ? 2000 + yy : 1900 + yy, month, day));
      } catch (DateTimeException again) {
        return Optional.empty();
      }
    }
  }

  /** Why the No. KK is not valid, or empty: 16 digits starting with a district code. */
  public static Optional<String> familyCardProblem(String kk) {
    if (kk == null || kk.isBlank()) {
      return Optional.of("Nomor KK wajib diisi.");
    }
    if (!SIXTEEN_DIGITS.matcher(kk).matches()) {
      return Optional.of("Nomor KK harus 16 angka.");
    }
    if (!plausibleRegion(kk.substring(0, 6))) {
      return Optional.of("Nomor KK harus diawali kode kecamatan yang valid (6 angka).");
    }
    return Optional.empty();
  }

  /** An Indonesian mobile number normalised to {@code 08…}, or empty when it is not one. */
  public static Optional<String> normalisePhone(String phone) {
    if (phone == null) {
      return Optional.empty();
    }
    String p = phone.replaceAll("[\\s\\-.()]", "");
    if (p.startsWith("+62")) {
      p = "0" + p.substring(3);
    } else if (p.startsWith("62")) {
      p = "0" + p.substring(2);
    }
    if (!p.matches("08\\d+")) {
      return Optional.empty();
    }
    String international = "62" + p.substring(1);
    return international.length() >= 10 && international.length() <= 15 && p.length() >= 10
        ? Optional.of(p) : Optional.empty();
  }

  public static boolean plausibleEmail(String email) {
    return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
  }
}
