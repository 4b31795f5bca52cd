package social.rapport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the house that hold today, as tests: the audience policy decides without I/O or web,
 * stored posts are read only through the status package's door, the graph and the store know no
 * feature, and the server never depends on benchmark code.
 */
@AnalyzeClasses(packages = "social.rapport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule the_audience_policy_reads_no_store_and_knows_no_web = classes()
            .that()
            .resideInAPackage("social.rapport.audience..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("social.rapport.audience..", "social.rapport.core..", "java..")
            .because("THE policy decides from relations it is given, with no I/O, for every read path");

    /** The stored-post classes: the SQL for posts and the cache of stored posts (with their nested types). */
    private static final String POST_STORE = "social\\.rapport\\.status\\.Status(Store|Cache)(\\$.*)?";

    @ArchTest
    static final ArchRule only_the_status_package_reads_the_post_store = noClasses()
            .that()
            .resideOutsideOfPackage("social.rapport.status..")
            .should()
            .dependOnClassesThat()
            .haveNameMatching(POST_STORE)
            .because("every read of a post goes through StatusAccess, so the audience policy has the last word");

    @ArchTest
    static final ArchRule the_post_store_is_not_public = classes()
            .that()
            .haveNameMatching(POST_STORE)
            .and()
            .areTopLevelClasses()
            .should()
            .notBePublic()
            .because("the one door to stored posts is StatusAccess");

    @ArchTest
    static final ArchRule the_graph_knows_no_feature = classes()
            .that()
            .resideInAPackage("social.rapport.graph")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "social.rapport.graph",
                    "social.rapport.core..",
                    "java..",
                    "org.roaringbitmap..",
                    "com.github.benmanes.caffeine..")
            .because("the in-memory graph is fed by events and asked by the policy; it reaches for nothing");

    @ArchTest
    static final ArchRule the_store_and_core_know_no_feature = noClasses()
            .that()
            .resideInAnyPackage("social.rapport.store..", "social.rapport.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "social.rapport.account..",
                    "social.rapport.relation..",
                    "social.rapport.status..",
                    "social.rapport.timeline..",
                    "social.rapport.notify..",
                    "social.rapport.page..",
                    "social.rapport.web..",
                    "social.rapport.app..",
                    "social.rapport.audience..",
                    "social.rapport.graph..");

    @ArchTest
    static final ArchRule the_server_never_depends_on_benchmarks = noClasses()
            .that()
            .resideOutsideOfPackages("..bench..", "social.rapport.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..bench..")
            .because("benchmark code is a client of the server, never a part of it");

    @ArchTest
    static final ArchRule top_level_packages_form_no_cycles = slices().matching("social.rapport.(*)..")
            .should()
            .beFreeOfCycles()
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("..bench.."), DescribedPredicate.alwaysTrue())
            .because("features depend one way (the App on all, pages on the services, posts on relations on"
                    + " accounts); benchmarks are clients of the server and may start one");

    @ArchTest
    static final ArchRule routes_take_their_services_not_their_feature = noClasses()
            .that()
            .haveSimpleNameEndingWith("Routes")
            .should()
            .dependOnClassesThat()
            .haveNameMatching("social\\.rapport\\.\\w+\\.\\w+(Services|Feature)")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("social.rapport.app..")
            .because("routes are given the few services they call; a feature's whole record or its wiring"
                    + " would be a way back into the module that built them");
}
