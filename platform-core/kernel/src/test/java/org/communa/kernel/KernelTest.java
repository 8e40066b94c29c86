package org.communa.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communa.kernel.jobs.JobQueue;
import org.communa.kernel.persistence.DatabaseSettings;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.security.PasswordHasher;
import org.communa.kernel.security.SecretTokens;
import org.communa.kernel.tenant.TenantId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelTest {

    @Nested
    class Passwords {
        private final PasswordHasher hasher = new PasswordHasher();

        @Test
        void hashesWithArgon2idAndChecks() {
            String hash = hasher.hash("correct horse battery");
            assertThat(hash).startsWith("$argon2id$");
            assertThat(hasher.matches("correct horse battery", hash)).isTrue();
            assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
            assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hash); // salted
        }

        @Test
        void refusesShortAndHugePasswords() {
            assertThatThrownBy(() -> hasher.hash("short")).isInstanceOf(Problem.class).hasMessageContaining("at least 10");
            assertThatThrownBy(() -> hasher.hash("x".repeat(201))).isInstanceOf(Problem.class).hasMessageContaining("at most");
            assertThat(hasher.matches(null, "$argon2id$whatever")).isFalse();
        }
    }

    @Test
    void tokensAreRandomAndOnlyTheirDigestIsStable() {
        String a = SecretTokens.newToken();
        assertThat(a).hasSize(43).isNotEqualTo(SecretTokens.newToken());
        assertThat(SecretTokens.digest(a)).hasSize(64).isEqualTo(SecretTokens.digest(a)).isNotEqualTo(SecretTokens.digest(a + "x"));
    }

    @Test
    void aTenantIsRequired() {
        assertThatThrownBy(() -> new TenantId(null)).hasMessageContaining("tenant");
        TenantId id = TenantId.random();
        assertThat(TenantId.parse(id.toString())).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:postgresql://127.0.0.1:5432/communa, communa, jdbc:postgresql://127.0.0.1:5432/postgres",
        "jdbc:postgresql://db:5432/communa_it?ssl=true, communa_it, jdbc:postgresql://db:5432/postgres?ssl=true",
    })
    void databaseSettingsKnowTheirDatabase(String url, String name, String maintenance) {
        DatabaseSettings s = new DatabaseSettings(url, "postgres", "", "app", "p", "sys", "p", 4, 2, true);
        assertThat(s.databaseName()).isEqualTo(name);
        assertThat(s.maintenanceUrl()).isEqualTo(maintenance);
    }

    @Test
    void databaseSettingsRefuseUnsafeRoles() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://x/y", "postgres", "", "app", "p", "sys", "p", 4, 2, true))
                .hasMessageContaining("jdbc:postgresql");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:postgresql://x/y", "postgres", "", "app", "p", "app", "p", 4, 2, true))
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:postgresql://x/y", "postgres", "", "app; drop", "p", "sys", "p", 4, 2, true))
                .hasMessageContaining("identifier");
    }

    @Test
    void jobTypesAreKnownBeforeUse() {
        JobQueue queue = new JobQueue(java.time.Duration.ofSeconds(30)).register("mail", (tenant, payload) -> { });
        assertThatThrownBy(() -> queue.enqueue("unknown", TenantId.random(), "{}")).hasMessageContaining("no job type");
        assertThatThrownBy(() -> queue.enqueue("mail", TenantId.random(), "{}")).hasMessageContaining("not started");
    }
}
