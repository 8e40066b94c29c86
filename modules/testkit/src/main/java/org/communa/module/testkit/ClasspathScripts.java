package org.communa.module.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.communa.modulehost.MigrationScript;

/** A module's migration scripts read from its class path folder (classes directory or jar), as the host reads them from its bundle. */
final class ClasspathScripts {

    private ClasspathScripts() {
    }

    static List<MigrationScript> read(ClassLoader loader, String location) {
        if (location == null) {
            return List.of();
        }
        String folder = location.replaceAll("^/+|/+$", "");
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("the manifest names migrations in " + folder + ", which is not on the class path");
        }
        try {
            List<MigrationScript> scripts = "jar".equals(url.getProtocol()) ? fromJar(url, folder) : fromDirectory(Path.of(url.toURI()));
            scripts.sort((a, b) -> a.filename().compareTo(b.filename()));
            return scripts;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the migrations in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<MigrationScript> fromDirectory(Path directory) throws IOException {
        List<MigrationScript> scripts = new ArrayList<>();
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".sql"))::iterator) {
                scripts.add(new MigrationScript(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return scripts;
    }

    private static List<MigrationScript> fromJar(URL url, String folder) throws IOException {
        List<MigrationScript> scripts = new ArrayList<>();
        JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith(folder + "/") && name.endsWith(".sql") && name.indexOf('/', folder.length() + 1) < 0) {
                try (InputStream in = jar.getInputStream(entry)) {
                    scripts.add(new MigrationScript(name.substring(folder.length() + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return scripts;
    }
}
