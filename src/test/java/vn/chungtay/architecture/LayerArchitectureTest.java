package vn.chungtay.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of STYLE.md: domain ← store ← app ← ui / cli, with boot (the composition root) on top. A new arrow is
 * a design decision: change this test in the same commit, with a decision record.
 */
@AnalyzeClasses(packages = "vn.chungtay", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Boot").definedBy("vn.chungtay.boot..")
            .layer("Ui").definedBy("vn.chungtay.ui..")
            .layer("Cli").definedBy("vn.chungtay.cli..")
            .layer("App").definedBy("vn.chungtay.app..")
            .layer("Store").definedBy("vn.chungtay.store..")
            .layer("Domain").definedBy("vn.chungtay.domain..")
            .whereLayer("Boot").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Boot")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Boot")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli", "Boot")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Boot")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Store", "App", "Ui", "Cli", "Boot");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("vn.chungtay.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "javax.sql..",
                    "org.h2..", "org.flywaydb..", "com.fasterxml..", "picocli..", "org.controlsfx..");

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackage("vn.chungtay.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..",
                    "org.flywaydb..");

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage("vn.chungtay.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule uiReachesDataOnlyThroughServices = noClasses().that().resideInAPackage("vn.chungtay.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.chungtay.store.household..",
                    "vn.chungtay.store.unit..", "vn.chungtay.store.identity..", "vn.chungtay.store.generated..");
}
