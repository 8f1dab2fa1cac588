package id.go.malangkota.ejkn.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application on a random port, on H2 or PostgreSQL (see {@link TestInfrastructure}), mail to GreenMail.
 * All integration tests share this one configuration so Spring caches a single context per JVM. {@link Journey}, the
 * demo users' REST steps, is a bean of it ({@code @Autowired Journey journey}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(Journey.class)
public @interface EjknIntegrationTest {}
