package id.go.malangkota.ejkn.policy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kota Malang's working days: Monday to Friday, except the national holidays and cuti bersama of the
 * {@code working-calendar} table (the process owner adds each year's SKB there, no release needed). A time standard
 * in days ({@code P1D}, {@code P5D}) counts working days; one in hours ({@code PT8H}, the urgent 3×24 hours) stays
 * clock time — the hospital rule does not stop for a weekend.
 */
public class WorkingCalendar {

  public static final String DECISION = "working-calendar";
  private static final Pattern DAYS = Pattern.compile("P(\\d+)D(?:T(.+))?");
  /** A calendar without a working day for a whole year is a modelling error, not a reason to loop forever. */
  private static final int MAX_SEARCH_DAYS = 366;

  private final Function<LocalDate, Optional<String>> holidays;

  /** The calendar of the deployed {@code working-calendar} table (its latest version). */
  public WorkingCalendar(PolicyLookup policy) {
    this(date -> policy.single(DECISION, Map.of("date", date.toString())).map(r -> String.valueOf(r.get("holiday"))));
  }

  /** @param holidays the holiday's name for a date, empty on an ordinary day */
  public WorkingCalendar(Function<LocalDate, Optional<String>> holidays) {
    this.holidays = holidays;
  }

  /** The holiday's name when this date is a national holiday or cuti bersama. */
  public Optional<String> holiday(LocalDate date) {
    return holidays.apply(date);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holiday(date).isEmpty();
  }

  /** The same time of day on the {@code days}-th working day after {@code start}'s date. */
  public ZonedDateTime plusWorkingDays(ZonedDateTime start, int days) {
    LocalDate date = start.toLocalDate();
    int counted = 0;
    int searched = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (++searched > MAX_SEARCH_DAYS * Math.max(1, days)) {
        throw new IllegalStateException("Tabel " + DECISION + " tidak menyisakan hari kerja setelah " + start.toLocalDate());
      }
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return ZonedDateTime.of(date, start.toLocalTime(), start.getZone());
  }

  /**
   * {@code start} plus an ISO-8601 time standard: the days part in working days, the time part in clock time
   * ({@code P1D} from a Friday 15:00 is Monday 15:00, or Tuesday when Monday is a holiday; {@code PT72H} is 72 hours).
   */
  public Instant due(Instant start, String standard, ZoneId zone) {
    Matcher m = DAYS.matcher(standard);
    if (!m.matches()) {
      return start.plus(Duration.parse(standard));
    }
    ZonedDateTime due = plusWorkingDays(start.atZone(zone), Integer.parseInt(m.group(1)));
    if (m.group(2) != null) {
      due = due.plus(Duration.parse("PT" + m.group(2)));
    }
    return due.toInstant();
  }
}
