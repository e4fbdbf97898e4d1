package dev.coms.client.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.coms.client.call.testing.PackageSlices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client's UI boundaries: ViewModels stay free of controls, the UI reaches servers and engines via ports. */
class UiArchitectureTest {

    private static JavaClasses client;

    @BeforeAll
    static void importClient() {
        client = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // the engine's test helpers
                .importPackages("dev.coms.client");
        assertThat(client.stream().map(c -> c.getSimpleName())).contains("HomeViewModel", "RoomView", "MeetingsApi");
    }

    @Test
    void viewModelsDoNotBuildControls() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "atlantafx..")
                .because("Views build controls and bind; ViewModels are tested without a stage")
                .check(client);
    }

    @Test
    void uiTalksToServersOnlyThroughThePort() {
        noClasses()
                .that()
                .resideInAPackage("dev.coms.client.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("okhttp3..")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("MeetingsApi")
                .because("the UI uses MeetingsPort, so every page can be tested without a network")
                .check(client);
    }

    @Test
    void uiDoesNotKnowTheCallEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.coms.client.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.coms.client.call..", "dev.onvoid.webrtc..")
                .because("the engine plugs in through CallPort and DevicesPort")
                .check(client);
    }

    @Test
    void transportHasNoUi() {
        noClasses()
                .that()
                .resideInAPackage("dev.coms.client.signaling..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "dev.coms.client.ui..")
                .check(client);
    }

    @Test
    void clientPackagesAreFreeOfCycles() {
        slices().matching("dev.coms.client.(*)..").should().beFreeOfCycles().check(client);
    }

    @Test
    void uiFeaturesAreFreeOfCycles() {
        slices().matching("dev.coms.client.ui.(*)..")
                .should()
                .beFreeOfCycles()
                .because("features share ports (ui.port) and widgets (ui.widgets), never each other's classes")
                .check(client);
    }

    @Test
    void uiAndItsFeaturesAreFreeOfCycles() {
        slices().assignedFrom(PackageSlices.of("dev.coms.client.ui"))
                .should()
                .beFreeOfCycles()
                .because("the shared ui package (services, executor, forms) must not reach back into a feature")
                .check(client);
    }
}
