package org.newsgraph.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the analysis core a plain Java library (usable from a main or a batch job without the service)
 * and the packages free of cycles.
 */
class ArchitectureTest {
    private static final String CORE = "org.newsgraph.analysis..";
    private static JavaClasses runtime;

    @BeforeAll
    static void importRuntimeClasses() {
        runtime = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsgraph");
    }

    @Test
    void coreUsesNoServiceFrameworks() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax.persistence..", "javax.sql..", "java.sql..", "io.quarkus..", "io.vertx..",
                        "io.smallrye..", "org.hibernate..", "io.agroal..", "org.jboss..", "org.eclipse.microprofile..")
                .because("the analysis core runs without Quarkus, CDI, JDBC or HTTP")
                .check(runtime);
    }

    @Test
    void coreUsesNoServicePackage() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat(resideInAPackage("org.newsgraph..").and(resideOutsideOfPackage(CORE)))
                .because("the service depends on the core, never the other way round")
                .check(runtime);
    }

    @Test
    void runtimeUsesNoOfflineTool() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.newsgraph.tools..")
                .check(runtime);
    }

    @Test
    void corePackagesHaveNoCycle() {
        slices().matching("org.newsgraph.analysis.(**)").should().beFreeOfCycles().check(runtime);
    }

    @Test
    void servicePackagesHaveNoCycle() {
        slices().matching("org.newsgraph.(*)..").should().beFreeOfCycles().check(runtime);
    }
}
