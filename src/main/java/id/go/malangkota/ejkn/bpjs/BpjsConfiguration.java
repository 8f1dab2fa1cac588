package id.go.malangkota.ejkn.bpjs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The signed HTTP transport shared by the look-up client and the simulator submission adapter. */
@Configuration
public class BpjsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(BpjsConfiguration.class);

  @Bean
  BpjsHttp bpjsHttp(BpjsProperties properties, ObjectMapper mapper, io.micrometer.core.instrument.MeterRegistry meters) {
    return new BpjsHttp(properties, mapper, Clock.systemUTC(), meters);
  }

  /** Says at start-up, not at the first job, when the BPJS connection cannot work. */
  @EventListener(ApplicationReadyEvent.class)
  void reportConfiguration(ApplicationReadyEvent event) {
    BpjsProperties p = event.getApplicationContext().getBean(BpjsProperties.class);
    if (p.usesEmbeddedSimulator() && !p.simulator().enabled()) {
      log.warn("BPJS: ejkn.bpjs.base-url kosong dan simulator nonaktif; cek kepesertaan akan gagal ({})",
          BpjsErrorCode.NOT_CONFIGURED.code());
    } else if (p.usesEmbeddedSimulator()) {
      log.info("BPJS: memakai simulator tertanam di {} (consumer demo {})", BpjsEndpoints.SIMULATOR_ROOT, p.consId());
    } else {
      log.info("BPJS: VClaim di {} (consumer {})", p.baseUrl(), p.consId());
    }
  }
}
