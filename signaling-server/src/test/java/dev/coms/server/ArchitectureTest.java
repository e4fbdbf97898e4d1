package dev.coms.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's packages depend on each other in one direction only: the REST side ({@code meetings} and what it
 * uses) reaches the live {@code rooms} through ports the rooms own, never the other way round. The root package
 * wires everything.
 */
class ArchitectureTest {

    private static JavaClasses server;

    @BeforeAll
    static void importClasses() {
        server = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.coms.server");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.coms.server.(*)..").should().beFreeOfCycles().check(server);
    }

    @Test
    void liveRoomsDoNotKnowTheRestSide() {
        noClasses()
                .that()
                .resideInAPackage("dev.coms.server.rooms..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.coms.server.meetings..", "dev.coms.server.accounts..", "dev.coms.server.invites..")
                .because("the rooms run on the ports they own (MeetingRules, RoomPresence), so they can be tested"
                        + " and load-tested without the REST side")
                .check(server);
    }

    @Test
    void sharedHelpersAreLeaves() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.coms.server.http..",
                        "dev.coms.server.security..",
                        "dev.coms.server.store..",
                        "dev.coms.server.util..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.coms.server",
                        "dev.coms.server.accounts..",
                        "dev.coms.server.config..",
                        "dev.coms.server.invites..",
                        "dev.coms.server.links..",
                        "dev.coms.server.meetings..",
                        "dev.coms.server.rooms..",
                        "dev.coms.server.tickets..")
                .because("every domain package may use them")
                .check(server);
    }
}
