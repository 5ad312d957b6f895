package io.zaplecze.routing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Packages inside a module depend on each other one way only: ArchUnit's slice cycle check over the
 * sub-packages of a module's root package (main classes, tests excluded). A module is added by its root
 * package once its cycles are cleared; the check needs nothing but that module's classes on the test
 * classpath (so it can move to {@code app}, which sees every module, unchanged).
 */
class PackageCycleTests {

	@ParameterizedTest
	@ValueSource(strings = { "io.zaplecze.routing" })
	void packagesInsideTheModuleAreFreeOfCycles(String rootPackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(rootPackage);
		slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().check(classes);
	}

}
