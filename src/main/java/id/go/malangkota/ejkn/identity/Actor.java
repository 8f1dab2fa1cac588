package id.go.malangkota.ejkn.identity;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting: a user with their groups, or the system itself (no one logged in: a job, a timer, start-up).
 * Taken from the engine's authentication, which our REST filter and the webapps set for every request.
 */
public record Actor(String userId, List<String> groups) {

  public static final Actor SYSTEM = new Actor(null, List.of());

  public Actor {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  public static Actor of(Authentication authentication) {
    if (authentication == null || authentication.getUserId() == null) {
      return SYSTEM;
    }
    return new Actor(authentication.getUserId(), authentication.getGroupIds());
  }

  public boolean isSystem() {
    return userId == null;
  }

  public boolean isAdmin() {
    return groups.contains(StaffGroups.ADMIN);
  }

  /** The system, an administrator, or a member of that kelurahan's group may act for it. */
  public boolean actsFor(String kelurahanCode) {
    return isSystem() || isAdmin() || kelurahanCode != null && groups.contains(kelurahanCode);
  }
}
