package id.go.malangkota.ejkn.audit;

import id.go.malangkota.ejkn.verification.PrepareCorrection;
import id.go.malangkota.ejkn.verification.TaskFormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * The history level {@value #NAME} (ADR 1104): the engine's FULL history without two kinds of copies that no auditor
 * reads — the task forms' display variables (the application's file, the deadline text, the candidate options, the
 * correction reasons: each a rendering of our register, written by the system when a task is created and gone with
 * the task) and the job log's "created" and "successful" rows (the activity history says when a step ran; failures and
 * deletions stay in the job log, incidents in their own table). Everything an officer or resident decides or enters —
 * process variables, form answers, decisions, activities, tasks, operations, identity links, incidents — is kept as at
 * FULL, with every revision in {@code ACT_HI_DETAIL}.
 *
 * <p>Its id is FULL's (3): the tables are the same, so an existing database starts as it is, and
 * {@code camunda.bpm.history-level: full} switches back without a migration.
 */
@Component
public class AuditHistoryLevel extends AbstractProcessEnginePlugin {

  public static final String NAME = "audit-trail";

  /**
   * Task-local variables the system writes for the form to show: never an answer, always re-derivable. Since ADR 1105
   * only the correction's reasons are written; the others are read with the form, but tasks of diagrams deployed
   * before may still hold them.
   */
  public static final Set<String> TASK_DISPLAY_VARIABLES = Set.of(TaskFormValues.FILE, TaskFormValues.OPTIONS,
      TaskFormValues.DEADLINE_TEXT, PrepareCorrection.REASONS);

  private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
      HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL);
  private static final Set<HistoryEventType> JOB_LOG_NOT_KEPT = Set.of(HistoryEventTypes.JOB_CREATE,
      HistoryEventTypes.JOB_SUCCESS);

  public static final HistoryLevel LEVEL = new AbstractHistoryLevel() {
    @Override
    public int getId() {
      return HistoryLevel.HISTORY_LEVEL_FULL.getId();
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (JOB_LOG_NOT_KEPT.contains(eventType)) {
        return false;
      }
      if (entity != null && VARIABLE_EVENTS.contains(eventType)) {
        return !taskDisplayVariable(entity);
      }
      return true;
    }
  };

  static boolean taskDisplayVariable(Object entity) {
    if (entity instanceof VariableInstanceEntity v) {
      return v.getTaskId() != null && TASK_DISPLAY_VARIABLES.contains(v.getName());
    }
    if (entity instanceof HistoricVariableUpdateEventEntity u) {
      return u.getTaskId() != null && TASK_DISPLAY_VARIABLES.contains(u.getVariableName());
    }
    return false;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    levels.add(LEVEL);
    configuration.setCustomHistoryLevels(levels);
  }
}
