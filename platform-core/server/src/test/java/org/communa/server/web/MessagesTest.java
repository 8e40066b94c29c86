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
        for (Path template : templates(Path.of("../../themes"))) {
            String text = Files.readString(template);
            collect(KEY.matcher(text), keys);
            collect(PREFIX.matcher(text), prefixes);
        }
        assertThat(keys).as("keys found in the templates").hasSizeGreaterThan(30);
        for (String language : Messages.LANGUAGES) {
            Properties bundle = Messages.bundle(language);
            List<String> missing = keys.stream().filter(k -> requiredIn(language, k) && !bundle.containsKey(k)).toList();
            assertThat(missing).as("keys missing in messages_" + language + ".properties").isEmpty();
            for (String prefix : prefixes.stream().filter(p -> requiredIn(language, p)).toList()) {
                assertThat(bundle.stringPropertyNames()).as("keys starting with " + prefix + " in " + language)
                        .anyMatch(k -> k.startsWith(prefix));
            }
        }
    }

    /** A module's templates use the platform's keys and its own, from its bundle's i18n/messages_LANG.properties. */
    @Test
    void everyModuleTemplateKeyExistsInEveryLanguage() throws IOException {
        try (Stream<Path> modules = Files.list(Path.of("../../modules"))) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/resources/templates"))).toList()) {
                Set<String> keys = new TreeSet<>();
                for (Path template : templates(module.resolve("src/main/resources/templates"))) {
                    collect(KEY.matcher(Files.readString(template)), keys);
                }
                for (String language : Messages.LANGUAGES) {
                    Properties own = new Properties();
                    Path file = module.resolve("src/main/resources/i18n/messages_" + language + ".properties");
                    if (Files.exists(file)) {
                        try (var reader = Files.newBufferedReader(file)) {
                            own.load(reader);
                        }
                    }
                    List<String> missing = keys.stream().filter(k -> requiredIn(language, k) && !own.containsKey(k)
                            && !Messages.bundle(language).containsKey(k)).toList();
                    assertThat(missing).as("keys of module " + module.getFileName() + " missing in " + language).isEmpty();
                }
            }
        }
    }

    /** Refusals a use case words for pages ({@code explainedAs("problem.x")}) must have that wording. */
    @Test
    void everyRefusalWordingExists() throws IOException {
        Pattern explained = Pattern.compile("explainedAs\\(\"([a-zA-Z0-9_.]+)\"");
        Set<String> keys = new TreeSet<>();
        for (String root : List.of("src/main/java", "../kernel/src/main/java")) { // modules word theirs in their own bundles
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    collect(explained.matcher(Files.readString(source)), keys);
                }
            }
        }
        assertThat(keys).as("refusals worded for pages").contains("problem.email", "problem.passwordShort");
        // a key built at run time ("problem.permission." + verdict) has wordings under its prefix
        assertThat(keys).allMatch(k -> k.endsWith(".") ? Messages.bundle("fr").stringPropertyNames().stream().anyMatch(n -> n.startsWith(k))
                : Messages.bundle("fr").containsKey(k), "has a French wording");
    }

    @Test
    void everyLanguageHasEveryKeyOfTheFrenchReference() {
        Set<String> reference = Messages.bundle("fr").stringPropertyNames();
        for (String language : Messages.LANGUAGES) {
            assertThat(Messages.bundle(language).stringPropertyNames()).as("messages_" + language)
                    .containsAll(reference.stream().filter(k -> requiredIn(language, k)).toList());
        }
    }

    /** Participant pages exist in the four languages; the admin areas (admin.*, system.*) in French and English. */
    private static boolean requiredIn(String language, String key) {
        return !(key.startsWith("admin.") || key.startsWith("system.") || key.contains(".admin.")) || language.equals("fr") || language.equals("en");
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

    private static List<Path> templates(Path root) throws IOException {
        List<Path> templates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".peb") && !f.toString().contains("/target/")).forEach(templates::add);
        }
        return templates;
    }
}
