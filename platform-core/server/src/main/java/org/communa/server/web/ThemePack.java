package org.communa.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A theme: its names, the theme it extends, its colour tokens (CSS custom properties) and the fonts an
 * organisation may pick from, read from themes/NAME/theme.properties. Its templates and assets sit
 * beside that file; what it does not have comes from its parent, then from the default theme.
 */
public record ThemePack(String name, String parent, Map<String, String> names, Map<String, String> colours, List<String> fonts) {

    public static final String DEFAULT = "default";
    /** The font stacks themes may offer: served by the system, never fetched from elsewhere. */
    static final Map<String, String> FONT_STACKS = Map.of(
            "system", "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif",
            "humanist", "\"Gill Sans\", \"Gill Sans MT\", Calibri, \"Trebuchet MS\", sans-serif",
            "serif", "Georgia, Cambria, \"Times New Roman\", Times, serif",
            "rounded", "ui-rounded, \"Hiragino Maru Gothic ProN\", Quicksand, Comfortaa, Manjari, \"Arial Rounded MT\", sans-serif",
            "mono", "ui-monospace, \"Cascadia Code\", \"Source Code Pro\", Menlo, Consolas, monospace");

    static ThemePack read(String name, InputStream properties) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(properties, StandardCharsets.UTF_8));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> colours = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("name.")) {
                names.put(key.substring(5), p.getProperty(key));
            } else if (key.startsWith("color.")) {
                colours.put(key.substring(6), Colours.parse(name + " " + key, p.getProperty(key)));
            }
        }
        List<String> fonts = Stream.of(p.getProperty("fonts", "system").split(",")).map(String::strip)
                .filter(f -> !f.isEmpty()).toList();
        for (String font : fonts) {
            if (!FONT_STACKS.containsKey(font)) {
                throw new IllegalStateException("theme " + name + " offers unknown font " + font + "; fonts are " + FONT_STACKS.keySet());
            }
        }
        String parent = p.getProperty("parent", name.equals(DEFAULT) ? "" : DEFAULT).strip();
        return new ThemePack(name, parent.isEmpty() ? null : parent, names, colours, fonts);
    }
}
