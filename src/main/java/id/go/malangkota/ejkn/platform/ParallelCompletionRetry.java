package id.go.malangkota.ejkn.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Officers who complete parallel tasks of one application at the same moment (the three verifications) meet at the
 * join: one of the transactions loses the engine's optimistic lock and is rolled back whole. The engine's advice is
 * to retry; this does it for task completions (REST, Tasklist forms) that run in a transaction of their own: up to
 * {@value #ATTEMPTS} attempts with a short random pause, so the officer gets the normal answer, never a 500.
 */
@Component
public class ParallelCompletionRetry extends AbstractProcessEnginePlugin {

  static final int ATTEMPTS = 4;
  private static final Logger log = LoggerFactory.getLogger(ParallelCompletionRetry.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> pre = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    pre.add(0, new Retry());
    configuration.setCustomPreCommandInterceptorsTxRequired(pre);
  }

  static class Retry extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      boolean own = (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)
          && Context.getCommandContext() == null && !TransactionSynchronizationManager.isActualTransactionActive();
      if (!own) {
        return next.execute(command);
      }
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (OptimisticLockingException e) {
          if (attempt >= ATTEMPTS) {
            throw e;
          }
          log.debug("Penyelesaian tugas bersamaan (percobaan {}): {}", attempt, e.getMessage());
          try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 120) * attempt);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
          }
        }
      }
    }
  }
}
