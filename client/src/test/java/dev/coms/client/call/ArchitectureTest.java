package dev.coms.client.call;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The call engine and the signaling transport run headless: no JavaFX anywhere in them. */
class ArchitectureTest {

    private static JavaClasses engine;

    @BeforeAll
    static void importClasses() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.coms.client.call", "dev.coms.client.signaling");
    }

    @Test
    void engineNeverTouchesJavaFx() {
        noClasses().that().resideInAnyPackage("dev.coms.client.call..", "dev.coms.client.signaling..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the engine is tested headless and the UI binds to it through listeners")
                .check(engine);
    }

    @Test
    void signalingDoesNotKnowTheEngine() {
        noClasses().that().resideInAPackage("dev.coms.client.signaling..")
                .should().dependOnClassesThat().resideInAPackage("dev.coms.client.call..")
                .check(engine);
    }
}
