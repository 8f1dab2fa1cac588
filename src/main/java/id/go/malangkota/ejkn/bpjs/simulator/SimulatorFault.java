package id.go.malangkota.ejkn.bpjs.simulator;

/**
 * A fault the simulator plays on every signed call until reset, so tests and demos can show what the engine does
 * when BPJS misbehaves.
 *
 * @param mode what goes wrong
 * @param delayMillis for SLOW: how long the answer is held back (0 = the client's read time-out plus 2 s)
 */
public record SimulatorFault(Mode mode, long delayMillis) {

  public enum Mode {
    /** Behave. */
    NONE,
    /** HTTP 503, as a gateway in front of a stopped service. */
    DOWN,
    /** Answer correctly, but only after {@code delayMillis}. */
    SLOW,
    /** HTTP 200 with a body that is not a usable envelope (alternately HTML and an undecryptable response). */
    GARBAGE,
    /** Refuse every caller as if its signature were wrong. */
    WRONG_SIGNATURE
  }

  public static final SimulatorFault NONE = new SimulatorFault(Mode.NONE, 0);

  public SimulatorFault {
    if (mode == null) {
      mode = Mode.NONE;
    }
    if (delayMillis < 0 || delayMillis > 600_000) {
      throw new IllegalArgumentException("delayMillis must be 0..600000");
    }
  }
}
