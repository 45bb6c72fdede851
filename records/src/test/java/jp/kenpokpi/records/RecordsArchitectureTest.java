package jp.kenpokpi.records;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The records module stays plain Java: the JDK (JDBC for the engine) and core, nothing else; DuckDB is reached only
 * through JDBC, so a Spark engine can sit beside it. Its packages do not depend on each other in a cycle.
 */
class RecordsArchitectureTest {

    private static final JavaClasses RECORDS = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void onlyTheJdkAndCore() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jp.kenpokpi..")
                .check(RECORDS);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("jp.kenpokpi.records.(*)..").should().beFreeOfCycles().check(RECORDS);
    }
}
