package id.go.malangkota.ejkn.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A kelurahan sees its own applications and nobody else's: when any process instance starts with a
 * {@code kelurahanCode} variable, the group of that kelurahan (its id is the Kemendagri code) gets read access to
 * that one instance, at runtime and in history. Tasks are separate: a group sees a task when it is a candidate.
 * Done for every process by a parse listener, so no diagram can forget it.
 */
@Component
public class KelurahanInstanceAccess extends AbstractProcessEnginePlugin {

  public static final String KELURAHAN_VARIABLE = "kelurahanCode";
  /** Transient marker: the grant of this start is made. */
  static final String GRANTED = "kelurahanAccessGranted";

  private final KelurahanDirectory kelurahan;
  /** Isolation by tenants (ADR 1101): no grants here, only the checks; otherwise a grant per instance (ADR 0002). */
  private final boolean tenants;

  /** The old model, a grant per instance (process tests, and the benchmark's "before"). */
  public KelurahanInstanceAccess(KelurahanDirectory kelurahan) {
    this(kelurahan, false);
  }

  @org.springframework.beans.factory.annotation.Autowired
  public KelurahanInstanceAccess(KelurahanDirectory kelurahan, KelurahanTenancy tenancy) {
    this(kelurahan, tenancy.tenants());
  }

  private KelurahanInstanceAccess(KelurahanDirectory kelurahan, boolean tenants) {
    this.kelurahan = kelurahan;
    this.tenants = tenants;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        ExecutionListener grant = KelurahanInstanceAccess.this::grantOnStart;
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, grant);
      }
    });
  }

  public void grantOnStart(DelegateExecution execution) {
    if (!execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    Object code = execution.getVariable(KELURAHAN_VARIABLE);
    if (!(code instanceof String group) || group.isBlank()) {
      return;
    }
    // nobody files for another kelurahan, whether through our API, the engine's REST API or Tasklist; an instance
    // called by another one (the BPJS submission) is started by the engine for the application, not by the user
    Authentication current = Context.getCommandContext().getAuthentication();
    if (execution.getSuperExecution() == null && current != null && current.getUserId() != null
        && kelurahan.isKelurahan(group)) {
      List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
      if (!groups.contains(group) && !groups.contains(StaffGroups.ADMIN)) {
        throw new AuthorizationException(current.getUserId(), Permissions.CREATE_INSTANCE.getName(),
            Resources.PROCESS_INSTANCE.resourceName(), group);
      }
    }
    if (tenants) {
      // the instance's tenant decides who reads it: it must be the kelurahan the application is for
      if (kelurahan.isKelurahan(group) && !group.equals(execution.getTenantId())) {
        throw new AuthorizationException(current == null || current.getUserId() == null ? "sistem" : current.getUserId(),
            Permissions.CREATE_INSTANCE.getName(), Resources.PROCESS_INSTANCE.resourceName(), group);
      }
      return;
    }
    if (execution.hasVariableLocal(GRANTED)) {
      return; // granted in this start already (the start listener and the registration both ask)
    }
    execution.setVariableLocal(GRANTED, org.camunda.bpm.engine.variable.Variables.booleanValue(true, true));
    String instanceId = execution.getProcessInstanceId();
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    // the starting officer may not manage authorizations; this grant is the system's, not the officer's
    Context.getCommandContext().runWithoutAuthorization(() -> {
      grant(authorizations, group, Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
      grant(authorizations, group, Resources.HISTORIC_PROCESS_INSTANCE, instanceId,
          HistoricProcessInstancePermissions.READ);
      return null;
    });
  }

  private static void grant(AuthorizationService service, String group, Resources resource, String id,
      Permission permission) {
    if (service.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(id).count() > 0) {
      return;
    }
    Authorization a = service.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    a.setGroupId(group);
    a.setResource(resource);
    a.setResourceId(id);
    a.addPermission(permission);
    service.saveAuthorization(a);
  }
}
