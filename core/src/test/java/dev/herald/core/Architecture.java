package dev.herald.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * Architecture rules every module checks of its own classes (production code only): no package
 * and no file depends on itself through others.
 */
public final class Architecture {

    private Architecture() {
    }

    /** The production classes below {@code rootPackage}. */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /** No cycle between the packages below {@code rootPackage}. */
    public static ArchRule noPackageCycles(String rootPackage) {
        return SlicesRuleDefinition.slices().matching(rootPackage + ".(**)").should().beFreeOfCycles();
    }

    /** No cycle between the source files below {@code rootPackage} (a nested class counts as its file). */
    public static ArchRule noFileCycles(String rootPackage) {
        return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                if (!javaClass.getPackageName().startsWith(rootPackage)) {
                    return SliceIdentifier.ignore();
                }
                String name = javaClass.getName();
                int nested = name.indexOf('$');
                return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
            }

            @Override
            public String getDescription() {
                return "source files of " + rootPackage;
            }
        }).should().beFreeOfCycles();
    }
}
