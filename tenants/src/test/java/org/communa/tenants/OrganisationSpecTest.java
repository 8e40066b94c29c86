package org.communa.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.communa.kernel.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationSpecTest {

    static OrganisationSpec spec(String slug, String host, List<String> aliases, List<String> locales, String defaultLocale,
            String zone, String email) {
        return new OrganisationSpec(slug, "Ville", host, aliases, locales, defaultLocale, zone, email, null, null);
    }

    @Test
    void normalisesHostsAndAppliesDefaults() {
        OrganisationSpec s = spec("eau", "Participer.EauDeParis.FR:8080", List.of("www.eau.localhost"), null, null, null, null);
        assertThat(s.primaryHost()).isEqualTo("participer.eaudeparis.fr");
        assertThat(s.allHosts()).containsExactly("participer.eaudeparis.fr", "www.eau.localhost");
        assertThat(s.availableLocales()).containsExactly("fr", "en");
        assertThat(s.defaultLocale()).isEqualTo("fr");
        assertThat(s.timeZone()).isEqualTo("Europe/Paris");
        assertThat(s.theme()).isEqualTo("default");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "slug with capitals      | Eau        | eau.test       | fr | fr | Europe/Paris | a@b.fr | slug",
        "slug too long           | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | eau.test | fr | fr | Europe/Paris | a@b.fr | slug",
        "host with path          | eau        | eau.test/x     | fr | fr | Europe/Paris | a@b.fr | primaryHost",
        "host with underscore    | eau        | e_u.test       | fr | fr | Europe/Paris | a@b.fr | primaryHost",
        "unsupported locale      | eau        | eau.test       | de | de | Europe/Paris | a@b.fr | locale de",
        "default not available   | eau        | eau.test       | fr | en | Europe/Paris | a@b.fr | defaultLocale",
        "unknown time zone       | eau        | eau.test       | fr | fr | Mars/Olympus | a@b.fr | timeZone",
        "invalid contact e-mail  | eau        | eau.test       | fr | fr | Europe/Paris | nope   | contactEmail",
    })
    void refusesInvalidInput(String rule, String slug, String host, String locale, String defaultLocale, String zone,
            String email, String detail) {
        assertThatThrownBy(() -> spec(slug, host, List.of(), List.of(locale), defaultLocale, zone, email))
                .isInstanceOf(Problem.class).hasMessageContaining(detail);
    }

    @Test
    void refusesTheSameHostTwice() {
        assertThatThrownBy(() -> spec("eau", "eau.test", List.of("EAU.test"), null, null, null, null))
                .hasMessageContaining("given twice");
    }

    @Test
    void stripsPortsButNotIpv6Brackets() {
        assertThat(OrganisationSpec.stripPort("eau.localhost:8080")).isEqualTo("eau.localhost");
        assertThat(OrganisationSpec.stripPort("eau.localhost")).isEqualTo("eau.localhost");
        assertThat(OrganisationSpec.stripPort("[::1]")).isEqualTo("[::1]");
    }
}
