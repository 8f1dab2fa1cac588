package id.go.malangkota.ejkn.policy;

import id.go.malangkota.ejkn.application.RequestType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The window of an urgent service and its escalation points, from the {@code urgent-window} table: how long after
 * the hospital admission the card must be active, when the Kepala Dinas is told, when a task's group is reminded,
 * and which task priority counts as urgent.
 */
@Component
public class UrgentWindow {

  public static final String DECISION = "urgent-window";

  /** What the table says for a request type that has an urgent window. */
  public record Plan(Duration window, double kadinkesEscalationShare, double taskReminderShare, int urgentPriority) {

    /** The moment the given share of the window starting at {@code start} has passed. */
    public Instant share(Instant start, double share) {
      return start.plusMillis((long) (window.toMillis() * share));
    }
  }

  private final PolicyLookup policy;

  public UrgentWindow(PolicyLookup policy) {
    this.policy = policy;
  }

  public Optional<Plan> plan(RequestType type) {
    return policy.single(DECISION, Map.of("requestType", type.name())).map(UrgentWindow::plan);
  }

  /** The window of a type that has one; a request type without urgent window has no deadline (null). */
  public Duration window(RequestType type) {
    return plan(type).map(Plan::window).orElse(null);
  }

  /** The urgent plan (the urgent reactivation row): for reminders that apply to every urgent task. */
  public Plan urgent() {
    return plan(RequestType.URGENT_REACTIVATION).orElseThrow(() -> new IllegalStateException(
        "Tabel urgent-window tidak memiliki aturan untuk URGENT_REACTIVATION."));
  }

  static Plan plan(Map<String, Object> row) {
    return new Plan(Duration.parse(String.valueOf(row.get("window"))),
        ((Number) row.get("kadinkesEscalationShare")).doubleValue(), ((Number) row.get("taskReminderShare")).doubleValue(),
        ((Number) row.get("urgentPriority")).intValue());
  }
}
