package id.go.malangkota.ejkn.bpjs;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What happens to a job that failed, beyond the model's retry cycle ({@code failedJobRetryTimeCycle}, which is meant
 * for a BPJS that is away: minutes between tries).
 * <ul>
 *   <li>BPJS refusing our credentials or signature will not get better by asking again soon: such a job becomes an
 *       incident at once instead of burning its retries ({@link BpjsRecovery} gives it another try once BPJS
 *       answers). Unavailable, slow or garbled answers keep the cycle's retries.</li>
 *   <li>A job that lost the engine's optimistic lock did nothing wrong: another transaction changed the same
 *       application at that moment (the other branch of a join, an officer, the BPJS recovery, another node). The
 *       engine keeps its retries but would still move it the cycle's interval ahead (ten minutes for a BPJS
 *       submission); it is due again at once instead.</li>
 * </ul>
 */
@Component
public class FailedJobPolicy extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(new DefaultFailedJobCommandFactory() {
      @Override
      public Command<Object> getCommand(String jobId, Throwable exception) {
        Command<Object> retry = new DefaultJobRetryCmd(jobId, exception);
        boolean refused = isNonRetryable(exception);
        boolean lostLock = lostOptimisticLock(exception);
        if (!refused && !lostLock) {
          return retry;
        }
        return context -> {
          retry.execute(context);
          JobEntity job = context.getJobManager().findJobById(jobId);
          if (job != null && refused && job.getRetries() > 0) {
            job.setRetries(0);
          } else if (job != null && lostLock) {
            job.setDuedate(ClockUtil.getCurrentTime());
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

  static boolean lostOptimisticLock(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}
