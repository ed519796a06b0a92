package dev.herald.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.herald.core.Architecture;
import org.junit.jupiter.api.Test;

/**
 * The server's structure: no cycles; SQL only in the store; core's internals and the libraries
 * core adapts (Rome, JDOM, Jackson's trees) left to core.
 */
class ArchitectureTest {

    private static final JavaClasses SERVER = Architecture.mainClasses("dev.herald.server");

    @Test
    void hasNoPackageCycles() {
        Architecture.noPackageCycles("dev.herald.server").check(SERVER);
    }

    @Test
    void hasNoFileCycles() {
        Architecture.noFileCycles("dev.herald.server").check(SERVER);
    }

    @Test
    void keepsJdbcInTheStore() {
        noClasses().that().resideOutsideOfPackage("..server.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..",
                        "org.h2..", "io.agroal..")
                .check(SERVER);
    }

    @Test
    void usesCoreThroughItsPublicPackages() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("..core.read.binding..", "com.rometools..",
                "org.jdom2..", "com.fasterxml.jackson.databind.node..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.JsonNode")
                .check(SERVER);
    }
}
