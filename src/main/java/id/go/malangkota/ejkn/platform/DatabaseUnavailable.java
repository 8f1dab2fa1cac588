package id.go.malangkota.ejkn.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (restarted, failed over, network gone), every request is answered 503 with a
 * stable code and an Indonesian sentence, and {@code Retry-After}; nothing is half-written because every write is in a
 * transaction that never began or was rolled back. Hikari reconnects by itself once the database is back.
 */
public class DatabaseUnavailable extends OncePerRequestFilter {

  public static final String CODE = "DATABASE_UNAVAILABLE";
  public static final String MESSAGE = "Layanan sedang tidak dapat menghubungi basis data. Tidak ada data yang "
      + "tersimpan sebagian; silakan ulangi dalam beberapa saat.";
  static final String RETRY_AFTER_SECONDS = "10";

  /** Whether the failure is the database being out of reach (not a bad statement, not a constraint). */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException
          || t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
          || t instanceof org.springframework.transaction.CannotCreateTransactionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        // 08: connection exception; 57P01..03: the server is shutting down or not yet accepting connections
        return true;
      }
    }
    return false;
  }

  private final javax.sql.DataSource dataSource;

  public DatabaseUnavailable(javax.sql.DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A failure not recognised by its causes: is the database reachable right now? */
  boolean unreachable() {
    try (java.sql.Connection c = dataSource.getConnection()) {
      return !c.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return true;
    }
  }

  static String chain(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null && b.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
      b.append(b.length() == 0 ? "" : " ← ").append(t.getClass().getSimpleName());
      if (t instanceof SQLException sql) {
        b.append('[').append(sql.getSQLState()).append(']');
      }
    }
    return b.toString();
  }

  static String json() {
    return "{\"code\":\"" + CODE + "\",\"message\":\"" + MESSAGE + "\"}";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException | IOException e) {
      if (response.isCommitted() || !(causedBy(e) || unreachable())) {
        throw e;
      }
      logger.warn("Basis data tidak dapat dihubungi: " + request.getMethod() + " " + request.getRequestURI()
          + " dijawab 503 (" + chain(e) + ")");
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(json());
    }
  }
}
