package id.go.malangkota.ejkn.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.UserOperationLogQueryImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Kelurahan isolation without a row per application or per task (ADR 1101). Three parts, all inside the engine:
 * <ul>
 *   <li><b>Tenants.</b> Every process instance belongs to a tenant: the kelurahan whose application it is (its
 *   Kemendagri code, e.g. {@code 35.73.01.1006}), or the city ({@value #CITY}) for a case that no kelurahan filed. A
 *   kelurahan group is a member of its own tenant only; the city-wide groups (agencies, auditor) of every tenant. The
 *   engine's tenant check then filters every runtime and history query on the indexed {@code TENANT_ID_} column.</li>
 *   <li><b>Group grants on the definitions</b> ({@link AuthorizationSeeder}) instead of the engine's per-task grants:
 *   the {@link ResourceAuthorizationProvider} here writes none for tasks.</li>
 *   <li><b>Only the task's own people.</b> Among the tasks of its tenants an officer reads and works only those it is
 *   assigned to or a candidate for: task queries get that condition, every single-task command (read, variables,
 *   claim, complete, delete) the same check. Auditors (read-only grants) and administrators are not narrowed.</li>
 * </ul>
 * {@code ejkn.access.isolation=per-instance-grants} keeps the old model (a grant per instance and per task) for the
 * benchmark's before/after comparison only.
 */
@Component
public class KelurahanTenancy extends AbstractProcessEnginePlugin {

  /** The tenant of a case that belongs to no kelurahan: Kota Malang's own Kemendagri code. */
  public static final String CITY = "35.73";
  public static final String TENANTS = "tenants";
  public static final String PER_INSTANCE_GRANTS = "per-instance-grants";

  private final KelurahanDirectory kelurahan;
  private final boolean tenants;
  private final ObjectMapper json = new ObjectMapper();

  public KelurahanTenancy(KelurahanDirectory kelurahan,
      @Value("${ejkn.access.isolation:" + TENANTS + "}") String isolation) {
    this.kelurahan = kelurahan;
    if (!TENANTS.equals(isolation) && !PER_INSTANCE_GRANTS.equals(isolation)) {
      throw new IllegalArgumentException("ejkn.access.isolation harus '" + TENANTS + "' atau '" + PER_INSTANCE_GRANTS
          + "', bukan '" + isolation + "'.");
    }
    this.tenants = TENANTS.equals(isolation);
  }

  /** Whether isolation is by tenants (the default) rather than by per-instance and per-task grants. */
  public boolean tenants() {
    return tenants;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!tenants) {
      return;
    }
    configuration.setTenantIdProvider(new KelurahanTenantIdProvider());
    // reading a variable needs a variable permission, not only the right to see the task or its history: the
    // officers' history grant on tasks (needed for comments) would otherwise read every variable of every
    // application of their tenants through /history/variable-instance (issue 15, role × operation matrix)
    configuration.setEnforceSpecificVariablePermission(true);
    configuration.setResourceAuthorizationProvider(new NoTaskGrants());
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new CandidateTaskAuthorizationManager(kelurahan::isKelurahan);
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!tenants) {
      return;
    }
    // the officer's own tasks first, then the grants, then the tenant: a refusal answers 403 from whichever refuses
    List<CommandChecker> checkers = new ArrayList<>();
    checkers.add(candidateTaskChecker());
    List<CommandChecker> engine = configuration.getCommandCheckers();
    engine.stream().filter(c -> !(c instanceof TenantCommandChecker)).forEach(checkers::add);
    engine.stream().filter(c -> c instanceof TenantCommandChecker).map(KelurahanTenancy::refusingAsUnauthorized)
        .forEach(checkers::add);
    configuration.setCommandCheckers(checkers);
  }

  /**
   * The engine's tenant check refuses with a plain ProcessEngineException (a 500 through REST); it is a refusal of
   * access, so it is answered as one (403), with the engine's message.
   */
  static CommandChecker refusingAsUnauthorized(CommandChecker tenantCheck) {
    return (CommandChecker) Proxy.newProxyInstance(KelurahanTenancy.class.getClassLoader(),
        new Class<?>[] {CommandChecker.class}, (proxy, method, args) -> {
          try {
            return method.invoke(tenantCheck, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof org.camunda.bpm.engine.ProcessEngineException pe
                && !(pe instanceof AuthorizationException)) {
              throw new AuthorizationException(pe.getMessage());
            }
            throw e.getCause();
          }
        });
  }

  // --- tenants ---------------------------------------------------------------------------------------------------

  /** The tenant of a new instance: its caller's, else the kelurahan of the request, else the officer's, else the city. */
  class KelurahanTenantIdProvider implements TenantIdProvider {
    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      if (ctx.getSuperExecution() != null && ctx.getSuperExecution().getTenantId() != null) {
        return ctx.getSuperExecution().getTenantId();
      }
      Map<String, Object> variables = ctx.getVariables();
      if (variables != null) {
        Object code = variables.get(KelurahanInstanceAccess.KELURAHAN_VARIABLE);
        if (code instanceof String s && kelurahan.isKelurahan(s)) {
          return s;
        }
        for (Object value : variables.values()) {
          String fromRequest = kelurahanOfRequest(value);
          if (fromRequest != null) {
            return fromRequest;
          }
        }
      }
      Authentication current = Context.getCommandContext().getAuthentication();
      if (current != null && current.getGroupIds() != null) {
        List<String> own = current.getGroupIds().stream().filter(kelurahan::isKelurahan).toList();
        if (own.size() == 1) {
          return own.get(0);
        }
      }
      return CITY;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return CITY;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
  }

  /** The {@code kelurahanCode} of a start request passed as JSON (the API's and the start forms' requests). */
  String kelurahanOfRequest(Object value) {
    if (!(value instanceof String s) || !s.startsWith("{") || !s.contains(KelurahanInstanceAccess.KELURAHAN_VARIABLE)) {
      return null;
    }
    try {
      JsonNode code = json.readTree(s).get(KelurahanInstanceAccess.KELURAHAN_VARIABLE);
      return code != null && code.isTextual() && kelurahan.isKelurahan(code.asText()) ? code.asText() : null;
    } catch (Exception e) {
      return null; // not a request: the start's own validation answers for it
    }
  }

  /** Tenants for the city and each kelurahan; who is a member of which (converges at every start). */
  void seedTenants(org.camunda.bpm.engine.IdentityService identity, List<StaffGroups.GroupSpec> groups) {
    List<String> all = new ArrayList<>();
    all.add(CITY);
    ensureTenant(identity, CITY, "Kota Malang");
    for (Kelurahan k : kelurahan.all()) {
      ensureTenant(identity, k.code(), k.groupName());
      all.add(k.code());
    }
    for (StaffGroups.GroupSpec g : groups) {
      List<String> wanted = kelurahan.isKelurahan(g.id()) ? List.of(g.id())
          : StaffGroups.TYPE_AGENCY.equals(g.type()) || StaffGroups.AUDITOR.equals(g.id()) ? all : List.of();
      Set<String> current = new java.util.HashSet<>(identity.createTenantQuery().groupMember(g.id()).list().stream()
          .map(Tenant::getId).toList());
      for (String t : wanted) {
        if (!current.remove(t)) {
          identity.createTenantGroupMembership(t, g.id());
        }
      }
      for (String stale : current) {
        identity.deleteTenantGroupMembership(stale, g.id());
      }
    }
  }

  private static void ensureTenant(org.camunda.bpm.engine.IdentityService identity, String id, String name) {
    Tenant t = identity.createTenantQuery().tenantId(id).singleResult();
    if (t == null) {
      t = identity.newTenant(id);
    } else if (name.equals(t.getName())) {
      return;
    }
    t.setName(name);
    identity.saveTenant(t);
  }

  // --- no per-task grants ----------------------------------------------------------------------------------------

  /** The engine's defaults, except that tasks get no grants of their own (the definitions' group grants apply). */
  static class NoTaskGrants extends DefaultAuthorizationProvider {
    private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

    @Override
    public AuthorizationEntity[] newTask(Task task) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
      return NONE;
    }
  }

  // --- only the task's own people --------------------------------------------------------------------------------

  /** Whether the current call is narrowed to the caller's own tasks: an authenticated officer, not admin/auditor. */
  static boolean narrowed(CommandContext context) {
    if (context == null || !context.getProcessEngineConfiguration().isAuthorizationEnabled()
        || !context.isAuthorizationCheckEnabled()) {
      return false;
    }
    Authentication a = context.getAuthentication();
    if (a == null || a.getUserId() == null) {
      return false;
    }
    List<String> groups = a.getGroupIds() == null ? List.of() : a.getGroupIds();
    return !groups.contains(StaffGroups.ADMIN) && !groups.contains(StaffGroups.AUDITOR)
        && !context.getAuthorizationManager().isCamundaAdmin(a);
  }

  static boolean ownTask(TaskEntity task, Authentication a) {
    String user = a.getUserId();
    if (user.equals(task.getAssignee()) || user.equals(task.getOwner())) {
      return true;
    }
    List<String> groups = a.getGroupIds() == null ? List.of() : a.getGroupIds();
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (user.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId())))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TASK_CHECKS = Set.of("checkReadTask", "checkReadTaskVariable",
      "checkUpdateTaskVariable", "checkTaskAssign", "checkTaskWork", "checkDeleteTask");

  /** A command checker that refuses every single-task command on a task that is not the officer's own. */
  static CommandChecker candidateTaskChecker() {
    return (CommandChecker) Proxy.newProxyInstance(KelurahanTenancy.class.getClassLoader(),
        new Class<?>[] {CommandChecker.class}, (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
              case "hashCode" -> System.identityHashCode(proxy);
              case "equals" -> proxy == args[0];
              default -> "CandidateTaskChecker";
            };
          }
          if (TASK_CHECKS.contains(method.getName()) && args != null && args.length == 1
              && args[0] instanceof TaskEntity task && task.getProcessInstanceId() != null) {
            CommandContext context = Context.getCommandContext();
            if (narrowed(context) && !ownTask(task, context.getAuthentication())) {
              throw new AuthorizationException(context.getAuthentication().getUserId(), "TASK_WORK",
                  Resources.TASK.resourceName(), task.getId());
            }
          }
          return null;
        });
  }

  /**
   * Adds "assigned to me, or a candidate group of mine" to every task query of a narrowed officer. An agency officer
   * (not a kelurahan, which reads the whole history of its own applications) is narrowed in history too: the task
   * history to the tasks it was involved in, the operation log to its own entries — its history grant on tasks (for
   * comments) would otherwise show every application of the city.
   */
  static class CandidateTaskAuthorizationManager extends AuthorizationManager {
    private static final Set<Object> NARROWED = Collections.synchronizedSet(
        Collections.newSetFromMap(new WeakHashMap<>()));
    /** Matches no user: an officer asking for somebody else's log entries gets none. */
    static final String NOBODY = "\u0000";

    private final java.util.function.Predicate<String> isKelurahan;

    CandidateTaskAuthorizationManager(java.util.function.Predicate<String> isKelurahan) {
      this.isKelurahan = isKelurahan;
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      CommandContext context = Context.getCommandContext();
      if (!narrowed(context) || !NARROWED.add(query)) {
        return;
      }
      Authentication a = context.getAuthentication();
      List<String> groups = a.getGroupIds() == null ? List.of() : a.getGroupIds();
      TaskQueryImpl own = (TaskQueryImpl) query.or();
      own.taskAssignee(a.getUserId());
      if (!groups.isEmpty()) {
        own.taskCandidateGroupIn(groups).includeAssignedTasks();
      }
      own.endOr();
    }

    private Authentication agencyOfficer(Object query) {
      CommandContext context = Context.getCommandContext();
      if (!narrowed(context)) {
        return null;
      }
      Authentication a = context.getAuthentication();
      List<String> groups = a.getGroupIds() == null ? List.of() : a.getGroupIds();
      if (groups.stream().anyMatch(isKelurahan) || !NARROWED.add(query)) {
        return null;
      }
      return a;
    }

    @Override
    public void configureHistoricTaskInstanceQuery(HistoricTaskInstanceQueryImpl query) {
      super.configureHistoricTaskInstanceQuery(query);
      Authentication a = agencyOfficer(query);
      if (a == null) {
        return;
      }
      List<String> groups = a.getGroupIds() == null ? List.of() : a.getGroupIds();
      var own = query.or().taskAssignee(a.getUserId()).taskInvolvedUser(a.getUserId());
      if (!groups.isEmpty()) {
        // one group per condition in an or-query: an agency officer is a member of one agency
        own.taskInvolvedGroup(groups.get(0));
      }
      own.endOr();
    }

    @Override
    public void configureUserOperationLogQuery(UserOperationLogQueryImpl query) {
      super.configureUserOperationLogQuery(query);
      Authentication a = agencyOfficer(query);
      if (a == null) {
        return;
      }
      String asked = (String) readField(query, "userId");
      query.userId(asked == null || asked.equals(a.getUserId()) ? a.getUserId() : NOBODY);
    }

    private static Object readField(Object target, String name) {
      try {
        var f = UserOperationLogQueryImpl.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
