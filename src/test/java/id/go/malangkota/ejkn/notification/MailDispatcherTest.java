package id.go.malangkota.ejkn.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailDispatcherTest {

  final MailDispatcher dispatcher = new MailDispatcher(null, null, new MailDispatcher.Settings(Duration.ofSeconds(30),
      Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofDays(30), 50), "node", Clock.systemUTC());

  @Test
  void theWaitDoublesAfterEachFailureUpToTheMaximum() {
    assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(dispatcher.backoff(5)).isEqualTo(Duration.ofMinutes(8));
    assertThat(dispatcher.backoff(7)).isEqualTo(Duration.ofMinutes(32));
    assertThat(dispatcher.backoff(8)).isEqualTo(Duration.ofHours(1));
    assertThat(dispatcher.backoff(1000)).isEqualTo(Duration.ofHours(1));
  }
}
