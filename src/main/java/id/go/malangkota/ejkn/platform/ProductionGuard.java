package id.go.malangkota.ejkn.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Refuses to start a system without demo data (the production profile) unless the administrator password comes
 * from the environment. Runs before any bean is created, so nothing touches the database first.
 */
@Configuration
public class ProductionGuard {

  public static final String MESSAGE =
      "e-JKN Cekat tidak dapat dijalankan: kata sandi administrator belum diatur. "
          + "Set variabel lingkungan EJKN_ADMIN_PASSWORD (minimal 12 karakter) untuk profil production. "
          + "[ADMIN_PASSWORD_MISSING: the production profile requires EJKN_ADMIN_PASSWORD]";

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
      if (password.isBlank() || password.length() < 12 || "demo".equals(password)) {
        throw new IllegalStateException(MESSAGE);
      }
    }
  }
}
