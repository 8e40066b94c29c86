package org.communa.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./communa new-module` on a copy of the real template: the module it writes compiles and says who it is. */
class NewModuleTest {

    @TempDir Path home;

    @Test
    void writesAModuleThatCompilesUnderItsNewNames() throws Exception {
        copyTemplate();
        Path module = new NewModule(home, "ideas-box", "Boîte à idées").create();

        Path source = module.resolve("src/main/java/org/communa/modules/ideasbox/IdeasBoxModule.java");
        assertThat(source).exists();
        assertThat(module.resolve("src/test/java/org/communa/modules/ideasbox/IdeasBoxModuleTest.java")).exists();
        assertThat(Files.readString(module.resolve("src/main/resources/db/ideas-box/V1__items.sql")))
                .contains("create table ideas_box_items").contains("communa_protect('ideas_box_items')");
        assertThat(Files.readString(module.resolve("pom.xml"))).contains("<artifactId>communa-module-ideas-box</artifactId>")
                .contains("Bundle-SymbolicName: org.communa.modules.ideasbox");
        assertThat(Files.readString(home.resolve("pom.xml"))).contains("<module>modules/ideas-box</module>");
        try (Stream<Path> files = Files.walk(module)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain("TemplateModule", "template_items", "db/template", "\"template\"", "communa-module-template");
            }
        }

        Path classes = Files.createDirectories(home.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")));
        try (Stream<Path> sources = Files.walk(module.resolve("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> arguments.add(p.toString()));
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new))).isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            ParticipationModule created = (ParticipationModule) loader.loadClass("org.communa.modules.ideasbox.IdeasBoxModule")
                    .getDeclaredConstructor().newInstance();
            ModuleManifest manifest = created.manifest();
            assertThat(manifest.key()).isEqualTo("ideas-box");
            assertThat(manifest.names()).containsEntry("fr", "Boîte à idées");
            assertThat(manifest.migrationsLocation()).isEqualTo("db/ideas-box");
        }
    }

    @Test
    void writesAModuleOfItsOwnOutsideTheRepository() throws Exception {
        copyTemplate();
        Path outside = home.resolve("elsewhere/ideas-box");
        new NewModule(home, "ideas-box", "Boîte <à> idées", outside).create();

        String pom = Files.readString(outside.resolve("pom.xml"));
        assertThat(pom).doesNotContain("<parent>").doesNotContain("@")
                .contains("<artifactId>communa-module-ideas-box</artifactId>")
                .contains("<name>Communa module: Boîte &lt;à&gt; idées</name>")
                .contains("<communa.version>0.1.0-SNAPSHOT</communa.version>")
                .contains("<artifactId>communa-module-testkit</artifactId><version>${communa.version}</version>")
                .contains("Bundle-SymbolicName: org.communa.modules.ideasbox")
                .contains("<id>sign</id>");
        assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(outside.resolve("pom.xml").toFile()).getDocumentElement().getTagName()).isEqualTo("project");
        assertThat(outside.resolve("src/main/java/org/communa/modules/ideasbox/IdeasBoxModule.java")).exists();
        assertThat(Files.readString(home.resolve("pom.xml"))).doesNotContain("ideas-box");
        assertThatThrownBy(() -> new NewModule(home, "ideas-box", null, outside).create()).hasMessageContaining("already exists");
    }

    @Test
    void refusesBadKeysAndExistingModules() throws Exception {
        copyTemplate();
        assertThatThrownBy(() -> new NewModule(home, "Ideas Box", null)).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new NewModule(home, "pages", null)).hasMessageContaining("taken");
        new NewModule(home, "votes", null).create();
        assertThatThrownBy(() -> new NewModule(home, "votes", null).create()).hasMessageContaining("already exists");
    }

    private void copyTemplate() throws Exception {
        Path template = Path.of("../../modules/template").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !template.relativize(f).startsWith("target")).toList()) {
                Path copy = home.resolve("modules/template").resolve(template.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Files.writeString(home.resolve("pom.xml"), "<modules>\n    <module>modules/template</module>\n</modules>\n");
    }
}
