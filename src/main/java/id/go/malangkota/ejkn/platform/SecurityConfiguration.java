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

  /**
   * The same answers through the webapps' own engine API ({@code /camunda/api/engine}, what Tasklist's start form
   * calls): a refused start is the officer's typo, a 400 with the field's message — not a 500 with a stack trace in
   * the log. That API is a JAX-RS application the webapp starter registers itself (servlet "Engine Api"); its Jersey
   * servlet takes extra providers from an init parameter, set right after the starter registered it.
   */
  @Bean
  static org.springframework.beans.factory.config.BeanPostProcessor ejknWebappEngineApiErrors() {
    return new org.springframework.beans.factory.config.BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer initializer)) {
          return bean;
        }
        return (org.springframework.boot.web.servlet.ServletContextInitializer) context -> {
          initializer.onStartup(context);
          jakarta.servlet.ServletRegistration engineApi = context.getServletRegistration(WEBAPP_ENGINE_API);
          if (engineApi != null) {
            engineApi.setInitParameter("jersey.config.server.provider.classnames", String.join(",",
                EngineRestErrorMapper.all().stream().map(Class::getName).toList()));
          }
        };
      }
    };
  }

  /** The servlet name the webapp starter gives the webapps' engine API. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
        new ApiAuthenticationFilter(identityService, new org.springframework.transaction.support.TransactionTemplate(
            transactions)));
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setName("ejkn-api-authentication");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Protection headers on our own pages and API; HSTS where TLS ends in front of us (production). */
  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders(
      @org.springframework.beans.factory.annotation.Value("${ejkn.web.strict-transport-security:false}") boolean hsts) {
    FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(hsts));
    registration.addUrlPatterns("/*");
    registration.setName("ejkn-security-headers");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The database out of reach: 503 with a stable code, for every path (our API, engine REST, pages). */
  @Bean
  FilterRegistrationBean<DatabaseUnavailable> databaseUnavailable(javax.sql.DataSource dataSource) {
    FilterRegistrationBean<DatabaseUnavailable> registration = new FilterRegistrationBean<>(
        new DatabaseUnavailable(dataSource));
    registration.addUrlPatterns("/*");
    registration.setName("ejkn-database-unavailable");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** A migration request without a plan is a 400, not the engine's NullPointerException. */
  @Bean
  FilterRegistrationBean<MigrationRequestCheck> migrationRequestCheck() {
    FilterRegistrationBean<MigrationRequestCheck> registration = new FilterRegistrationBean<>(new MigrationRequestCheck());
    registration.addUrlPatterns("/engine-rest/migration/*", "/camunda/api/engine/engine/*");
    registration.setName("ejkn-migration-request-check");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  /** Cockpit/Admin plugin APIs only for sessions allowed into that webapp. */
  @Bean
  FilterRegistrationBean<WebappPluginAccess> webappPluginAccess() {
    FilterRegistrationBean<WebappPluginAccess> registration = new FilterRegistrationBean<>(new WebappPluginAccess());
    registration.addUrlPatterns("/camunda/api/cockpit/*", "/camunda/api/admin/*");
    registration.setName("ejkn-webapp-plugin-access");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Metrics behind the operator's login where {@code ejkn.metrics.require-login} (production). */
  @Bean
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "ejkn.metrics.require-login", havingValue = "true")
  FilterRegistrationBean<MetricsAccess> metricsAccess(IdentityService identityService) {
    FilterRegistrationBean<MetricsAccess> registration = new FilterRegistrationBean<>(new MetricsAccess(identityService));
    registration.addUrlPatterns("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/*");
    registration.setName("ejkn-metrics-access");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
