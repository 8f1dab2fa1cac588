package id.go.malangkota.ejkn.governance;

import id.go.malangkota.ejkn.identity.PublishingRights;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.UpdateCaseDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Engine commands no human user may run, not even {@code camunda-admin} (ADR 1501): deploy, delete a deployment
 * or a definition, suspend/activate a definition or a job definition (or change its priority), change a history
 * time-to-live or set removal times; nor write an authorization that gives anyone a right of
 * {@link PublishingRights} (deploy, delete a deployment, change a definition), so no person's group ever holds one.
 * The system itself (no authentication: start-up, jobs) and the {@link SystemPublisher} (an approved SOP proposal)
 * may. Everything else — incidents, retries, migration, users —
 * stays with the engine's authorizations. The webapps and the engine REST API answer the refusal with 403.
 */
public class EngineRightsGuard extends CommandInterceptor {

  /** Reserved command types and what they are called in the refusal. */
  static final Map<Class<?>, String> RESERVED = new LinkedHashMap<>();

  static {
    RESERVED.put(DeployCmd.class, "deploy model");
    RESERVED.put(DeleteDeploymentCmd.class, "hapus deployment");
    RESERVED.put(DeleteProcessDefinitionsByIdsCmd.class, "hapus definisi proses");
    RESERVED.put(DeleteProcessDefinitionsByKeyCmd.class, "hapus definisi proses");
    RESERVED.put(AbstractSetProcessDefinitionStateCmd.class, "tangguhkan/aktifkan definisi proses");
    RESERVED.put(AbstractSetJobDefinitionStateCmd.class, "tangguhkan/aktifkan definisi job");
    RESERVED.put(SetJobDefinitionPriorityCmd.class, "ubah prioritas definisi job");
    RESERVED.put(UpdateProcessDefinitionHistoryTimeToLiveCmd.class, "ubah history time-to-live");
    RESERVED.put(UpdateDecisionDefinitionHistoryTimeToLiveCmd.class, "ubah history time-to-live");
    RESERVED.put(UpdateCaseDefinitionHistoryTimeToLiveCmd.class, "ubah history time-to-live");
    RESERVED.put(SetRemovalTimeToHistoricProcessInstancesCmd.class, "ubah waktu penghapusan riwayat");
    RESERVED.put(SetRemovalTimeToHistoricDecisionInstancesCmd.class, "ubah waktu penghapusan riwayat");
    RESERVED.put(SetRemovalTimeToHistoricBatchesCmd.class, "ubah waktu penghapusan riwayat");
  }

  private final Supplier<IdentityService> identity;

  public EngineRightsGuard(Supplier<IdentityService> identity) {
    this.identity = identity;
  }

  /** The authorization a {@link SaveAuthorizationCmd} writes (the engine keeps it in a protected field). */
  static final Field SAVED_AUTHORIZATION;

  static {
    try {
      SAVED_AUTHORIZATION = SaveAuthorizationCmd.class.getDeclaredField("authorization");
      SAVED_AUTHORIZATION.setAccessible(true);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("SaveAuthorizationCmd has no field 'authorization': the engine changed", e);
    }
  }

  @Override
  public <T> T execute(Command<T> command) {
    String action = reserved(command);
    if (action != null) {
      Authentication auth = identity.get().getCurrentAuthentication();
      if (auth != null && auth.getUserId() != null && !SystemPublisher.isPublisher(auth)) {
        throw new EngineRightRefusedException(auth.getUserId(), action);
      }
    }
    return next.execute(command);
  }

  static String reserved(Command<?> command) {
    if (command instanceof SaveAuthorizationCmd save && !PublishingRights.grantedBy(saved(save)).isEmpty()) {
      return "beri hak menerbitkan model";
    }
    for (Map.Entry<Class<?>, String> e : RESERVED.entrySet()) {
      if (e.getKey().isInstance(command)) {
        return e.getValue();
      }
    }
    return null;
  }

  static Authorization saved(SaveAuthorizationCmd save) {
    try {
      return (Authorization) SAVED_AUTHORIZATION.get(save);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
