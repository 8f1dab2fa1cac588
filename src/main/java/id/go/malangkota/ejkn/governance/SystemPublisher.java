package id.go.malangkota.ejkn.governance;

import id.go.malangkota.ejkn.identity.StaffGroups;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The system's own technical identity for publishing an approved SOP proposal (ADR 1501). It is not a user in
 * the identity service and cannot log in: {@link EngineRightsGuard} recognises it by the Java type of the
 * authentication, which only this class creates — a human user named like it is still a human user.
 */
@Component
public class SystemPublisher {

  public static final String USER_ID = "ejkn-sop-publisher";

  private final IdentityService identity;

  public SystemPublisher(IdentityService identity) {
    this.identity = identity;
  }

  /** Runs the work as the publisher; the caller's authentication is restored afterwards. */
  public <T> T publish(Supplier<T> work) {
    Authentication saved = identity.getCurrentAuthentication();
    identity.setAuthentication(new PublisherAuthentication());
    try {
      return work.get();
    } finally {
      if (saved != null) {
        identity.setAuthentication(saved);
      } else {
        identity.clearAuthentication();
      }
    }
  }

  static boolean isPublisher(Authentication authentication) {
    return authentication instanceof PublisherAuthentication;
  }

  private static final class PublisherAuthentication extends Authentication {
    PublisherAuthentication() {
      super(USER_ID, List.of(StaffGroups.SYSTEM_PUBLISHER));
    }
  }
}
