package id.go.malangkota.ejkn.verification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The create listeners {@code ${showApplicationFile}} and {@code ${showVerificationFile}} of the diagrams deployed
 * before ADR 1105: they wrote the task's file and candidate list as task variables. Those values are now worked out when
 * the form is read ({@link TaskFormValues}) for every task, so the listeners have nothing left to do; they stay
 * resolvable so that applications still running on an older version of a diagram can reach their next task.
 */
@Configuration(proxyBeanMethods = false)
public class OlderDiagramListeners {

  /** A listener of an older diagram version: its task's file is read with the form now. */
  public static final class ShownWithTheForm implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      // the values are computed when the form is read (TaskFormValues); nothing is stored with the task
    }
  }

  @Bean
  ShownWithTheForm showApplicationFile() {
    return new ShownWithTheForm();
  }

  @Bean
  ShownWithTheForm showVerificationFile() {
    return new ShownWithTheForm();
  }
}
