package org.communa.module.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The SDK is what modules compile against: it may depend on the JDK, JSON-P and OSGi annotations, never on the host. */
class SdkArchitectureTest {

    @Test
    void theSdkImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("org.communa.module.api..")
                .should().dependOnClassesThat(resideInAPackage("org.communa..").and(not(resideInAPackage("org.communa.module.api.."))))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.communa.module.api"));
    }
}
