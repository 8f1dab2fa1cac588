package id.go.malangkota.ejkn.bpjs;

import id.go.malangkota.ejkn.platform.SchedulerLease;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When BPJS answers again, the BPJS calls that failed while it did not run again at once, with no operator edit
 * (ADR 1303). A call that failed waits for its next retry (up to ten minutes later) or, its retries spent or its
 * signature refused, stands as an incident in Cockpit. Every round this looks for such jobs; if there are any it asks
 * BPJS one harmless question ({@link BpjsClient#probe()}), and when BPJS answers it releases them: due now, an
 * incident given one more try (a job a node is running is left alone). A job that fails again simply waits for the next round; a request BPJS rejected is
 * left to the operator ({@link BpjsErrorCode#healsWhenBpjsAnswers()}). One node of a cluster does it per round.
 */
@Component
public class BpjsRecovery {

  private static final Logger log = LoggerFactory.getLogger(BpjsRecovery.class);
  /** At most this many waiting jobs per round; the rest follow in the next rounds. */
  static final int BATCH = 500;

  private final ManagementService management;
  private final CommandExecutor commands;
  private final BpjsClient bpjs;
  private final SchedulerLease lease;
  private final Duration interval;
  private final Counter released;

  public BpjsRecovery(ProcessEngine engine, BpjsClient bpjs, SchedulerLease lease, MeterRegistry meters,
      @Value("${ejkn.bpjs.recovery.interval:PT1M}") Duration interval) {
    this.management = engine.getManagementService();
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.bpjs = bpjs;
    this.lease = lease;
    this.interval = interval;
    this.released = Counter.builder("ejkn.bpjs.recovery.released")
        .description("Panggilan BPJS yang gagal lalu dijalankan ulang otomatis setelah BPJS menjawab lagi")
        .register(meters);
  }

  @Scheduled(fixedDelayString = "${ejkn.bpjs.recovery.interval:PT1M}",
      initialDelayString = "${ejkn.bpjs.recovery.initial-delay:PT1M}")
  public void scheduled() {
    if (!lease.acquire("bpjs-recovery", interval)) {
      return;
    }
    try {
      recover();
    } catch (RuntimeException e) {
      log.warn("Pemulihan panggilan BPJS gagal: {}", e.getMessage());
    }
  }

  /** @return how many failed BPJS calls were released now (0 when none waits or BPJS still does not answer) */
  public int recover() {
    List<Job> waiting = management.createJobQuery().withException().active().orderByJobDuedate().asc()
        .listPage(0, BATCH).stream()
        .filter(j -> BpjsErrorCode.ofMessage(j.getExceptionMessage()).map(BpjsErrorCode::healsWhenBpjsAnswers)
            .orElse(false))
        .toList();
    if (waiting.isEmpty()) {
      return 0;
    }
    Optional<BpjsException> still = bpjs.probe();
    if (still.isPresent()) {
      log.info("BPJS belum pulih ({}); {} panggilan menunggu", still.get().code(), waiting.size());
      return 0;
    }
    Date now = ClockUtil.getCurrentTime();
    int count = 0;
    for (Job job : waiting) {
      try {
        if (Boolean.TRUE.equals(commands.execute(new Release(job.getId(), now)))) {
          count++;
        }
      } catch (ProcessEngineException meanwhile) {
        // a job executor took the job between the read and the write: it runs now anyway
        log.debug("Job {} berubah sebelum dilepas: {}", job.getId(), meanwhile.getMessage());
      }
    }
    released.increment(count);
    log.info("BPJS menjawab lagi: {} panggilan yang gagal dijalankan ulang sekarang", count);
    return count;
  }

  /**
   * Makes a failed job due now (an incident's job gets one more try, which resolves the incident), unless a job
   * executor holds it at this moment or its next try is already due. One engine command: the job row's optimistic
   * lock makes it lose cleanly against a job executor taking the job at the same moment, so a running job's work is
   * never rolled back by the release (the engine's {@code setJobDuedate} does not look at the lock).
   */
  record Release(String jobId, Date now) implements Command<Boolean> {
    @Override
    public Boolean execute(CommandContext context) {
      JobEntity job = context.getJobManager().findJobById(jobId);
      if (job == null || job.isSuspended() || job.getExceptionMessage() == null) {
        return false;
      }
      boolean locked = job.getLockOwner() != null && job.getLockExpirationTime() != null
          && job.getLockExpirationTime().after(now);
      boolean alreadyDue = job.getRetries() > 0 && job.getDuedate() != null && !job.getDuedate().after(now);
      if (locked || alreadyDue) {
        return false;
      }
      if (job.getRetries() == 0) {
        job.setRetries(1);
      }
      job.setDuedate(now);
      return true;
    }
  }
}
