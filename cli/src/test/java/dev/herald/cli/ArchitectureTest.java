package dev.herald.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.herald.core.Architecture;
import org.junit.jupiter.api.Test;

/** The CLI's structure: no cycles, core's internals and the libraries core adapts left to core. */
class ArchitectureTest {

    private static final JavaClasses CLI = Architecture.mainClasses("dev.herald.cli");

    @Test
    void hasNoFileCycles() {
        Architecture.noFileCycles("dev.herald.cli").check(CLI);
    }

    @Test
    void usesCoreThroughItsPublicPackages() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("..core.read.binding..", "com.rometools..",
                "org.jdom2..", "com.fasterxml.jackson.databind.node..", "io.quarkus..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.JsonNode")
                .check(CLI);
    }
}
