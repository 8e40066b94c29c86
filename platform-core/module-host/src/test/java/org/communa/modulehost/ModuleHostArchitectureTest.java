package org.communa.modulehost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The module host is its own part: no cycle between its packages, and nothing of the server's (which wires it
 * in with CDI) nor of any module's (which it runs through the SDK only).
 */
class ModuleHostArchitectureTest {

    private static final JavaClasses HOST = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.communa.modulehost");

    /** Each package its own slice, the root one included (a "matching" pattern would leave it out). */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
            return "the packages of the module host";
        }
    };

    @Test
    void itsPackagesHaveNoCycles() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(HOST);
    }

    @Test
    void itDependsOnNeitherTheServerNorAnyModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.communa.server..", "org.communa.modules..",
                "org.communa.launcher..", "org.communa.tenants..").check(HOST);
    }
}
