package id.go.malangkota.ejkn.policy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy look-up for Spring beans; the engine is asked for at the first look-up, not at wiring time. */
@Configuration
public class PolicyConfiguration {

  @Bean
  PolicyLookup policyLookup(ObjectProvider<ProcessEngine> engine) {
    return new PolicyLookup(() -> ((ProcessEngineImpl) engine.getObject()).getProcessEngineConfiguration());
  }

  @Bean
  WorkingCalendar workingCalendar(PolicyLookup policy) {
    return new WorkingCalendar(policy);
  }
}
