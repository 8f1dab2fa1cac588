package id.go.malangkota.ejkn.platform;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Refuses to start a system without demo data (the production profile) unless the administrator password comes
 * from the environment and meets the password policy, a real (PostgreSQL) datasource is configured, and the public
 * base URL is set. Runs before any bean is created, so nothing touches the database first.
 */
@Configuration
public class ProductionGuard {

  public static final String MESSAGE =
      "e-JKN Cekat tidak dapat dijalankan: kata sandi administrator belum diatur. "
          + "Set variabel lingkungan EJKN_ADMIN_PASSWORD (minimal 12 karakter) untuk profil production. "
          + "[ADMIN_PASSWORD_MISSING: the production profile requires EJKN_ADMIN_PASSWORD]";

  public static final String DATABASE_MESSAGE =
      "e-JKN Cekat tidak dapat dijalankan: basis data produksi belum diatur. Set SPRING_DATASOURCE_URL "
          + "(jdbc:postgresql://…), SPRING_DATASOURCE_USERNAME dan SPRING_DATASOURCE_PASSWORD. H2 hanya untuk uji coba "
          + "(EJKN_DATABASE_ALLOW_EMBEDDED=true). [DATASOURCE_MISSING: the production profile requires a PostgreSQL datasource]";

  public static final String BASE_URL_MESSAGE =
      "e-JKN Cekat tidak dapat dijalankan: alamat publik belum diatur. Set EJKN_PUBLIC_BASE_URL (mis. "
          + "https://ejkn.malangkota.go.id); tautan di surel dan PDF SOP memakai alamat ini, bukan header Host. "
          + "[PUBLIC_BASE_URL_MISSING: the production profile requires ejkn.public-base-url (http/https)]";

  public static String weakPasswordMessage(List<String> rules) {
    return "e-JKN Cekat tidak dapat dijalankan: kata sandi administrator (EJKN_ADMIN_PASSWORD) terlalu lemah. Syarat: "
        + "minimal 12 karakter, huruf kecil, huruf besar, angka dan simbol. Belum terpenuhi: " + String.join(", ", rules)
        + ". [ADMIN_PASSWORD_WEAK: " + String.join(",", rules) + "]";
  }

  /** The engine's password policy (on for every user) plus our own minimum length of 12 for the administrator. */
  static List<String> unmetPasswordRules(String password) {
    List<String> unmet = new java.util.ArrayList<>();
    if (password.length() < 12) {
      unmet.add("PANJANG_MINIMAL_12");
    }
    var admin = new org.camunda.bpm.engine.impl.persistence.entity.UserEntity("admin");
    admin.setFirstName("Administrator");
    for (var rule : new org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl().getRules()) {
      if (!rule.execute(password, admin)) {
        unmet.add(rule.getPlaceholder().replace("PASSWORD.POLICY.", ""));
      }
    }
    return unmet;
  }

  @Bean
  static BeanFactoryPostProcessor adminPasswordGuard() {
    return new Guard();
  }

  static final class Guard implements BeanFactoryPostProcessor, EnvironmentAware {
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
      this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(org.springframework.beans.factory.config.ConfigurableListableBeanFactory factory) {
      boolean demo = environment.getProperty("ejkn.demo.enabled", Boolean.class, true);
      if (demo) {
        return;
      }
      String password = environment.getProperty("ejkn.admin.password", "");
      if (password.isBlank() || "demo".equals(password)) {
        throw new IllegalStateException(MESSAGE);
      }
      List<String> unmet = unmetPasswordRules(password);
      if (!unmet.isEmpty()) {
        throw new IllegalStateException(weakPasswordMessage(unmet));
      }
      String url = environment.getProperty("spring.datasource.url", "");
      boolean embedded = url.isBlank() || url.startsWith("jdbc:h2:");
      if (embedded && !environment.getProperty("ejkn.database.allow-embedded", Boolean.class, false)) {
        throw new IllegalStateException(DATABASE_MESSAGE);
      }
      String base = environment.getProperty("ejkn.public-base-url", "");
      if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
        throw new IllegalStateException(BASE_URL_MESSAGE);
      }
    }
  }
}
