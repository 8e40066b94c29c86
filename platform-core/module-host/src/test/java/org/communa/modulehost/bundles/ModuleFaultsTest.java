package org.communa.modulehost.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quarantine rule: nobody without an account, and no single caller, can switch a module off for everyone. */
class ModuleFaultsTest {

    private final ModuleFaults faults = new ModuleFaults(5);

    @Test
    void anonymousFailuresNeverQuarantineAModule() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(faults.answerFailed("proposals", null, "boom")).isFalse();
        }
        assertThat(faults.isQuarantined("proposals")).isFalse();
    }

    @Test
    void oneSignedInCallerAloneDoesNotQuarantineAModule() {
        for (int i = 0; i < 50; i++) {
            assertThat(faults.answerFailed("proposals", "org-a:alice", "boom")).isFalse();
        }
        assertThat(faults.isQuarantined("proposals")).isFalse();
    }

    @Test
    void failuresInARowToTwoSignedInCallersQuarantineItOnceAndSayWhy() {
        for (int i = 0; i < 4; i++) {
            assertThat(faults.answerFailed("proposals", "org-a:alice", "boom")).isFalse();
        }
        assertThat(faults.answerFailed("proposals", null, "boom")).isFalse();
        assertThat(faults.answerFailed("proposals", "org-b:bob", "index is broken")).isTrue();
        assertThat(faults.answerFailed("proposals", "org-b:bob", "again")).isFalse();
        assertThat(faults.isQuarantined("proposals")).isTrue();
        assertThat(faults.quarantineReason("proposals")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("5 failed answers in a row to 2 signed-in callers").contains("index is broken"));
        assertThat(faults.isQuarantined("budgets")).isFalse();
    }

    @Test
    void anAnswerInBetweenEndsTheRun() {
        for (int i = 0; i < 4; i++) {
            faults.answerFailed("proposals", i % 2 == 0 ? "org-a:alice" : "org-a:carol", "boom");
        }
        faults.answered("proposals");
        assertThat(faults.answerFailed("proposals", "org-b:bob", "boom")).isFalse();
        assertThat(faults.isQuarantined("proposals")).isFalse();
    }
}
