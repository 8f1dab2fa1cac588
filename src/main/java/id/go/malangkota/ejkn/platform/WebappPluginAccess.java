package id.go.malangkota.ejkn.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Cockpit and Admin plugin APIs ({@code /camunda/api/cockpit/…}, {@code /camunda/api/admin/…}) answer only to a
 * session allowed into that webapp: a kelurahan officer (Tasklist only) does not read city-wide statistics through
 * them. The plugins' static scripts stay public — the webapps load them before the login page.
 */
public class WebappPluginAccess extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String app = path.startsWith("/camunda/api/cockpit/") ? "cockpit" : path.startsWith("/camunda/api/admin/") ? "admin" : null;
    // login, logout and "who am I" of every webapp live under the admin plugin API
    boolean open = path.contains("/static/") || path.startsWith("/camunda/api/admin/auth/");
    if (app == null || open || allowed(request, app)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"AuthorizationException\",\"code\":\"APPLICATION_NOT_ALLOWED\","
        + "\"message\":\"Peran Anda tidak berwenang membuka aplikasi " + app + ".\"}");
  }

  private static boolean allowed(HttpServletRequest request, String app) {
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return false;
    }
    return authentications.getAuthentications().stream()
        .anyMatch(a -> a != null && a.isAuthorizedForApp(app));
  }
}
