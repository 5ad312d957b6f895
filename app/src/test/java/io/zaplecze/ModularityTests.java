package io.zaplecze;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

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
	void reportingIsADownstreamModuleNobodyDependsOn() {
		assertThat(this.modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("platform", "inventory", "warehouse", "routing", "tracking", "reporting");
		ApplicationModule reporting = this.modules.getModuleByName("reporting").orElseThrow();
		assertThat(this.modules.stream().filter(m -> !m.equals(reporting)))
			.allSatisfy(m -> assertThat(m.getDirectDependencies(this.modules).containsModuleNamed("reporting"))
				.as(m.getIdentifier() + " depends on reporting")
				.isFalse());
	}

	/**
	 * Every event a module publishes has a listener somewhere: no fact is published for nobody. An
	 * event is a record of a module's API package that a method calling
	 * {@code ApplicationEventPublisher.publishEvent} constructs or obtains from a call (Spring
	 * Modulith's own detection needs jMolecules annotations, which the events do not carry).
	 */
	@Test
	void everyPublishedEventHasAListener() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.zaplecze");
		Set<String> published = new TreeSet<>();
		Set<String> constructed = new TreeSet<>();
		Set<String> listened = new TreeSet<>();
		for (JavaClass type : classes) {
			for (JavaMethod method : type.getMethods()) {
				boolean publishes = method.getMethodCallsFromSelf()
					.stream()
					.anyMatch(call -> isPublish(call.getName(), call.getTargetOwner()))
						|| method.getMethodReferencesFromSelf()
							.stream()
							.anyMatch(ref -> isPublish(ref.getName(), ref.getTargetOwner()));
				if (publishes) {
					method.getConstructorCallsFromSelf().forEach(call -> addIfEvent(call.getTargetOwner(), constructed));
					// Built by a helper of the same class (deliveryRequested(order, site), event(v, now)).
					method.getMethodCallsFromSelf()
						.stream()
						.filter(call -> call.getTargetOwner().equals(type))
						.forEach(call -> addIfEvent(call.getTarget().getRawReturnType(), published));
					// Read as rows of the event type, then published one by one (query(LotExpiring.class)).
					method.getReferencedClassObjects().forEach(ref -> addIfEvent(ref.getRawType(), published));
				}
				boolean listens = method.isAnnotatedWith("org.springframework.modulith.events.ApplicationModuleListener")
						|| method.isAnnotatedWith("org.springframework.context.event.EventListener")
						|| method.isAnnotatedWith("org.springframework.transaction.event.TransactionalEventListener");
				if (listens && !method.getRawParameterTypes().isEmpty()) {
					listened.add(method.getRawParameterTypes().getFirst().getFullName());
				}
			}
		}
		// Values a facade hands out (an Allocation) may be constructed beside an event, but are not events.
		classes.stream()
			.filter(c -> c.isInterface() && c.getPackageName().matches("io\\.zaplecze\\.[a-z]+"))
			.flatMap(c -> c.getMethods().stream())
			.forEach(m -> constructed.remove(m.getRawReturnType().getFullName()));
		published.addAll(constructed);
		// A reservation's result, returned by the method that publishes StockReserved: a value, not an event.
		published.remove("io.zaplecze.inventory.Allocation");
		// The detection must see the events this test is about, or it would pass for nothing.
		assertThat(published).contains("io.zaplecze.inventory.LotExpiring", "io.zaplecze.inventory.BackorderCreated",
				"io.zaplecze.inventory.StockReserved", "io.zaplecze.warehouse.PickShortageReported",
				"io.zaplecze.tracking.DeliveryDelayed", "io.zaplecze.tracking.DeliveryAttempted",
				"io.zaplecze.routing.RoutePlanPublished");
		assertThat(published).allSatisfy(event -> assertThat(listened).as("listeners of " + event).contains(event));
	}

	private static boolean isPublish(String name, JavaClass owner) {
		return name.equals("publishEvent") && owner.isAssignableTo("org.springframework.context.ApplicationEventPublisher");
	}

	private static void addIfEvent(JavaClass type, Set<String> events) {
		// Events are top-level records of a domain module's API package (io.zaplecze.<module>).
		if (type.isAssignableTo(Record.class) && !type.isNestedClass() && !type.getPackageName().equals("io.zaplecze.platform")
				&& type.getPackageName().matches("io\\.zaplecze\\.[a-z]+")) {
			events.add(type.getFullName());
		}
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
