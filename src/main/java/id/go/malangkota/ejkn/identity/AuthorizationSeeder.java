package id.go.malangkota.ejkn.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.go.malangkota.ejkn.identity.StaffGroups.GroupSpec;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.stereotype.Component;

/**
 * The access model (ADR 0002). Tasks are visible to the groups that are candidates for them (the engine grants
 * that itself); a kelurahan reads only the process instances of its own applications
 * ({@link KelurahanInstanceAccess}); auditors read everything and change nothing; process owners read the SOP and propose changes (ADR 1501).
 */
@Component
public class AuthorizationSeeder {

  private final AuthorizationService service;
  private final KelurahanDirectory kelurahan;
  private final KelurahanTenancy tenancy;

  public AuthorizationSeeder(AuthorizationService service, KelurahanDirectory kelurahan, KelurahanTenancy tenancy) {
    this.service = service;
    this.kelurahan = kelurahan;
    this.tenancy = tenancy;
  }

  void seed(List<GroupSpec> groups) {
    for (GroupSpec g : groups) {
      // every group may see itself (Tasklist shows group names)
      grant(g.id(), Resources.GROUP, g.id(), Permissions.READ);
      if (kelurahan.isKelurahan(g.id())) {
        officer(g.id());
        grant(g.id(), Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(g.id(), Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        if (tenancy.tenants()) {
          // its own applications: the tenant check keeps it to its kelurahan, KelurahanTenancy to its own tasks
          grant(g.id(), Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE,
              ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
              ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        }
      } else if (StaffGroups.TYPE_AGENCY.equals(g.type())) {
        officer(g.id());
      }
    }
    auditor(StaffGroups.AUDITOR);
    processOwner(StaffGroups.PROCESS_OWNER);
    admin(StaffGroups.ADMIN);
    noPublisherGrants(StaffGroups.SYSTEM_PUBLISHER);
    noPublishingRights();
  }

  /**
   * Publishing is the system's (ADR 1501): no row — a person's, a group's, everyone's — keeps a permission of
   * {@link PublishingRights}, whoever wrote it (an earlier version granting ALL, a direct database edit).
   */
  private void noPublishingRights() {
    for (Resource r : PublishingRights.RESERVED.keySet()) {
      for (Authorization a : service.createAuthorizationQuery().resourceType(r).list()) {
        if (PublishingRights.strip(a)) {
          service.saveAuthorization(a);
        }
      }
    }
  }

  /**
   * No grant for the system's publishing identity: it deploys without the engine's grant check (SystemPublisher), so
   * no authorization row gives anyone DEPLOYMENT CREATE. Rows an earlier version wrote for it are removed.
   */
  private void noPublisherGrants(String group) {
    for (Authorization a : service.createAuthorizationQuery().groupIdIn(group).list()) {
      service.deleteAuthorization(a.getId());
    }
  }

  /**
   * The administrator operates everything (users, incidents, retries, migration) but, like every person, does not
   * publish: no deployment create/delete, no definition update/delete/suspend (ADR 1501) — grants of earlier versions
   * (ALL everywhere) lose those permissions in {@link #noPublishingRights()}.
   */
  private void admin(String group) {
    for (Resource r : Resources.values()) {
      if (r != Resources.DEPLOYMENT && r != Resources.PROCESS_DEFINITION && r != Resources.DECISION_DEFINITION) {
        grant(group, r, ANY, Permissions.ALL);
      }
    }
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(group, Resources.PROCESS_DEFINITION, ANY, java.util.Arrays.stream(ProcessDefinitionPermissions.values())
        .filter(p -> p != ProcessDefinitionPermissions.NONE && p != ProcessDefinitionPermissions.ALL
            && p != ProcessDefinitionPermissions.UPDATE && p != ProcessDefinitionPermissions.DELETE
            && p != ProcessDefinitionPermissions.SUSPEND)
        .toArray(Permission[]::new));
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE,
        Permissions.READ_HISTORY, Permissions.DELETE_HISTORY);
  }

  /**
   * What every officer who works tasks needs. The tasks: per-task candidate grants in the old model; with tenants
   * (ADR 1101) one grant on the definitions, narrowed by the tenant check and to the officer's own tasks.
   */
  private void officer(String group) {
    if (tenancy.tenants()) {
      // the variables of its own tasks only (the tenancy's task check narrows READ_TASK_VARIABLE like READ_TASK)
      grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.READ_TASK_VARIABLE);
    }
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    if (tenancy.tenants()) {
      // the task's history (who claimed, completed, commented) — not its variables; the tenant still limits a
      // kelurahan to its own applications. Comments need it: the engine looks the task up in history first.
      grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    }
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
  }

  private void auditor(String group) {
    grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE);
    grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grant(group, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE);
    grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ, HistoricTaskPermissions.READ_VARIABLE);
    grant(group, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(group, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
    grant(group, Resources.BATCH, ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY);
  }

  /**
   * The process owner reads the SOP (deployments, definitions, decisions) and proposes changes through
   * {@code /api/sop-proposals} (ADR 1501); publishing is the system's. Grants written by earlier versions gave
   * deployment create/delete and definition update/delete/suspend: they are taken away again here.
   */
  private void processOwner(String group) {
    grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    // the SOP, not the residents: definitions yes, instances and their history (personal data) no — process owners
    // see applications only through the audit API, which masks personal data for them
    grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE,
        Permissions.READ_HISTORY);
    grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
  }

  /** Adds the permissions to the group's grant on that resource, creating the grant if it is missing. */
  void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = service.createAuthorizationQuery().groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).list().stream()
        .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst().orElse(null);
    Authorization a = existing != null ? existing : service.createNewAuthorization(AUTH_TYPE_GRANT);
    boolean changed = existing == null;
    a.setGroupId(group);
    a.setResource(resource);
    a.setResourceId(resourceId);
    for (Permission p : permissions) {
      if (!a.isPermissionGranted(p)) {
        a.addPermission(p);
        changed = true;
      }
    }
    if (changed) {
      service.saveAuthorization(a);
    }
  }
}
