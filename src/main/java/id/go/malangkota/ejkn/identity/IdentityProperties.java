package id.go.malangkota.ejkn.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoEnabled demo users and data (CONTRACT.md); never in production
 * @param adminId the administrator's user id
 * @param adminPassword the administrator's password (production: EJKN_ADMIN_PASSWORD)
 */
@ConfigurationProperties(prefix = "ejkn")
public record IdentityProperties(Demo demo, Admin admin) {

  public record Demo(boolean enabled) {}

  public record Admin(String id, String password) {}

  public boolean demoEnabled() {
    return demo != null && demo.enabled();
  }
}
