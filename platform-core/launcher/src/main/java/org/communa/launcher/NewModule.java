package org.communa.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * `./communa new-module KEY [NAME] [--out DIR]`: a new module copied from modules/template (a real
 * module, built and tested with every build) with its key, package, class, table and bundle names
 * replaced. Without --out it lands in modules/KEY and joins this reactor; with --out it lands in DIR with
 * a pom of its own that builds against the published SDK and test kit alone, as a module author's would.
 */
final class NewModule {

    private static final Set<String> RESERVED = Set.of("api", "testkit", "template", "pages");

    private final Path home;
    private final String key;
    private final String name;
    private final Path outside;

    NewModule(Path home, String key, String name) {
        this(home, key, name, null);
    }

    /** outside: the folder of a module built on its own, or null for one inside this repository. */
    NewModule(Path home, String key, String name, Path outside) {
        if (key == null || !key.matches("[a-z][a-z0-9-]{0,40}") || key.endsWith("-")) {
            throw new LauncherException("a module key is lower-case letters, digits and dashes, starting with a letter "
                    + "(e.g. ideas-box); got: " + key);
        }
        if (RESERVED.contains(key)) {
            throw new LauncherException("the key " + key + " is taken by the platform");
        }
        this.home = home;
        this.key = key;
        this.name = name == null || name.isBlank() ? key : name.strip();
        this.outside = outside;
    }

    /** Writes the module and returns its folder. */
    Path create() {
        Path template = home.resolve("modules/template");
        Path target = outside != null ? outside : home.resolve("modules").resolve(key);
        if (!Files.isDirectory(template.resolve("src"))) {
            throw new LauncherException("the module template is missing at " + template);
        }
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new LauncherException(target + " already exists");
        }
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = template.relativize(file);
                if (relative.startsWith("target") || outside != null && relative.toString().equals("pom.xml")) {
                    continue;
                }
                Path destination = target.resolve(replace(relative.toString().replace('\\', '/')));
                Files.createDirectories(destination.getParent());
                Files.writeString(destination, replace(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
            if (outside != null) {
                Files.writeString(target.resolve("pom.xml"), new StandalonePom(key, name).text(), StandardCharsets.UTF_8);
            } else {
                addToReactor();
            }
        } catch (IOException e) {
            throw new LauncherException("cannot write the module " + key + ": " + e.getMessage(), e);
        }
        return target;
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The template's names and what they become, most specific first. */
    private Map<String, String> replacements() {
        String javaName = key.replace("-", "");
        String className = Stream.of(key.split("-")).map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1))
                .reduce("", String::concat);
        Map<String, String> names = new LinkedHashMap<>();
        names.put("org.communa.modules.template", "org.communa.modules." + javaName);
        names.put("org/communa/modules/template", "org/communa/modules/" + javaName);
        names.put("Communa module template (copy it with ./communa new-module)", "Communa module: " + name);
        names.put("communa-module-template", "communa-module-" + key);
        names.put("TemplateModule", className + "Module");
        names.put("template_items", key.replace('-', '_') + "_items");
        names.put("db/template", "db/" + key);
        // the message keys of its settings, in i18n/messages_LANG.properties, start with the module's key
        names.put("template.setting.", key + ".setting.");
        names.put("module(\"template\"", "module(\"" + key + "\"");
        for (String templateName : List.of("Modèle de module", "Module template", "Plantilla de mòdul", "Plantilla de módulo")) {
            names.put("\"" + templateName + "\"", "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        return names;
    }

    private String replace(String text) {
        String result = text;
        for (Map.Entry<String, String> name : replacements().entrySet()) {
            result = result.replace(name.getKey(), name.getValue());
        }
        return result;
    }

    private void addToReactor() throws IOException {
        Path pom = home.resolve("pom.xml");
        String reactor = Files.readString(pom, StandardCharsets.UTF_8);
        String anchor = "<module>modules/template</module>";
        if (!reactor.contains(anchor) || reactor.contains("<module>modules/" + key + "</module>")) {
            return;
        }
        Files.writeString(pom, reactor.replace(anchor, anchor + "\n    <module>modules/" + key + "</module>"), StandardCharsets.UTF_8);
    }
}
