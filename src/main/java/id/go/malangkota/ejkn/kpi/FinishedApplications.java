package id.go.malangkota.ejkn.kpi;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.annotation.PreDestroy;

/**
 * Loads a finished application from the engine's history and hands it to every {@link OnApplicationFinished}
 * (the KPI facts, the audit search index). Runs on its own thread after the engine committed the end, so a
 * slow or failing recording never delays or breaks an officer's action; whatever was missed (a crash between
 * commit and recording, applications finished before this existed) is caught up at start-up and every hour.
 */
@Service
public class FinishedApplications {

  private static final Logger log = LoggerFactory.getLogger(FinishedApplications.class);
  static final String LIFECYCLE = "jkn-registration";

  private final HistoryService history;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final List<OnApplicationFinished> handlers;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ejkn-finished-applications");
    t.setDaemon(true);
    return t;
  });

  public FinishedApplications(HistoryService history, JdbcTemplate jdbc, TransactionTemplate transaction,
      List<OnApplicationFinished> handlers) {
    this.history = history;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.handlers = handlers;
  }

  void recordLater(String processInstanceId) {
    if (executor.isShutdown()) {
      return; // shutting down: caught up at the next start
    }
    executor.execute(() -> {
      try {
        record(processInstanceId);
      } catch (RuntimeException e) {
        log.warn("Recording finished application of instance {} failed (caught up later): {}", processInstanceId,
            e.toString());
      }
    });
  }

  /** Records the application of that (top-level) instance if it is one and it has finished; true if recorded. */
  public boolean record(String processInstanceId) {
    Optional<FinishedApplication> loaded = load(processInstanceId);
    loaded.ifPresent(app -> transaction.executeWithoutResult(s -> handlers.forEach(h -> h.finished(app))));
    return loaded.isPresent();
  }

  Optional<FinishedApplication> load(String processInstanceId) {
    record Row(String number, String type, String kelurahan, String relation) {}
    Optional<Row> row = jdbc.query("SELECT application_number, request_type, kelurahan_code, submitted_by_relation "
            + "FROM ejkn_application WHERE process_instance_id = ?",
        (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), processInstanceId)
        .stream().findFirst();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null || instance.getEndTime() == null) {
      return Optional.empty();
    }
    HistoricProcessInstance lifecycle = history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId).processDefinitionKey(LIFECYCLE).list().stream().findFirst()
        .orElse(instance);
    boolean cancelled = instance.getDeleteReason() != null
        || HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())
        || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(lifecycle.getState())
        || HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(lifecycle.getState());
    Row r = row.get();
    return Optional.of(new FinishedApplication(r.number(), processInstanceId, lifecycle.getId(), r.type(),
        r.kelurahan(), r.relation(), instance.getStartTime(), instance.getEndTime(), lifecycle.getEndActivityId(),
        cancelled, variableJson(lifecycle.getId(), "application"), variableJson(lifecycle.getId(), "candidates")));
  }

  /** The serialized (JSON) value of a process-level variable, without deserializing it. */
  String variableJson(String processInstanceId, String name) {
    List<HistoricVariableInstance> found = history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).disableCustomObjectDeserialization().list();
    HistoricVariableInstance v = found.stream()
        .filter(h -> processInstanceId.equals(h.getActivityInstanceId())).findFirst()
        .orElse(found.isEmpty() ? null : found.get(0));
    if (v == null) {
      return null;
    }
    TypedValue value = v.getTypedValue();
    if (value instanceof SerializableValue s) {
      return s.getValueSerialized();
    }
    return value.getValue() == null ? null : value.getValue().toString();
  }

  /** Finished applications that have no facts yet (the query uses the primary keys of both sides). */
  public int catchUp() {
    List<String> missing = jdbc.queryForList("SELECT a.process_instance_id FROM ejkn_application a "
        + "JOIN ACT_HI_PROCINST p ON p.ID_ = a.process_instance_id WHERE p.END_TIME_ IS NOT NULL AND NOT EXISTS "
        + "(SELECT 1 FROM ejkn_application_fact f WHERE f.application_number = a.application_number)", String.class);
    int recorded = 0;
    for (String pid : missing) {
      try {
        if (record(pid)) {
          recorded++;
        }
      } catch (RuntimeException e) {
        log.warn("Catching up finished application of instance {} failed: {}", pid, e.toString());
      }
    }
    if (recorded > 0) {
      log.info("Recorded {} finished application(s) that had no KPI facts yet", recorded);
    }
    return recorded;
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUpAtStart() {
    executor.execute(this::catchUp);
  }

  @Scheduled(fixedDelayString = "${ejkn.kpi.catch-up-interval:PT1H}", initialDelayString = "${ejkn.kpi.catch-up-interval:PT1H}")
  void catchUpRegularly() {
    executor.execute(this::catchUp);
  }

  /** Waits until everything handed over so far is recorded (tests, shutdown). */
  public void drain() {
    try {
      executor.submit(() -> { }).get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("finished applications not recorded in time", e);
    }
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
  }
}
