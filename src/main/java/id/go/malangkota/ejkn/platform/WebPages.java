package id.go.malangkota.ejkn.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The app's own static pages answer at their folder's address (e.g. {@code /dokumen/}). */
@Configuration
public class WebPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/dokumen", "/dokumen/");
    registry.addViewController("/dokumen/").setViewName("forward:/dokumen/index.html");
    registry.addRedirectViewController("/usulan-sop", "/usulan-sop/");
    registry.addViewController("/usulan-sop/").setViewName("forward:/usulan-sop/index.html");
  }
}
