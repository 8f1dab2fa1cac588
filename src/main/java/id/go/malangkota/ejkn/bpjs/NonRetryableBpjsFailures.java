package id.go.malangkota.ejkn.bpjs;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * BPJS refusing our credentials or signature will not get better by asking again: such a job becomes an
 * incident at once (an operator must act), instead of burning its retries. Unavailable/slow/garbled answers keep
 * the job's normal retries with back-off ({@code failedJobRetryTimeCycle}).
 */
@Component
public class NonRetryableBpjsFailures extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(new DefaultFailedJobCommandFactory() {
      @Override
      public Command<Object> getCommand(String jobId, Throwable exception) {
        Command<Object> retry = new DefaultJobRetryCmd(jobId, exception);
        if (!isNonRetryable(exception)) {
          return retry;
        }
        return context -> {
          retry.execute(context);
          JobEntity job = context.getJobManager().findJobById(jobId);
          if (job != null && job.getRetries() > 0) {
            job.setRetries(0);
          }
          return null;
        };
      }
    });
  }

  static boolean isNonRetryable(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof BpjsException b && !b.retryable()) {
        return true;
      }
    }
    return false;
  }
}
