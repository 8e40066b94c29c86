package org.communa.server.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.communa.server.modules.ModuleHost;

/**
 * One Pebble engine per theme, with its compiled templates. Engines are rebuilt after a few seconds, so
 * a theme edited on disk or a module upgraded shows on a next page load, while pages in between reuse
 * compiled templates.
 */
@ApplicationScoped
public class PageEngines {

    private static final long REFRESH_MILLIS = 5_000;
    private record Compiled(PebbleEngine engine, long createdAt) {
    }

    @Inject Themes themes;
    @Inject ModuleHost modules;
    private final Map<String, Compiled> engines = new ConcurrentHashMap<>();

    /** The theme's shared engine, without any organisation's own templates. */
    PebbleEngine forTheme(String theme) {
        return engine(theme, theme, Map.of());
    }

    /** The theme's shared engine, or one of the organisation's own when it overrides templates. */
    PebbleEngine forOrganisation(OrganisationView organisation) {
        if (organisation.templates().isEmpty()) {
            return engine(organisation.theme(), organisation.theme(), Map.of());
        }
        String key = organisation.id() + "/" + organisation.theme() + "/" + organisation.templates().hashCode();
        engines.keySet().removeIf(k -> k.startsWith(organisation.id() + "/") && !k.equals(key)); // its previous versions
        return engine(key, organisation.theme(), organisation.templates());
    }

    private PebbleEngine engine(String key, String theme, Map<String, String> overrides) {
        long now = System.currentTimeMillis();
        return engines.compute(key, (name, compiled) -> compiled != null && now - compiled.createdAt() < REFRESH_MILLIS
                ? compiled : new Compiled(build(theme, overrides), now)).engine();
    }

    /** Compiles a template an admin wrote, with its includes, as the organisation's pages would; throws what Pebble finds. */
    void check(OrganisationView organisation, String name, String source) {
        Map<String, String> overrides = new java.util.HashMap<>(organisation.templates());
        overrides.put(name, source);
        build(organisation.theme(), overrides).getTemplate(name);
    }

    /** Forgets compiled templates: a module came, went or changed. */
    public void forget() {
        engines.clear();
    }

    /** Modules' message bundles (i18n/messages_LANG.properties in their bundle), read again with the engines. */
    private final Map<String, java.util.Properties> moduleBundles = new ConcurrentHashMap<>();
    private final TranslateFunction.ModuleTexts moduleTexts = (module, language, key) ->
            moduleBundles.computeIfAbsent(module + "/" + language, k -> readModuleBundle(module, language)).getProperty(key);

    private java.util.Properties readModuleBundle(String module, String language) {
        java.util.Properties bundle = new java.util.Properties();
        modules.resource(module, "i18n/messages_" + language + ".properties").ifPresent(bytes -> {
            try {
                bundle.load(new java.io.StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return bundle;
    }

    private PebbleEngine build(String theme, Map<String, String> overrides) {
        moduleBundles.clear();
        return new PebbleEngine.Builder()
                .loader(new ThemeTemplateLoader(themes, theme, modules::template, overrides))
                .autoEscaping(true)
                .strictVariables(false)
                .newLineTrimming(true)
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Function> getFunctions() {
                        TranslateFunction texts = new TranslateFunction(moduleTexts);
                        return Map.of("t", texts, "refusal", new RefusalFunction(texts), "localised", new LocalisedFunction(),
                                "langOf", new LangOfFunction(), "day", new DayFunction(), "barChart", new ChartFunction(BarChart::of), "columnChart", new ChartFunction(ColumnChart::of), "moment", new MomentFunction());
                    }
                })
                .build();
    }
}
