package org.communa.server.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.Participant;
import org.communa.server.accounts.Role;
import org.communa.server.persistence.TranslationsConverter;
import org.communa.server.spaces.Phase;
import org.communa.server.spaces.Scope;
import org.communa.server.spaces.Space;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules the entities enforce themselves, without a database. */
class DomainRulesTest {

    private static final Map<String, String> TITLE = Map.of("fr", "Budget");

    @Test
    void phasesEndAfterTheyStartAndCountFromOne() {
        UUID space = UUID.randomUUID();
        assertThatThrownBy(() -> new Phase(space, 1, TITLE, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)))
                .isInstanceOf(Problem.class).hasMessageContaining("before");
        assertThatThrownBy(() -> new Phase(space, 0, TITLE, null, null)).hasMessageContaining("position");
        Phase open = new Phase(space, 1, TITLE, LocalDate.of(2026, 5, 1), null);
        assertThat(open.endsOn()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Budget", "budget 2026", "-budget", "budget-", "bud/get", ""})
    void spaceSlugsAreUrlSafe(String slug) {
        assertThatThrownBy(() -> new Space(Space.Kind.process, slug, TITLE, null, null)).hasMessageContaining("slug");
    }

    @Test
    void aScopeCannotBeItsOwnParent() {
        Scope scope = new Scope("campus-nord", Map.of("fr", "Campus Nord"), null);
        assertThatThrownBy(() -> scope.change("campus-nord", Map.of("fr", "x"), scope.id())).hasMessageContaining("own parent");
        assertThatThrownBy(() -> new Scope("Campus Nord", Map.of("fr", "x"), null)).hasMessageContaining("code");
    }

    @Test
    void emailsCompareWithoutCaseAndAreChecked() {
        assertThat(Participant.normalise("  Camille.Dupont@Example.ORG ")).isEqualTo("camille.dupont@example.org");
        for (String bad : new String[] {"camille", "camille@", "@example.org", "camille@example", "a b@example.org"}) {
            assertThatThrownBy(() -> Participant.normalise(bad)).as(bad).hasMessageContaining("e-mail");
        }
    }

    @Test
    void erasedParticipantsKeepNothingPersonal() {
        Participant p = new Participant("camille@example.org", "Camille", "$argon2id$hash", "fr");
        p.confirm();
        p.erase();
        assertThat(p.email()).isNull();
        assertThat(p.passwordHash()).isNull();
        assertThat(p.displayName()).isEqualTo(Participant.DELETED_NAME);
        assertThat(p.deleted()).isTrue();
    }

    @Test
    void rolesAreAClosedList() {
        assertThat(Role.parse("evaluator")).isEqualTo(Role.evaluator);
        assertThatThrownBy(() -> Role.parse("owner")).hasMessageContaining("admin, moderator, evaluator, ambassador");
    }

    @Test
    void translationsRoundTripThroughJson() {
        TranslationsConverter converter = new TranslationsConverter();
        Map<String, String> texts = Map.of("fr", "Qualité de l'eau \"potable\"", "ca", "Qualitat");
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(texts))).isEqualTo(texts);
    }
}
