package org.communa.module.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModuleArchitectureTest {

    /** The kit itself reaches into the host (that is its job): the module rule, applied to it, names what it reaches. */
    @Test
    void codeThatReachesIntoTheHostFailsTheRuleNamingTheDependency() {
        assertThatThrownBy(() -> ModuleArchitecture.check(ModuleTestKit.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.communa.kernel");
    }
}
