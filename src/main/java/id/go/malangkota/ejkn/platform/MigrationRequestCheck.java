package id.go.malangkota.ejkn.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's migration endpoints answer a body without a migration plan with a NullPointerException (500). The
 * operator gets a 400 naming what is missing instead; a complete body passes through unchanged.
 */
public class MigrationRequestCheck extends OncePerRequestFilter {

  private static final int MAX_BODY = 5 * 1024 * 1024;
  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !(path.endsWith("/migration/execute") || path.endsWith("/migration/executeAsync"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    String problem = problem(body);
    if (problem != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write(json.writeValueAsString(java.util.Map.of("type", "InvalidRequestException",
          "code", "MIGRATION_PLAN_MISSING", "message", problem)));
      return;
    }
    chain.doFilter(new Replayed(request, body), response);
  }

  private String problem(byte[] body) {
    if (body.length > MAX_BODY) {
      return "Permintaan migrasi terlalu besar.";
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return "Isi permintaan migrasi bukan JSON yang valid.";
    }
    if (root == null || !root.isObject()) {
      return "Isi permintaan migrasi harus berupa objek JSON.";
    }
    if (!root.path("migrationPlan").isObject()) {
      return "Rencana migrasi (migrationPlan) wajib diisi.";
    }
    if (!root.path("processInstanceIds").isArray() && !root.path("processInstanceQuery").isObject()) {
      return "Sebutkan instans yang dimigrasikan (processInstanceIds atau processInstanceQuery).";
    }
    return null;
  }

  /** The request with its body, read once here, readable again by the engine's REST resource. */
  static final class Replayed extends HttpServletRequestWrapper {
    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
