package id.go.malangkota.ejkn.platform;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Who may call what. The REST API of the engine and our own API need a login; the webapps keep their own session
 * login and CSRF protection; public pages (SOP, status) and the BPJS simulator (default profile) need none.
 */
@Configuration
public class SecurityConfiguration {

  /** Our errors through the engine's REST API answer like our own API (400/403/409, never 500). */
  @Bean
  org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer ejknEngineRestErrors() {
    return config -> {
      EngineRestErrorMapper.all().forEach(config::register);
      id.go.malangkota.ejkn.governance.GovernanceRestErrors.all().forEach(config::register);
    };
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setName("ejkn-api-authentication");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
