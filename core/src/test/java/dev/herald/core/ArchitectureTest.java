package dev.herald.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * Core's structure, checked on its compiled classes: no cycles, and each library's types only in
 * the package that adapts it, so Rome's, JDOM's and Jackson's tree types never leak.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = Architecture.mainClasses("dev.herald.core");

    @Test
    void hasNoPackageCycles() {
        Architecture.noPackageCycles("dev.herald.core").check(CORE);
    }

    @Test
    void hasNoFileCycles() {
        Architecture.noFileCycles("dev.herald.core").check(CORE);
    }

    @Test
    void keepsRomeAndJdomInTheirAdapters() {
        noClasses().that().resideOutsideOfPackages("..core.feed.rome..", "..core.read.feed..")
                .should().dependOnClassesThat().resideInAnyPackage("com.rometools..", "org.jdom2..")
                .check(CORE);
    }

    @Test
    void keepsJacksonTreesInTheFormatAdapters() {
        // read.feed reads the feed formats of others, JSON Feed among them
        noClasses().that().resideOutsideOfPackages("..core.read.binding..", "..core.format..", "..core.read.feed..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..")
                .check(CORE);
    }

    @Test
    void keepsQuarkusAndPicocliOut() {
        // Qute's standalone engine renders the pages; the rest of Quarkus belongs to the server
        noClasses().should().dependOnClassesThat(resideInAnyPackage("io.quarkus..", "picocli..", "jakarta..")
                        .and(not(resideInAPackage("io.quarkus.qute.."))))
                .check(CORE);
    }
}
