package org.communa.modulehost;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Gives Flyway a module's scripts as they were read from its bundle: bundles are not on the server's
 * class path, and Flyway's own scanning does not reach inside them.
 */
final class ScriptResources implements ResourceProvider {

    private final List<MigrationScript> scripts;

    ScriptResources(List<MigrationScript> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(s -> s.filename().equals(name)).findFirst().map(Resource::new).orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (MigrationScript script : scripts) {
            if (script.filename().startsWith(prefix) && Arrays.stream(suffixes).anyMatch(script.filename()::endsWith)) {
                found.add(new Resource(script));
            }
        }
        return found;
    }

    private static final class Resource extends LoadableResource {
        private final MigrationScript script;

        Resource(MigrationScript script) {
            this.script = script;
        }

        @Override public Reader read() { return new StringReader(script.sql()); }
        @Override public String getAbsolutePath() { return script.filename(); }
        @Override public String getAbsolutePathOnDisk() { return script.filename(); }
        @Override public String getFilename() { return script.filename(); }
        @Override public String getRelativePath() { return script.filename(); }
    }
}
