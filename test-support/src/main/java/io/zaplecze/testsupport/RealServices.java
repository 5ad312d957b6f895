package io.zaplecze.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test ({@code @SpringBootTest}, {@code @ApplicationModuleTest}, {@code @DataJpaTest}
 * with {@code replace = NONE}) against a fresh database on the real PostgreSQL/PostGIS server and
 * the real MQTT broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = RealServicesInitializer.class)
public @interface RealServices {

}
