package id.go.malangkota.ejkn.platform;

import id.go.malangkota.ejkn.identity.StaffGroups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In production the metrics ({@code /actuator/prometheus}: counts of open applications per agency, BPJS failures…)
 * are for the operator only: HTTP Basic of a member of {@code camunda-admin} (Prometheus' {@code basic_auth}). Health
 * probes stay open for the orchestrator.
 */
public class MetricsAccess extends OncePerRequestFilter {

  private final IdentityService identity;

  public MetricsAccess(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = ApiAuthenticationFilter.basicCredentials(request.getHeader("Authorization"));
    if (credentials == null || credentials[0].isBlank() || !identity.checkPassword(credentials[0], credentials[1])) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"e-JKN Cekat metrics\", charset=\"UTF-8\"");
      write(response, "AUTHENTICATION_REQUIRED", "Metrik hanya untuk operator: masuk sebagai anggota camunda-admin.");
      return;
    }
    if (identity.createGroupQuery().groupMember(credentials[0]).groupId(StaffGroups.ADMIN).count() == 0) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      write(response, "METRICS_NOT_ALLOWED", "Metrik hanya untuk operator (grup camunda-admin).");
      return;
    }
    chain.doFilter(request, response);
  }

  private static void write(HttpServletResponse response, String code, String message) throws IOException {
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
  }
}
