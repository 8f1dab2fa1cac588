package id.go.malangkota.ejkn.bpjs.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.bpjs.BpjsProperties;
import id.go.malangkota.ejkn.bpjs.submission.BpjsSubmissionPort;
import id.go.malangkota.ejkn.bpjs.submission.MailSubmissionAdapter;
import id.go.malangkota.ejkn.bpjs.submission.SimulatorSubmissionAdapter;
import id.go.malangkota.ejkn.bpjs.BpjsEndpoints;
import id.go.malangkota.ejkn.bpjs.BpjsHttp;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionLedger;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The simulator exists only where it is enabled; exactly one submission adapter is chosen by configuration. */
class SimulatorConditionsTest {

  @Configuration
  @EnableConfigurationProperties(BpjsProperties.class)
  static class Base {
    @Bean
    ObjectMapper objectMapper() {
      return new ObjectMapper();
    }
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(Base.class, SimulatorState.class, BpjsSimulatorController.class);

  @Test
  void presentByDefault() {
    runner.run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx).hasSingleBean(SimulatorState.class).hasSingleBean(BpjsSimulatorController.class);
    });
  }

  @Test
  void absentWhenDisabledAsInProduction() {
    runner.withPropertyValues("ejkn.bpjs.simulator.enabled=false").run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx).doesNotHaveBean(SimulatorState.class).doesNotHaveBean(BpjsSimulatorController.class);
    });
  }

  private final ApplicationContextRunner adapters = new ApplicationContextRunner()
      .withUserConfiguration(Base.class, SimulatorSubmissionAdapter.class, MailSubmissionAdapter.class)
      .withBean(JavaMailSender.class, () -> Mockito.mock(JavaMailSender.class))
      .withBean(SubmissionLedger.class, () -> Mockito.mock(SubmissionLedger.class))
      .withBean(BpjsHttp.class, () -> Mockito.mock(BpjsHttp.class))
      .withBean(BpjsEndpoints.class, () -> Mockito.mock(BpjsEndpoints.class));

  @Test
  void simulatorAdapterByDefault() {
    adapters.run(ctx -> assertThat(ctx.getBeansOfType(BpjsSubmissionPort.class).values())
        .singleElement().isInstanceOf(SimulatorSubmissionAdapter.class));
  }

  @Test
  void mailAdapterWhenConfigured() {
    adapters.withPropertyValues("ejkn.bpjs.submission.adapter=mail")
        .run(ctx -> assertThat(ctx.getBeansOfType(BpjsSubmissionPort.class).values())
            .singleElement().isInstanceOf(MailSubmissionAdapter.class));
  }
}
