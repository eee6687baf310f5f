package uk.nciistats;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package structure of docs/architecture.md, checked on the compiled classes. Every top-level
 * package is in the layers below; a new one fails {@link #everyClassLivesInAPackageTheseRulesName}
 * until it is given its place here and in docs/architecture.md.
 */
@AnalyzeClasses(packages = "uk.nciistats", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "uk.nciistats.";

    @ArchTest
    static final ArchRule everyClassLivesInAPackageTheseRulesName = classes()
            .should().resideInAnyPackage("uk.nciistats.errors..", "uk.nciistats.infrastructure..",
                    "uk.nciistats.security..", "uk.nciistats.audit..", "uk.nciistats.reference..",
                    "uk.nciistats.returns..", "uk.nciistats.cohort..", "uk.nciistats.dataimport..",
                    "uk.nciistats.export..", "uk.nciistats.graphql..", "uk.nciistats.console..");

    /**
     * Each package may use the ones listed before it, never one after it: the domain (security to
     * cohort) knows nothing of the import, the exports or the two interfaces; the import and the
     * exports know nothing of each other; GraphQL and the console, nothing of each other.
     */
    @ArchTest
    static final ArchRule eachPackageUsesOnlyThePackagesBelowIt = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("errors").definedBy("uk.nciistats.errors..")
            .layer("infrastructure").definedBy("uk.nciistats.infrastructure..")
            .layer("security").definedBy("uk.nciistats.security..")
            .layer("audit").definedBy("uk.nciistats.audit..")
            .layer("reference").definedBy("uk.nciistats.reference..")
            .layer("returns").definedBy("uk.nciistats.returns..")
            .layer("cohort").definedBy("uk.nciistats.cohort..")
            .layer("dataimport").definedBy("uk.nciistats.dataimport..")
            .layer("export").definedBy("uk.nciistats.export..")
            .layer("graphql").definedBy("uk.nciistats.graphql..")
            .layer("console").definedBy("uk.nciistats.console..")
            .whereLayer("console").mayNotBeAccessedByAnyLayer()
            .whereLayer("graphql").mayNotBeAccessedByAnyLayer()
            .whereLayer("export").mayOnlyBeAccessedByLayers("console")
            .whereLayer("dataimport").mayOnlyBeAccessedByLayers("console")
            .whereLayer("cohort").mayOnlyBeAccessedByLayers("dataimport", "export", "graphql", "console")
            .whereLayer("returns").mayOnlyBeAccessedByLayers("cohort", "dataimport", "export", "graphql", "console")
            .whereLayer("reference").mayOnlyBeAccessedByLayers("returns", "cohort", "dataimport", "export",
                    "graphql", "console")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("reference", "returns", "cohort", "dataimport", "export",
                    "graphql", "console")
            .whereLayer("security").mayOnlyBeAccessedByLayers("audit", "reference", "returns", "cohort", "dataimport",
                    "export", "graphql", "console")
            .whereLayer("infrastructure").mayOnlyBeAccessedByLayers("security", "audit", "reference", "returns",
                    "cohort", "dataimport", "export", "graphql", "console");

    @ArchTest
    static final ArchRule theTopLevelPackagesDependOnEachOtherWithoutCycles = slices()
            .matching("uk.nciistats.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theDomainUsesNoWebInterfaceOrItsLibraries = noClasses()
            .that().resideInAnyPackage("uk.nciistats.reference..", "uk.nciistats.returns..", "uk.nciistats.cohort..",
                    "uk.nciistats.audit..", "uk.nciistats.errors..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.eclipse.microprofile.graphql..",
                    "io.smallrye.graphql..", "graphql..", "org.apache.olingo..", "jakarta.ws.rs..", "jakarta.servlet..");

    // --- The import (dataimport/interchange, dataimport/web), the spreadsheet import
    // (dataimport/spreadsheet) and the exports (export, export/odata) ---

    /**
     * The only edges between these four parts, each to the named public entry points of its target;
     * everything else of a part is its own (the interchange's CSV reader, its rows, its JDBC writer;
     * the web upload; the mappings and the translator; the export's tables and OData model).
     * dataimport/interchange is the import: its service, the request it takes, the report it gives.
     */
    private static final Map<String, Set<String>> ENTRY_POINTS = Map.of(
            "dataimport.web -> dataimport.interchange",
            Set.of("ImportService", "ImportRequest", "CsvSource", "ImportProgress", "ImportReport", "ImportProblem"),
            "dataimport.spreadsheet -> dataimport.interchange",
            Set.of("ImportService", "ImportRequest", "CsvSource", "ImportProgress", "ImportReport", "ImportProblem"));
    private static final Set<String> FEATURES = Set.of(
            "dataimport.interchange", "dataimport.web", "dataimport.spreadsheet", "export");

    @ArchTest
    static final ArchRule theImportTheSpreadsheetImportAndTheExportsMeetOnlyAtEntryPoints = classes()
            .that().resideInAnyPackage("uk.nciistats.dataimport..", "uk.nciistats.export..")
            .should(new ArchCondition<>("use each other only through the named entry points") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    var from = feature(origin);
                    for (var dependency : origin.getDirectDependenciesFromSelf()) {
                        var to = feature(dependency.getTargetClass().getBaseComponentType());
                        if (to == null || to.equals(from)) {
                            continue;
                        }
                        var allowed = ENTRY_POINTS.getOrDefault(from + " -> " + to, Set.of());
                        if (!allowed.contains(topLevel(dependency.getTargetClass().getBaseComponentType()).getSimpleName())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    // --- Persistence ---

    private static final DescribedPredicate<JavaClass> PERSISTENCE_API = resideInAnyPackage("java.sql..", "javax.sql..")
            .or(belongToAnyOf(EntityManager.class, EntityManagerFactory.class, Query.class, TypedQuery.class))
            .as("are JDBC or the EntityManager");

    /** The classes that talk to the database, and why each one does. */
    private static final Set<String> PERSISTENCE_CLASSES = Set.of(
            // which database, and its data source (the JDBC readers and writers below take it from here)
            "infrastructure.Database",
            // the readiness check: asks a connection whether the database answers
            "infrastructure.DatabaseHealth",
            // the container-managed EntityManager of that database, for constructor injection
            "infrastructure.Persistence",
            // JPA's converter of Instant to java.sql.Timestamp (JPA 3.1 maps no Instant)
            "infrastructure.InstantConverter",
            // a Flyway Java migration (schema version 6): it is given a JDBC connection
            "infrastructure.RecordKeysMigration",
            // forces and offences, read once through JPA (a native query) into records
            "reference.ReferenceCatalog",
            // the returns' repository (JPA)
            "returns.ReturnRepository",
            // a page of reports: one JPQL query
            "returns.ReportSearch",
            // every report of a condition through a JDBC cursor, for exports of any size
            "returns.ReportListing",
            // what the cohort engine needs, read straight from the tables into columns
            "cohort.FactsRepository",
            // the audit log (JPA)
            "audit.AuditLog",
            // users (JPA), and the time of each one's last sign-in in a transaction of its own
            "security.UserDirectory", "security.LastSignIns",
            // saved mappings (JPA)
            "dataimport.spreadsheet.MappingService",
            // the import's JDBC writer: the service opens the connection of its own transaction, the run
            // hands it on, the store writes the rows, IdBlocks draws ids as EclipseLink does, and the
            // reports' reader lets the writer's SQLException through
            "dataimport.interchange.ImportService", "dataimport.interchange.ImportRun",
            "dataimport.interchange.ImportStore", "dataimport.interchange.IdBlocks",
            "dataimport.interchange.ReportRows");

    @ArchTest
    static final ArchRule onlyThePersistenceClassesUseJdbcOrTheEntityManager = noClasses()
            .that(new DescribedPredicate<JavaClass>("are not among the persistence classes") {
                @Override
                public boolean test(JavaClass c) {
                    return !PERSISTENCE_CLASSES.contains(topLevel(c).getName().substring(ROOT.length()));
                }
            })
            .should().dependOnClassesThat(PERSISTENCE_API);

    // --- Entities never reach a view ---

    /**
     * No console class uses a JPA entity: views get records from their services ({@code StoredReturn},
     * {@code StoredReport}, {@code RecordedChange}; forces and offences are records themselves), so a
     * view can neither change a managed entity nor load one lazily outside its transaction.
     */
    @ArchTest
    static final ArchRule theConsoleNeverSeesAJpaEntity = classes()
            .that().resideInAPackage("uk.nciistats.console..")
            .should(new ArchCondition<>("depend on no JPA entity (views get records from their services)") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (var dependency : origin.getDirectDependenciesFromSelf()) {
                        if (entityUse(dependency) != null) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /** "console.x.View -> Entity" when the dependency's target is a JPA entity; null otherwise. */
    private static String entityUse(Dependency dependency) {
        var target = dependency.getTargetClass().getBaseComponentType();
        if (!target.isAnnotatedWith(Entity.class)) {
            return null;
        }
        return topLevel(dependency.getOriginClass()).getName().substring(ROOT.length()) + " -> " + target.getSimpleName();
    }

    /** "dataimport.web", "export"...: the part of the import and exports a class is in; null outside them. */
    private static String feature(JavaClass c) {
        var name = c.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        var relative = name.substring(ROOT.length());
        return FEATURES.stream().filter(f -> relative.equals(f) || relative.startsWith(f + ".")).findFirst().orElse(null);
    }

    private static JavaClass topLevel(JavaClass c) {
        var outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
