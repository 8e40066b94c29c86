package org.communa.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Translated fields: which language is shown, and when the page must say the text is in another language. */
class LocalisedTextTest {

    @Test
    void showsThePagesLanguageElseFrenchElseAnyAndMarksTheFallback() {
        Map<String, String> frenchOnly = Map.of("fr", "Budget participatif");
        assertThat(LocalisedFunction.pick(frenchOnly, "fr")).isEqualTo("Budget participatif");
        assertThat(LangOfFunction.attribute(frenchOnly, "fr")).isEmpty();
        assertThat(LocalisedFunction.pick(frenchOnly, "en")).isEqualTo("Budget participatif");
        assertThat(LangOfFunction.attribute(frenchOnly, "en")).isEqualTo(" lang=\"fr\"");

        Map<String, String> both = Map.of("fr", "Règlement", "en", "Rules");
        assertThat(LocalisedFunction.pick(both, "en")).isEqualTo("Rules");
        assertThat(LangOfFunction.attribute(both, "en")).isEmpty();
        assertThat(LocalisedFunction.pick(both, "ca")).isEqualTo("Règlement");
        assertThat(LangOfFunction.attribute(both, "ca")).isEqualTo(" lang=\"fr\"");

        Map<String, String> spanishOnly = new LinkedHashMap<>();
        spanishOnly.put("en", null);
        spanishOnly.put("es", "Presupuesto");
        assertThat(LocalisedFunction.pick(spanishOnly, "fr")).isEqualTo("Presupuesto");
        assertThat(LangOfFunction.attribute(spanishOnly, "fr")).isEqualTo(" lang=\"es\"");
        assertThat(LocalisedFunction.pick(Map.of(), "fr")).isEmpty();
        assertThat(LangOfFunction.attribute(Map.of(), "fr")).isEmpty();
    }

    @Test
    void onlyKnownLanguageCodesBecomeAttributes() {
        assertThat(LangOfFunction.attribute(Map.of("\"><script>", "x"), "fr")).isEmpty();
    }
}
