package org.communa.server.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.ClassAccessException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.communa.server.modules.ModuleHost;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.web.sandbox.TemplateLimitExceeded;
import org.communa.server.web.sandbox.TemplateSandbox;

/**
 * One Pebble engine per theme, with its compiled templates. Engines are rebuilt after a few seconds, so
 * a theme edited on disk or a module upgraded shows on a next page load, while pages in between reuse
 * compiled templates.
 */
@ApplicationScoped
public class PageEngines {

    private static final long REFRESH_MILLIS = 5_000;
    private static final java.util.regex.Pattern UNKNOWN_NAME = java.util.regex.Pattern.compile(
            "^(Function or Macro|Filter|Test) \\[[^\\]]*\\] does not exist");
    private record Compiled(PebbleEngine engine, long createdAt) {
    }

    @Inject Themes themes;
    @Inject ModuleHost modules;
    @Inject CommunaSettings settings;
    private final Map<String, Compiled> engines = new ConcurrentHashMap<>();

    /** The theme's shared engine, without any organisation's own templates. */
    PebbleEngine forTheme(String theme) {
        return engine(theme, theme, Map.of());
    }

    /** The theme's shared engine, or one of the organisation's own when it overrides templates. */
    PebbleEngine forOrganisation(OrganisationView organisation) {
        Map<String, String> own = organisation.activeTemplates();
        if (own.isEmpty()) {
            return engine(organisation.theme(), organisation.theme(), Map.of());
        }
        String key = organisation.id() + "/" + organisation.theme() + "/" + own.hashCode();
        engines.keySet().removeIf(k -> k.startsWith(organisation.id() + "/") && !k.equals(key)); // its previous versions
        return engine(key, organisation.theme(), own);
    }

    private PebbleEngine engine(String key, String theme, Map<String, String> overrides) {
        long now = System.currentTimeMillis();
        return engines.compute(key, (name, compiled) -> compiled != null && now - compiled.createdAt() < REFRESH_MILLIS
                ? compiled : new Compiled(build(theme, overrides), now)).engine();
    }

    /**
     * Compiles a template an admin wrote, with its includes, as the organisation's pages would, and renders it once
     * with the layout's context but no page data, within the render limits; throws what Pebble finds, and {@link TemplateLimitExceeded} for a
     * template that is over a limit even without data (range(1, 20000000), strings doubled in a loop...).
     */
    void check(OrganisationView organisation, String name, String source, Map<String, Object> sampleContext) {
        Map<String, String> overrides = new java.util.HashMap<>(organisation.activeTemplates());
        overrides.put(name, source);
        var template = build(organisation.theme(), overrides).getTemplate(name);
        try {
            TemplateSandbox.render(template, sampleContext, settings.templateLimits());
        } catch (TemplateLimitExceeded e) {
            throw e;
        } catch (ClassAccessException e) {
            String method = e.getPebbleMessage().replaceAll("^.*access to (.*) method is denied.*$", "$1");
            throw new TemplateLimitExceeded("the template calls a method templates may not call: " + method + " (" + e.getFileName()
                    + ", line " + e.getLineNumber() + ")", "method", method, e.getFileName(), e.getLineNumber());
        } catch (PebbleException e) {
            if (UNKNOWN_NAME.matcher(String.valueOf(e.getMessage())).find()) {
                throw e; // a function, filter or test the sandbox does not offer: no data would make it work
            }
        } catch (Exception | StackOverflowError e) {
            // without the pages' data, a template may well fail where real pages would not: only limits count here
        }
    }

    /** Renders a template of this engine within the instance's render limits. */
    String render(PebbleEngine engine, String template, Map<String, Object> context) {
        try {
            return TemplateSandbox.render(engine.getTemplate(template), context, settings.templateLimits());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        TranslateFunction texts = new TranslateFunction(moduleTexts);
        Map<String, Function> functions = Map.of("t", texts, "refusal", new RefusalFunction(texts), "localised", new LocalisedFunction(),
                "langOf", new LangOfFunction(), "day", new DayFunction(), "barChart", new ChartFunction(BarChart::of),
                "columnChart", new ChartFunction(ColumnChart::of), "moment", new MomentFunction());
        return TemplateSandbox.builder(settings.templateLimits(), functions)
                .loader(new ThemeTemplateLoader(themes, theme, modules::template, overrides))
                .autoEscaping(true)
                .strictVariables(false)
                .newLineTrimming(true)
                .build();
    }
}
