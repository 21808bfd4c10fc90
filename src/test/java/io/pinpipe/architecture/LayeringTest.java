package io.pinpipe.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of docs/architecture.md, checked rather than hoped for. Packages are named by pattern, not
 * listed, so a new feature package is core (no JavaFX) and a new {@code view} package is UI (no Kafka) the
 * day it is created.
 */
class LayeringTest {

    /** Everything that shows a window; all other {@code io.pinpipe} packages are the core. */
    private static final String[] PRESENTATION = {
            "io.pinpipe..view..", "io.pinpipe.ui..", "io.pinpipe.workbench..", "io.pinpipe.app..", "io.pinpipe.launch.."};

    private static final String[] TOOLKIT = {
            "javafx..", "atlantafx..", "org.kordamp.ikonli..", "org.controlsfx.."};

    private static final String[] INFRASTRUCTURE = {
            "org.apache.kafka..", "kafka..", "software.amazon..", "java.sql..", "javax.sql..",
            "com.zaxxer..", "com.mysql..", "org.mariadb..", "org.h2.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.pinpipe");
    }

    /** The core, by elimination: any package that is not presentation, including ones added later. */
    private static GivenClassesConjunction noCoreClasses() {
        return noClasses().that().resideInAPackage("io.pinpipe..").and().resideOutsideOfPackages(PRESENTATION);
    }

    @Test
    void coreNeverTouchesTheToolkit() {
        noCoreClasses().should().dependOnClassesThat().resideInAnyPackage(TOOLKIT)
                .because("the core runs in the command line and in tests without a toolkit")
                .check(classes);
    }

    @Test
    void coreNeverDependsOnThePresentation() {
        noCoreClasses().should().dependOnClassesThat().resideInAnyPackage(PRESENTATION)
                .because("the app and the views use the core, never the other way round")
                .check(classes);
    }

    @Test
    void presentationNeverTouchesKafkaAwsOrJdbc() {
        noClasses().that().resideInAnyPackage(PRESENTATION)
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
                .because("views go through services, which map results to the app's own records")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        // Nested and anonymous classes of a view model count as the view model.
        noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "atlantafx..", "org.kordamp.ikonli..")
                .orShould().dependOnClassesThat().areAssignableTo("javafx.scene.Node")
                .because("a view model is tested without the FX thread: properties and collections, never nodes")
                .check(classes);
    }

    @Test
    void theWindowAndTheCommandLineStayApart() {
        noClasses().that().resideInAPackage("io.pinpipe.app..")
                .should().dependOnClassesThat().resideInAPackage("io.pinpipe.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.pinpipe.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.pinpipe.app..")
                .because("the launcher chooses one of them; each starts without the other")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheLauncher() {
        classes().that().resideInAPackage("io.pinpipe.launch..")
                .should().onlyHaveDependentClassesThat().resideInAPackage("io.pinpipe.launch..")
                .because("the launcher sits above the window and the command line")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        // One slice per package, views apart from their feature's core: catches a cycle inside a feature too. Whole
        // features are not one slice: a feature's view plugs into the workbench, which hands out the composition
        // root, which holds the feature's core; that is the plug-in's shape, not a cycle between packages.
        slices().matching("io.pinpipe.(**)")
                .should().beFreeOfCycles()
                .check(classes);
    }
}
