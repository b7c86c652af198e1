package id.pantauspbe;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of docs/ARCHITECTURE.md. */
@AnalyzeClasses(packages = "id.pantauspbe", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featureSlicesFormNoCycle = slices().matching("id.pantauspbe.(*)..")
            .should()
            .beFreeOfCycles()
            .because("features depend on each other in one direction only (a feature's ui package included)");

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("id.pantauspbe.base..")
            .should()
            .dependOnClassesThat(
                    resideInAPackage("id.pantauspbe..").and(resideOutsideOfPackage("id.pantauspbe.base..")))
            .because("base holds what every feature shares and knows no feature");

    @ArchTest
    static final ArchRule engineIsPlainJava = classes()
            .that()
            .resideInAPackage("id.pantauspbe.engine..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("id.pantauspbe.engine..", "java..")
            .because("the index engine is plain Java: no Spring, Vaadin or jOOQ");

    @ArchTest
    static final ArchRule onlyUiPackagesUseVaadin = noClasses()
            .that()
            .resideOutsideOfPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..")
            .because("views and components live in ui packages; services know nothing of Vaadin");

    @ArchTest
    static final ArchRule onlyRepositoriesUseGeneratedTables = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Repository")
            .and()
            .resideOutsideOfPackage("id.pantauspbe.jooq..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("id.pantauspbe.jooq..")
            .because("SQL lives only in the jOOQ repository classes");

    @ArchTest
    static final ArchRule onlyRepositoriesUseTheDslContext = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Repository")
            .and()
            .resideOutsideOfPackage("id.pantauspbe.jooq..")
            .and()
            .resideOutsideOfPackage("id.pantauspbe.base")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.jooq..")
            .because("SQL lives only in the jOOQ repository classes");

    @ArchTest
    static final ArchRule viewsDoNotUseRepositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .because("views ask services");

    @ArchTest
    static final ArchRule viewsDoNotComputeFigures = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .haveSimpleName("IndexEngine")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("IndexMath")
            .because("views never compute SPBE figures themselves");
}
