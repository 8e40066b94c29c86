package org.communa.modulehost.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import org.communa.modulehost.MigrationScript;
import org.osgi.framework.Bundle;

/** A module's migration scripts, read from inside its bundle (the folder its manifest names). */
public final class BundleScripts {

    private BundleScripts() {
    }

    public static List<MigrationScript> read(Bundle bundle, String location) {
        if (location == null) {
            return List.of();
        }
        Enumeration<URL> entries = bundle.findEntries(location, "*.sql", false);
        if (entries == null) {
            throw new IllegalStateException("the manifest names migrations in " + location + ", which the bundle does not contain");
        }
        List<MigrationScript> scripts = new ArrayList<>();
        for (URL entry : Collections.list(entries)) {
            String path = entry.getPath();
            try (InputStream in = entry.openStream()) {
                scripts.add(new MigrationScript(path.substring(path.lastIndexOf('/') + 1),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration " + path + ": " + e.getMessage(), e);
            }
        }
        scripts.sort(Comparator.comparing(MigrationScript::filename));
        return scripts;
    }
}
