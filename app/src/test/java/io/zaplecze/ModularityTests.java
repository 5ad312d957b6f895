package io.zaplecze;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure: no cycles, no module reaching into another's internals, every dependency
 * declared. Also writes the module documentation (PlantUML and canvases) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	// Test-scope jars (real-services support, the simulator driven by the end-to-end test) are not
	// modules of the application.
	private final ApplicationModules modules = ApplicationModules.of(ZapleczeApplication.class,
			JavaClass.Predicates.resideInAnyPackage("io.zaplecze.testsupport..", "io.zaplecze.simulator.."));

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
