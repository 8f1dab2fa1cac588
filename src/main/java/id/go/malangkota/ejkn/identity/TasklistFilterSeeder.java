package id.go.malangkota.ejkn.identity;

import id.go.malangkota.ejkn.identity.StaffGroups.GroupSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every officer starts the day with: "Tugas saya", the tasks of their own agency or
 * kelurahan, and "Mendesak" (urgent tasks of any of the user's groups, the nearest deadline first). Each filter is
 * readable only by the groups it is meant for.
 */
@Component
public class TasklistFilterSeeder {

  public static final String MY_TASKS = "Tugas saya";
  public static final String URGENT = "Mendesak";
  public static final String ALL_TASKS_READ_ONLY = "Semua tugas (hanya baca)";
  /** Task priority from which a task counts as urgent (urgent reactivation uses 90 and above). */
  public static final int URGENT_PRIORITY = 75;

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationSeeder authorizations;
  private final KelurahanDirectory kelurahan;

  public TasklistFilterSeeder(FilterService filterService, TaskService taskService, AuthorizationSeeder authorizations,
      KelurahanDirectory kelurahan) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
    this.kelurahan = kelurahan;
  }

  public static String groupFilterName(GroupSpec group) {
    return "Tugas " + group.name();
  }

  void seed(List<GroupSpec> groups) {
    List<String> officers = new ArrayList<>();
    for (GroupSpec g : groups) {
      if (kelurahan.isKelurahan(g.id()) || StaffGroups.TYPE_AGENCY.equals(g.type())) {
        officers.add(g.id());
        TaskQuery query = taskService.createTaskQuery().taskCandidateGroup(g.id()).includeAssignedTasks()
            .orderByDueDate().asc().orderByTaskPriority().desc();
        String id = ensure(groupFilterName(g), query, 0, "#3a7bd5",
            "Tugas yang menunggu " + g.name() + ", tenggat terdekat di atas");
        authorizations.grant(g.id(), Resources.FILTER, id, Permissions.READ);
      }
    }
    String urgent = ensure(URGENT, taskService.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .taskMinPriority(URGENT_PRIORITY).orderByDueDate().asc().orderByTaskPriority().desc(),
        -20, "#d9534f", "Tugas mendesak (mis. reaktivasi saat rawat inap 3×24 jam), tenggat terdekat di atas");
    String mine = ensure(MY_TASKS, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .orderByDueDate().asc(), -10, "#5cb85c", "Tugas yang sudah Anda klaim");
    for (String g : officers) {
      authorizations.grant(g, Resources.FILTER, urgent, Permissions.READ);
      authorizations.grant(g, Resources.FILTER, mine, Permissions.READ);
    }
    String all = ensure(ALL_TASKS_READ_ONLY, taskService.createTaskQuery().orderByTaskCreateTime().desc(), 10,
        "#777777", "Semua tugas yang berjalan, untuk pemeriksaan (tidak dapat dikerjakan)");
    authorizations.grant(StaffGroups.AUDITOR, Resources.FILTER, all, Permissions.READ);
    authorizations.grant(StaffGroups.AUDITOR, Resources.FILTER, urgent, Permissions.READ);
  }

  /** Creates the filter or brings an existing one (found by name) to this definition; returns its id. */
  private String ensure(String name, TaskQuery query, int priority, String color, String description) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setOwner(null);
    filter.setQuery(query);
    filter.setProperties(properties(priority, color, description));
    return filterService.saveFilter(filter).getId();
  }

  private static Map<String, Object> properties(int priority, String color, String description) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("priority", priority);
    p.put("color", color);
    p.put("description", description);
    p.put("refresh", true);
    p.put("showUndefinedVariable", false);
    // no variables on the cards: the task's name carries the number, applicant and kelurahan (TaskCards), which
    // the agencies may read, and the card's own due date the deadline (a "Batas waktu" line showed it twice)
    p.put("variables", List.of());
    return p;
  }
}
