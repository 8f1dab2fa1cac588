package id.go.malangkota.ejkn.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.transaction.support.TransactionOperations;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against the engine's identity service for {@code /engine-rest/*} and {@code /api/*}. The user and
 * groups are set as the engine's current authentication for the request, so the engine's authorization checks
 * decide what the caller may see and do — through REST exactly as in the webapps.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  /** Header the app's own pages send to write with the Tasklist session. */
  public static final String SESSION_WRITE_HEADER = "X-EJKN-Request";

  private final IdentityService identityService;
  private final TransactionOperations transaction;

  /**
   * @param transaction the password check and the look-up of the caller's groups and tenants run in one transaction
   *     of their own (three engine commands, one commit instead of five per request — issue 11); the request's work
   *     runs after it, in its own transactions as before
   */
  public ApiAuthenticationFilter(IdentityService identityService, TransactionOperations transaction) {
    this.identityService = identityService;
    this.transaction = transaction;
  }

  private record Caller(List<String> groups, List<String> tenants) {}

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = basicCredentials(request.getHeader("Authorization"));
    String sessionUser = credentials == null ? webappSessionUser(request) : null;
    if (sessionUser != null) {
      authenticateAndContinue(sessionUser, request, response, chain);
      return;
    }
    if (credentials == null) {
      // our own pages (X-EJKN-Request) explain the login themselves: no browser password prompt for them
      boolean ownPage = request.getHeader(SESSION_WRITE_HEADER) != null;
      unauthorized(response, "AUTHENTICATION_REQUIRED", "Silakan masuk: permintaan ini memerlukan nama pengguna dan kata sandi.",
          !ownPage);
      return;
    }
    String userId = credentials[0];
    Caller caller = userId.isBlank() ? null : transaction.execute(status ->
        identityService.checkPassword(userId, credentials[1]) ? memberships(userId) : null);
    if (caller == null) {
      unauthorized(response, "BAD_CREDENTIALS", "Nama pengguna atau kata sandi salah.", true);
      return;
    }
    continueAs(userId, caller, request, response, chain);
  }

  private Caller memberships(String userId) {
    return new Caller(
        identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
        identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList());
  }

  private void authenticateAndContinue(String userId, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    continueAs(userId, transaction.execute(status -> memberships(userId)), request, response, chain);
  }

  private void continueAs(String userId, Caller caller, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    identityService.setAuthentication(userId, caller.groups(), caller.tenants());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * An officer already logged in to Tasklist may open documents and receipts without typing the password again:
   * the webapp session's user, with groups read fresh from the engine. Writes need {@link #SESSION_WRITE_HEADER}.
   */
  static String webappSessionUser(HttpServletRequest request) {
    boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    // a custom header cannot be sent cross-site without a CORS pre-flight (which we never allow): the app's own
    // pages (document upload) may write with the session, a forged form from another site may not
    if (!safe && request.getHeader(SESSION_WRITE_HEADER) == null) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    var authentication = authentications.getAuthenticationForProcessEngine("default");
    return authentication instanceof UserAuthentication user ? user.getIdentityId() : null;
  }

  static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void unauthorized(HttpServletResponse response, String code, String message, boolean challenge)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    if (challenge) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"e-JKN Cekat\", charset=\"UTF-8\"");
    }
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"AuthenticationException\",\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
  }
}
