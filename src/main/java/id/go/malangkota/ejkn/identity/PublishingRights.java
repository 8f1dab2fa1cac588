package id.go.malangkota.ejkn.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The engine permissions that publish or withdraw a model (ADR 1501): no authorization row may hold them, for a
 * person, a group or everyone. A deployment is code; models reach the engine only through the SOP proposal path,
 * which deploys as the system.
 */
public final class PublishingRights {

  /** Per resource, the permissions reserved to the publishing path. */
  public static final Map<Resource, List<Permission>> RESERVED = Map.of(
      Resources.DEPLOYMENT, List.of(Permissions.CREATE, Permissions.DELETE),
      Resources.PROCESS_DEFINITION, List.of(ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.DELETE,
          ProcessDefinitionPermissions.SUSPEND),
      Resources.DECISION_DEFINITION, List.of(Permissions.UPDATE));

  private PublishingRights() {
  }

  /** The reserved permissions this grant (or global authorization) gives; a revoke gives none. */
  public static List<Permission> grantedBy(Authorization a) {
    if (a.getAuthorizationType() == AUTH_TYPE_REVOKE) {
      return List.of();
    }
    return RESERVED.entrySet().stream().filter(e -> e.getKey().resourceType() == a.getResourceType())
        .flatMap(e -> e.getValue().stream()).filter(a::isPermissionGranted).toList();
  }

  /** Takes the reserved permissions out of the authorization; true when it held any. */
  public static boolean strip(Authorization a) {
    List<Permission> granted = grantedBy(a);
    granted.forEach(a::removePermission);
    return !granted.isEmpty();
  }
}
