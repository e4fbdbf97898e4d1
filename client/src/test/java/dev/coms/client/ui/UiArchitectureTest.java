package dev.coms.client.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The client's UI boundaries: ViewModels stay free of controls, the UI reaches servers and engines via ports. */
@AnalyzeClasses(packages = "dev.coms.client", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsDoNotBuildControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "atlantafx..")
            .because("Views build controls and bind; ViewModels are tested without a stage");

    @ArchTest
    static final ArchRule uiTalksToServersOnlyThroughThePort = noClasses()
            .that().resideInAPackage("dev.coms.client.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "dev.coms.client.signaling.MeetingsApi")
            .because("the UI uses MeetingsPort, so every page can be tested without a network");

    @ArchTest
    static final ArchRule uiDoesNotKnowTheCallEngine = noClasses()
            .that().resideInAPackage("dev.coms.client.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.coms.client.call..", "dev.onvoid.webrtc..")
            .because("the engine plugs in through CallPort and DevicesPort");

    @ArchTest
    static final ArchRule transportHasNoUi = noClasses()
            .that().resideInAPackage("dev.coms.client.signaling..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.coms.client.ui..");
}
