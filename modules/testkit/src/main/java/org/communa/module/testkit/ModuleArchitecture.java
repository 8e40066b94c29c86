package org.communa.module.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture rule every module keeps, for its own tests: its classes depend on nothing of Communa's but the
 * module SDK ({@code org.communa.module.api}) and, when it requires other modules, the packages those publish for
 * it. A module that reaches into the host's or another module's classes would break on their next release.
 *
 * <pre>{@code
 * @Test void dependsOnlyOnTheSdk() { ModuleArchitecture.check(IdeasBoxModule.class); }
 * }</pre>
 */
public final class ModuleArchitecture {

    private static final String OURS = "org.communa..";
    private static final String SDK = "org.communa.module.api..";

    private ModuleArchitecture() {
    }

    /**
     * Fails, naming each offending dependency, unless the main classes of the module's package (and those under
     * it) depend on no Communa class outside the SDK, their own package and the packages given (libraries the module embeds, contracts of modules it requires).
     */
    public static void check(Class<?> moduleClass, String... alsoAllowed) {
        String own = moduleClass.getPackageName() + "..";
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(moduleClass.getPackageName());
        List<String> allowed = new ArrayList<>(List.of(own, SDK));
        for (String contract : alsoAllowed) {
            allowed.add(contract + "..");
        }
        noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(resideInAPackage(OURS).and(not(resideInAnyPackage(allowed.toArray(String[]::new)))))
                .because("a module is built against the SDK only (and the contracts of the modules it requires)")
                .check(classes);
    }
}
