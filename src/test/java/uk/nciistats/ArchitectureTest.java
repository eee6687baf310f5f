package uk.nciistats;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "uk.nciistats", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfItsInterfaces = noClasses()
            .that().resideInAnyPackage("..reference..", "..returns..", "..audit..", "..errors..", "..cohort..")
            .should().dependOnClassesThat().resideInAnyPackage("..graphql..", "..console..", "com.vaadin..");

    @ArchTest
    static final ArchRule graphqlAndConsoleNeverTalkToEachOther = noClasses()
            .that().resideInAPackage("..graphql..")
            .should().dependOnClassesThat().resideInAPackage("..console..");

    @ArchTest
    static final ArchRule theConsoleNeverUsesTheGraphqlLayer = noClasses()
            .that().resideInAPackage("..console..")
            .should().dependOnClassesThat().resideInAPackage("..graphql..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule interfacesNeverTouchTheEntityManager = noClasses()
            .that().resideInAnyPackage("..graphql..", "..console..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");
}
