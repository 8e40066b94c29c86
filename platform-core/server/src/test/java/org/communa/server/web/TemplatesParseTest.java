package org.communa.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template of every theme and module parses, and names only filters the engine has: Pebble finds an
 * unknown filter only when it renders it (a proposals list's second page once answered 500 for {@code url_encode}).
 */
class TemplatesParseTest {

    /** "| name" inside {{ }} or {% %}: a filter (a lone "|" never appears otherwise in expressions). */
    private static final java.util.Set<String> FILTERS = new java.util.HashSet<>(
            new io.pebbletemplates.pebble.extension.core.CoreExtension().getFilters().keySet());
    static {
        FILTERS.addAll(new io.pebbletemplates.pebble.extension.escaper.EscaperExtension().getFilters().keySet());
    }
    private static final java.util.regex.Pattern FILTER = java.util.regex.Pattern.compile("\\|\\s*([a-z_][a-z0-9_]*)");

    @Test
    void everyTemplateParses() throws IOException {
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> themes = Files.list(Path.of("../../themes"))) {
            themes.map(t -> t.resolve("templates")).filter(Files::isDirectory).forEach(roots::add);
        }
        try (Stream<Path> modules = Files.list(Path.of("../../modules"))) {
            modules.map(m -> m.resolve("src/main/resources/templates")).filter(Files::isDirectory).forEach(roots::add);
        }
        List<String> broken = new ArrayList<>();
        int parsed = 0;
        for (Path root : roots) {
            FileLoader loader = new FileLoader();
            loader.setPrefix(root.toAbsolutePath().toString());
            PebbleEngine engine = new PebbleEngine.Builder().loader(loader).cacheActive(false).build();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path template : files.filter(f -> f.toString().endsWith(".peb")).toList()) {
                    try {
                        engine.getTemplate(root.relativize(template).toString());
                        parsed++;
                        java.util.regex.Matcher filter = FILTER.matcher(Files.readString(template));
                        while (filter.find()) {
                            if (!FILTERS.contains(filter.group(1))) {
                                broken.add(template + ": no filter " + filter.group(1));
                            }
                        }
                    } catch (RuntimeException e) {
                        broken.add(template + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(parsed).isGreaterThan(30);
    }
}
