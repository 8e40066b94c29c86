package org.communa.server.cluster;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * What one server process tells the others about itself, for the cluster view: its name, data grid
 * member and address, the version it runs, since when, its module bundles and their states.
 */
public record ProcessDescriptor(String name, String member, String address, String version, Instant startedAt,
        Instant seenAt, List<Module> modules) {

    /** One module bundle as this process holds it. */
    public record Module(String symbolicName, String version, String state, String moduleKey, boolean quarantined) {
    }

    String toJson() {
        return json().build().toString();
    }

    /** The descriptor as the cluster's map keeps it and system admins read it. */
    public JsonObjectBuilder json() {
        JsonArrayBuilder bundles = JSON.createArrayBuilder();
        for (Module m : modules) {
            bundles.add(JSON.createObjectBuilder().add("symbolicName", m.symbolicName()).add("version", m.version())
                    .add("state", m.state()).add("module", m.moduleKey() == null ? "" : m.moduleKey())
                    .add("quarantined", m.quarantined()));
        }
        return JSON.createObjectBuilder().add("name", name).add("member", member).add("address", address)
                .add("version", version).add("startedAt", startedAt.toString()).add("seenAt", seenAt.toString())
                .add("modules", bundles);
    }

    static ProcessDescriptor fromJson(String text) {
        JsonObject json = JSON.createReader(new StringReader(text)).readObject();
        List<Module> modules = json.getJsonArray("modules").getValuesAs(JsonValue::asJsonObject).stream()
                .map(m -> new Module(m.getString("symbolicName"), m.getString("version"), m.getString("state"),
                        m.getString("module").isEmpty() ? null : m.getString("module"), m.getBoolean("quarantined")))
                .toList();
        return new ProcessDescriptor(json.getString("name"), json.getString("member"), json.getString("address"),
                json.getString("version"), Instant.parse(json.getString("startedAt")), Instant.parse(json.getString("seenAt")),
                modules);
    }
}
