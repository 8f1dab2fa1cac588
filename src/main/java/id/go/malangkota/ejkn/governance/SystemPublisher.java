package id.go.malangkota.ejkn.governance;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The system's own technical identity for publishing an approved SOP proposal (ADR 1501). It is not a user in
 * the identity service and cannot log in: {@link EngineRightsGuard} recognises it by the Java type of the
 * authentication, which only this class creates — a human user named like it is still a human user. No
 * authorization row grants it anything either (a group an administrator could create under its name would gain
 * nothing): the deployment runs with the engine's authorization check off for this one command; the model gate and
 * the rights guard run as for every deployment, and the operation log names the publisher.
 */
@Component
public class SystemPublisher {

  public static final String USER_ID = "ejkn-sop-publisher";

  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl configuration;

  public SystemPublisher(IdentityService identity, ProcessEngineConfigurationImpl configuration) {
    this.identity = identity;
    this.configuration = configuration;
  }

  /** Runs the work as the publisher; the caller's authentication is restored afterwards. */
  public <T> T publish(Supplier<T> work) {
    Authentication saved = identity.getCurrentAuthentication();
    identity.setAuthentication(new PublisherAuthentication());
    try {
      // the work's engine calls join this command's context, so they run without the grant check
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        context.disableAuthorizationCheck();
        try {
          return work.get();
        } finally {
          context.enableAuthorizationCheck();
        }
      });
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
      super(USER_ID, List.of());
    }
  }
}
