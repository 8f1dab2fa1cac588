package id.go.malangkota.ejkn.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser protection headers on the app's own pages and API ({@code /sop}, {@code /status}, {@code /dokumen},
 * {@code /kpi}, {@code /api}, …). The Camunda webapps under {@code /camunda} set their own (Camunda's header security).
 * Our pages load scripts only from this server (no inline script), cannot be framed, send no referrer (a status
 * link carries an application number), and the browser may not guess content types.
 */
public class SecurityHeaders extends OncePerRequestFilter {

  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private final boolean strictTransportSecurity;

  /** @param strictTransportSecurity send HSTS (production, behind TLS) */
  public SecurityHeaders(boolean strictTransportSecurity) {
    this.strictTransportSecurity = strictTransportSecurity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/camunda/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!response.containsHeader("Content-Security-Policy")) {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (strictTransportSecurity) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}
