package dev.coms.client.call;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.coms.client.call.testing.PackageSlices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine module (call engine, signaling transport, REST client) runs headless: no JavaFX anywhere in it, and its
 * packages depend on each other in one direction only.
 */
class ArchitectureTest {

    private static JavaClasses engine;

    @BeforeAll
    static void importClasses() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.coms.client");
    }

    @Test
    void engineNeverTouchesJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("dev.coms.client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .because("the engine is tested headless and the UI binds to it through listeners")
                .check(engine);
    }

    @Test
    void signalingDoesNotKnowTheEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.coms.client.signaling..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.coms.client.call..")
                .check(engine);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.coms.client.(*)..").should().beFreeOfCycles().check(engine);
    }

    @Test
    void callAndItsSubpackagesAreFreeOfCycles() {
        slices().assignedFrom(PackageSlices.of("dev.coms.client.call"))
                .should()
                .beFreeOfCycles()
                .check(engine);
    }
}
