package id.go.malangkota.ejkn.bpjs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ejkn.bpjs.*}: where BPJS Kesehatan is and how to reach it. Real credentials only ever come from the
 * environment ({@code EJKN_BPJS_CONS_ID}, ...); the defaults in application.yaml are the simulator's demo consumer.
 *
 * @param baseUrl VClaim base URL, e.g. {@code https://apijkn.bpjs-kesehatan.go.id/vclaim-rest}; empty = the
 *     embedded simulator on this server's own port
 * @param consId {@code X-cons-id}
 * @param secret consumer secret (signs requests, derives the response key; never sent)
 * @param userKey {@code user_key} of the VClaim service
 * @param connectTimeout TCP connect time-out
 * @param readTimeout time-out for the answer
 * @param retry the client's own short retry of unavailable/slow/garbled answers
 * @param simulator the embedded simulator (default profile only)
 * @param submission how registrations reach BPJS
 */
@ConfigurationProperties("ejkn.bpjs")
public record BpjsProperties(
    String baseUrl,
    String consId,
    String secret,
    String userKey,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("20s") Duration readTimeout,
    @DefaultValue Retry retry,
    @DefaultValue Simulator simulator,
    @DefaultValue Submission submission) {

  /** The simulator's fixed demo consumer (CONTRACT.md). */
  public static final String DEMO_CONS_ID = "10001";
  public static final String DEMO_SECRET = "ejkn-demo-secret";
  public static final String DEMO_USER_KEY = "ejkn-demo-user-key";

  /**
   * @param maxAttempts attempts per call including the first; 1 = no retry by the client
   * @param backoff pause before the second attempt, doubled before each further one
   */
  public record Retry(@DefaultValue("2") int maxAttempts, @DefaultValue("500ms") Duration backoff) {}

  /**
   * @param enabled serve the simulator at /bpjs-simulator (false in production: the beans are then absent)
   * @param seed participants loaded at start
   * @param activationDelay how long a registration takes to show up in the participant look-up
   * @param maxClockSkew how far X-timestamp may be from the simulator's clock
   */
  public record Simulator(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("classpath:bpjs-simulator/peserta.json") String seed,
      @DefaultValue("0s") Duration activationDelay,
      @DefaultValue("5m") Duration maxClockSkew) {}

  /**
   * @param adapter {@code simulator} or {@code mail}
   * @param baseUrl base of the simulator's registration service; empty = this server's own simulator
   * @param mail the letter to the BPJS branch office
   */
  public record Submission(
      @DefaultValue("simulator") String adapter,
      String baseUrl,
      @DefaultValue Mail mail) {}

  /**
   * @param to the BPJS branch office's address
   * @param cc optional copy (e.g. the Dinas Kesehatan archive)
   * @param letterNumberPattern {@code {seq}} and {@code {year}} are replaced
   * @param signatoryName the official who signs on behalf of the head of Dinas Kesehatan
   * @param signatoryTitle that official's position
   * @param signatoryNip that official's NIP
   */
  public record Mail(
      String to,
      String cc,
      @DefaultValue("400.7/{seq}/35.73.302/{year}") String letterNumberPattern,
      String signatoryName,
      @DefaultValue("Sekretaris Dinas Kesehatan") String signatoryTitle,
      String signatoryNip) {}

  /** Whether the client talks to this server's own simulator (no base URL configured). */
  public boolean usesEmbeddedSimulator() {
    return baseUrl == null || baseUrl.isBlank();
  }

  /** Masks the secret: configuration records get logged by startup diagnostics. */
  @Override
  public String toString() {
    return "BpjsProperties[baseUrl=" + baseUrl + ", consId=" + consId + ", secret=" + (secret == null ? null : "***")
        + ", userKey=" + (userKey == null ? null : "***") + ", connectTimeout=" + connectTimeout + ", readTimeout="
        + readTimeout + ", retry=" + retry + ", simulator=" + simulator + ", submission=" + submission + "]";
  }
}
