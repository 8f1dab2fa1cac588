package id.go.malangkota.ejkn.bpjs;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the BPJS services are. With no base URL configured they are the embedded simulator on this server's own
 * port, which is only known once the web server has started (tests use a random port), so it is resolved lazily.
 */
@Component
public class BpjsEndpoints implements ApplicationListener<WebServerInitializedEvent> {

  public static final String SIMULATOR_ROOT = "/bpjs-simulator";
  public static final String SIMULATOR_VCLAIM = SIMULATOR_ROOT + "/vclaim-rest";
  public static final String SIMULATOR_PEMDA = SIMULATOR_ROOT + "/pemda-rest";

  private final BpjsProperties properties;
  private final Environment environment;
  private volatile Integer localPort;

  public BpjsEndpoints(BpjsProperties properties, Environment environment) {
    this.properties = properties;
    this.environment = environment;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    // the management server (if on its own port) has a namespace; the application server has none
    if (event.getApplicationContext().getServerNamespace() == null) {
      localPort = event.getWebServer().getPort();
    }
  }

  /** VClaim base URL without a trailing slash. */
  public String vclaim() {
    return properties.usesEmbeddedSimulator() ? local(SIMULATOR_VCLAIM) : stripSlash(properties.baseUrl());
  }

  /** Base URL of the simulator's registration service. */
  public String submission() {
    String configured = properties.submission().baseUrl();
    return configured == null || configured.isBlank() ? local(SIMULATOR_PEMDA) : stripSlash(configured);
  }

  private String local(String path) {
    Integer port = localPort != null ? localPort : environment.getProperty("local.server.port", Integer.class);
    if (port == null || port <= 0) {
      throw new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, "server lokal belum siap", null, null);
    }
    String contextPath = stripSlash(environment.getProperty("server.servlet.context-path", ""));
    return "http://127.0.0.1:" + port + contextPath + path;
  }

  private static String stripSlash(String url) {
    String u = url.trim();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }
}
