package org.communa.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key the templates use exists in every language; a missing key fails the build. */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("\\bt\\('([a-z0-9_.]+)'\\s*[,)]");
    private static final Pattern PREFIX = Pattern.compile("\\bt\\('([a-z0-9_.]+\\.)'\\s*~");

    @Test
    void everyTemplateKeyExistsInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            collect(KEY.matcher(text), keys);
            collect(PREFIX.matcher(text), prefixes);
        }
        assertThat(keys).as("keys found in the templates").hasSizeGreaterThan(30);
        for (String language : Messages.LANGUAGES) {
            Properties bundle = Messages.bundle(language);
            List<String> missing = keys.stream().filter(k -> !bundle.containsKey(k)).toList();
            assertThat(missing).as("keys missing in messages_" + language + ".properties").isEmpty();
            for (String prefix : prefixes) {
                assertThat(bundle.stringPropertyNames()).as("keys starting with " + prefix + " in " + language)
                        .anyMatch(k -> k.startsWith(prefix));
            }
        }
    }

    @Test
    void everyLanguageHasEveryKeyOfTheFrenchReference() {
        Set<String> reference = Messages.bundle("fr").stringPropertyNames();
        for (String language : Messages.LANGUAGES) {
            assertThat(Messages.bundle(language).stringPropertyNames()).as("messages_" + language).containsAll(reference);
        }
    }

    @Test
    void argumentsAreFormattedInTheLanguage() {
        assertThat(Messages.text("fr", "phase.dates", "2026-02-01", "2026-03-15")).isEqualTo("du 2026-02-01 au 2026-03-15");
        assertThat(Messages.text("en", "no.such.key")).isEqualTo("??no.such.key??");
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<Path> templates() throws IOException {
        List<Path> templates = new ArrayList<>();
        for (Path root : List.of(Path.of("../../themes"), Path.of("../../modules"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".peb") && !f.toString().contains("/target/")).forEach(templates::add);
            }
        }
        return templates;
    }
}
