package id.go.malangkota.ejkn.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reads the engine as the system once our own code has decided that the caller may see the result (e.g. the
 * application API after its access check, the public status page): the caller's authentication is set aside for the
 * work and always restored afterwards.
 */
@Component
public class SystemAccess {

  private final IdentityService identity;

  public SystemAccess(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T read(Supplier<T> work) {
    Authentication saved = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (saved != null) {
        identity.setAuthentication(saved);
      }
    }
  }

  public void run(Runnable work) {
    read(() -> {
      work.run();
      return null;
    });
  }

  /** Who is calling (the system when no one is logged in). */
  public Actor actor() {
    return Actor.of(identity.getCurrentAuthentication());
  }
}
