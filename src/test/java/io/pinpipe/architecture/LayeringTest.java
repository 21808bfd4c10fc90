package io.pinpipe.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering rules of DESIGN.md, checked rather than hoped for. */
class LayeringTest {

    /** Services, engine, connections, sandbox, settings and the command line: no JavaFX. */
    private static final String[] CORE = {
            "io.pinpipe.sandbox", "io.pinpipe.connections", "io.pinpipe.settings", "io.pinpipe.cli",
            "io.pinpipe.clusters", "io.pinpipe.topics", "io.pinpipe.emulator", "io.pinpipe.doctor"};

    /** Views, view models and shared UI pieces: no Kafka, AWS or JDBC types. */
    private static final String[] UI = {"..view..", "io.pinpipe.ui..", "io.pinpipe.app.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.pinpipe");
    }

    @Test
    void coreNeverImportsJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("the core runs in the command line and in tests without a toolkit")
                .check(classes);
    }

    @Test
    void viewsNeverTouchKafkaAwsOrJdbc() {
        noClasses().that().resideInAnyPackage(UI)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.kafka..", "kafka..", "software.amazon..", "java.sql..", "javax.sql..",
                        "com.zaxxer..", "com.mysql..", "org.h2..")
                .because("views go through services, which map results to the app's own records")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnTheAppOrItsViews() {
        noClasses().that().resideInAnyPackage(CORE)
                .and().resideOutsideOfPackage("io.pinpipe.cli")
                .should().dependOnClassesThat().resideInAnyPackage("io.pinpipe.app..", "io.pinpipe.ui..", "..view..")
                .because("the app wires the core together, never the other way round")
                .check(classes);
    }
}
