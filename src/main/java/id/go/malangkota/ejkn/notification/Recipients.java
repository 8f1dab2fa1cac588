package id.go.malangkota.ejkn.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Who gets a mail: the members of a group (kelurahan, agency) with an e-mail address. Looked up as the system,
 * whoever's action triggered the mail.
 */
@Component
public class Recipients {

  private final IdentityService identity;

  public Recipients(IdentityService identity) {
    this.identity = identity;
  }

  public Set<String> ofGroup(String groupId) {
    if (groupId == null) {
      return new LinkedHashSet<>();
    }
    return Context.getCommandContext() == null ? lookUp(groupId)
        : Context.getCommandContext().runWithoutAuthorization(() -> lookUp(groupId));
  }

  private Set<String> lookUp(String groupId) {
    Set<String> out = new LinkedHashSet<>();
    for (User u : identity.createUserQuery().memberOfGroup(groupId).list()) {
      if (u.getEmail() != null && !u.getEmail().isBlank()) {
        out.add(u.getEmail());
      }
    }
    return out;
  }
}
