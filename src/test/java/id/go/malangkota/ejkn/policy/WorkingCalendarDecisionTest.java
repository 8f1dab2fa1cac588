package id.go.malangkota.ejkn.policy;

import static id.go.malangkota.ejkn.policy.PolicyTable.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code working-calendar}: every holiday row, and the working-day arithmetic the due dates use. */
class WorkingCalendarDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("working-calendar");
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final WorkingCalendar CALENDAR = new WorkingCalendar(date -> {
    var result = TABLE.evaluate(vars("date", date.toString())).result();
    return result.isEmpty() ? Optional.empty() : Optional.of(String.valueOf((Object) result.getFirstResult().getEntry("holiday")));
  });

  static Stream<String> rules() {
    return TABLE.ruleIds().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyRowIsOneDateThatIsNoWorkingDay(String ruleId) {
    LocalDate date = LocalDate.parse(ruleId.substring("libur-".length()));
    var evaluation = TABLE.evaluate(vars("date", date.toString()));
    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleId);
    assertThat(String.valueOf((Object) evaluation.result().getFirstResult().getEntry("kind"))).isIn("LIBUR_NASIONAL", "CUTI_BERSAMA");
    assertThat(String.valueOf((Object) evaluation.result().getFirstResult().getEntry("holiday"))).hasSizeGreaterThan(5);
    assertThat(CALENDAR.isWorkingDay(date)).isFalse();
  }

  @Test
  void anOrdinaryWeekdayIsAWorkingDayAndAWeekendIsNot() {
    LocalDate wednesday = LocalDate.of(2026, 12, 2);
    assertThat(wednesday.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(TABLE.evaluate(vars("date", wednesday.toString())).matchedRuleIds()).isEmpty();
    assertThat(CALENDAR.isWorkingDay(wednesday)).isTrue();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 5))).as("Saturday").isFalse();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 6))).as("Sunday").isFalse();
  }

  @Test
  void oneWorkingDayFromFridayAfternoonIsMondayAfternoon() {
    Instant friday = ZonedDateTime.of(2026, 12, 4, 15, 0, 0, 0, WIB).toInstant();
    assertThat(CALENDAR.due(friday, "P1D", WIB)).isEqualTo(ZonedDateTime.of(2026, 12, 7, 15, 0, 0, 0, WIB).toInstant());
  }

  @Test
  void holidaysAndCutiBersamaAreSkipped() {
    // Wednesday 23 December: the 24th is cuti bersama, the 25th Christmas, then the weekend
    Instant wednesday = ZonedDateTime.of(2026, 12, 23, 10, 30, 0, 0, WIB).toInstant();
    assertThat(CALENDAR.due(wednesday, "P1D", WIB)).isEqualTo(ZonedDateTime.of(2026, 12, 28, 10, 30, 0, 0, WIB).toInstant());
    // five working days over Nyepi and Idul Fitri 2026: the 17th, then 18–24 March are off, then 25, 26, 27 and 30
    Instant beforeLebaran = ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, WIB).toInstant();
    assertThat(CALENDAR.due(beforeLebaran, "P5D", WIB)).isEqualTo(ZonedDateTime.of(2026, 3, 30, 9, 0, 0, 0, WIB).toInstant());
  }

  @Test
  void hoursStayClockHoursEvenOverAWeekend() {
    Instant friday = ZonedDateTime.of(2026, 12, 4, 20, 0, 0, 0, WIB).toInstant();
    assertThat(CALENDAR.due(friday, "PT72H", WIB)).isEqualTo(ZonedDateTime.of(2026, 12, 7, 20, 0, 0, 0, WIB).toInstant());
    assertThat(CALENDAR.due(friday, "P1DT2H", WIB)).isEqualTo(ZonedDateTime.of(2026, 12, 7, 22, 0, 0, 0, WIB).toInstant());
  }
}
