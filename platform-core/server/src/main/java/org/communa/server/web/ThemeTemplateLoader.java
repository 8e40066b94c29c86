package org.communa.server.web;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Finds a template for one organisation and theme: the organisation's own version, else the theme's,
 * then its parents', then the default theme's. Templates
 * named modules/KEY/NAME are looked up the same way first (so a theme can restyle a module), then in the
 * module's own bundle (templates/NAME.peb).
 */
final class ThemeTemplateLoader implements Loader<String> {

    private final Themes themes;
    private final String theme;
    /** A module's own template: (module key, template name) → source, if the module is there and has it. */
    private final BiFunction<String, String, Optional<String>> moduleTemplates;
    /** The organisation's own versions, which come before everything else. */
    private final java.util.Map<String, String> overrides;

    ThemeTemplateLoader(Themes themes, String theme, BiFunction<String, String, Optional<String>> moduleTemplates,
            java.util.Map<String, String> overrides) {
        this.themes = themes;
        this.theme = theme;
        this.moduleTemplates = moduleTemplates;
        this.overrides = overrides;
    }

    @Override
    public Reader getReader(String name) {
        return new StringReader(source(name).orElseThrow(() -> new LoaderException(null, "no template " + name
                + " in theme " + theme + " or the themes it extends")));
    }

    Optional<String> source(String name) {
        if (overrides.containsKey(name)) {
            return Optional.of(overrides.get(name));
        }
        Optional<String> fromTheme = themes.inherited(theme, "templates/" + name + ".peb")
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        if (fromTheme.isPresent() || !name.startsWith("modules/")) {
            return fromTheme;
        }
        String[] parts = name.split("/", 3);
        return parts.length == 3 ? moduleTemplates.apply(parts[1], parts[2]) : Optional.empty();
    }

    @Override
    public void setCharset(String charset) {
        // templates are UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // names are resolved against the theme
    }

    @Override
    public void setSuffix(String suffix) {
        // always .peb
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return source(templateName).isPresent();
    }
}
