package org.communa.server.web.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.ClassAccessException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.MemoryLoader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The attacks an organisation admin or a module author could write into a template, each stopped by one limit. */
class TemplateSandboxTest {

    private static final TemplateLimits LIMITS = new TemplateLimits(200_000, Duration.ofMillis(500), 32L << 20, 100_000, 1_000);

    record Proposal(String title, int supports) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "a huge range => {% for i in range(1, 20000000) %}{% endfor %} => range(1, 20000000) has 20000000 items",
        "a huge range as an operator => {% for i in 1..20000000 %}{% endfor %} => has 20000000 items",
        "a string doubled => {% set s = 'xxxxxxxxxxxxxxxx' %}{% for i in range(1, 40) %}{% set s = s ~ s %}{% endfor %} => builds a string of",
        "a string doubled without a loop => {% set s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}"
                + "{% set s = s ~ s %}{% set s = s ~ s %}{% set s = s ~ s %}{% set s = s ~ s %}{% set s = s ~ s %}{% set s = s ~ s %}"
                + "{% set s = s ~ s %}{% set s = s ~ s %}{% set s = s ~ s %}{% set s = s ~ s %}{% set s = s ~ s %}{% set s = s ~ s %} => builds a string of",
        "a replace that multiplies => {% set s = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' %}{% for i in range(1, 10) %}"
                + "{% set s = s | replace({'a': s}) %}{% endfor %} => builds a string of",
        "nested loops that print nothing => {% for i in range(1, 1000) %}{% for j in range(1, 1000) %}{% for k in range(1, 1000) %}"
                + "{% endfor %}{% endfor %}{% endfor %} => took longer than 500 ms or MB of memory",
        "a macro calling itself twice => {% macro f(n) %}{% if n < 60 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}"
                + "{{ f(0) }} => took longer than 500 ms or MB of memory",
        "a macro calling itself forever => {% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(0) }} => calls itself too deeply",
        "an include of itself => {% include 'page' %} => calls itself too deeply",
        "too much output => {% for i in range(1, 1000) %}{{ big }}{% endfor %} => the page is longer than 200000 characters",
        "a list grown in a loop => {% set l = [] %}{% for i in range(1, 1000) %}{% set l = l | merge([big ~ i]) %}{% endfor %}"
                + " => MB of memory to render",
    })
    void anAttackStopsAtItsLimit(String attack, String source, String refusal) {
        assertThatThrownBy(() -> render(source, Map.of("big", "x".repeat(50_000)))).as(attack)
                .isInstanceOf(PebbleException.class).hasMessageMatching("(?s).*(" + String.join("|",
                        java.util.Arrays.stream(refusal.split(" or ")).map(java.util.regex.Pattern::quote).toList()) + ").*");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {"{{ locale.getBytes() }}", "{{ locale.getClass() }}", "{{ (1).TYPE.getName() }}",
        "{{ proposal.hashCode() }}", "{{ day.atStartOfDay() }}", "{{ items.getClass().forName('java.lang.Runtime') }}"})
    void onlyListedMethodsMayBeCalled(String source) {
        assertThatThrownBy(() -> render(source, model())).isInstanceOf(ClassAccessException.class);
    }

    @Test
    void tagsAndFunctionsThatReachOutsideOneRenderAreGone() {
        assertThatThrownBy(() -> render("{% cache 'k' %}x{% endcache %}", Map.of())).hasMessageContaining("Unexpected tag name \"cache\"");
        assertThatThrownBy(() -> render("{% parallel %}x{% endparallel %}", Map.of())).hasMessageContaining("parallel");
        assertThatThrownBy(() -> render("{{ i18n('META-INF/microprofile-config', 'communa.db.password') }}", Map.of()))
                .hasMessageContaining("i18n");
    }

    @Test
    void whatThemesDoStillWorks() throws Exception {
        String page = render("{{ proposal.title }} {{ proposal.supports }} {{ items | length }} {{ items.size }} {{ map.key }} "
                + "{{ locale.length }} {{ locale | upper }} {{ day.year }} {% for i in 1..3 %}{{ i }}{% endfor %} "
                + "{{ 'a' ~ 'b' }} {{ html }} {{ html | raw }} {{ ['x', 'y'] | join(',') }} {{ 'abc' | replace({'b': 'B'}) }} "
                + "{{ 1234.5 | numberformat('0.0') }} {% for i in items %}{{ loop.index }}{{ loop.first }}{{ loop.length }}{% endfor %} "
                + "{% for e in map %}{{ e.key }}={{ e.value }}{% endfor %} {% for e in entries %}{{ e.key }}:{{ e.value }}{% endfor %}", model());
        assertThat(page).isEqualTo("Un banc 12 3 3 value 2 FR 2027 123 ab &lt;b&gt; <b> x,y aBc 1234.5 0true31false32false3 "
                + "key=value a:1");
    }

    @Test
    void aRenderWithoutBudgetIsNotChecked() throws Exception {
        PebbleEngine engine = engine(Map.of("page", "{% for i in range(1, 100) %}{% endfor %}ok"));
        StringWriter out = new StringWriter();
        engine.getTemplate("page").evaluate(out, Map.of());
        assertThat(out.toString()).isEqualTo("ok");
    }

    private static Map<String, Object> model() {
        return Map.of("proposal", new Proposal("Un banc", 12), "items", List.of(1, 2, 3), "map", Map.of("key", "value"),
                "locale", "fr", "day", LocalDate.of(2027, 3, 4), "html", "<b>", "entries", Map.of("a", 1).entrySet());
    }

    private static String render(String source, Map<String, Object> model) throws Exception {
        return TemplateSandbox.render(engine(Map.of("page", source)).getTemplate("page"), model, LIMITS);
    }

    private static PebbleEngine engine(Map<String, String> templates) {
        MemoryLoader loader = new MemoryLoader();
        templates.forEach(loader::addTemplate);
        return TemplateSandbox.builder(LIMITS, Map.of()).loader(loader).autoEscaping(true).build();
    }
}
