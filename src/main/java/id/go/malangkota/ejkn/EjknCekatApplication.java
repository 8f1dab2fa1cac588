package id.go.malangkota.ejkn;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** e-JKN Cekat: the city-funded JKN membership workflow of Kota Malang. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EjknCekatApplication {

  public static void main(String[] args) {
    SpringApplication.run(EjknCekatApplication.class, args);
  }
}
