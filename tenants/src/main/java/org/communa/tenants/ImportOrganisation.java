package org.communa.tenants;

import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;
import org.communa.kernel.problem.Problem;

/**
 * Restores an export archive as a new organisation of this instance. Every row id gets a new value
 * and every reference to an old id is rewritten, so an archive can be imported next to its origin,
 * even twice. All of it lands in one transaction, or nothing does.
 */
public final class ImportOrganisation {

    private final SystemTransactions system;
    private final OrganisationRegistry registry;
    private final HostResolver hosts;

    private final ArchiveLimits limits;
    private final OrganisationFiles files;

    public ImportOrganisation(SystemTransactions system, OrganisationRegistry registry, HostResolver hosts) {
        this(system, registry, hosts, ArchiveLimits.DEFAULT, OrganisationFiles.NONE);
    }

    public ImportOrganisation(SystemTransactions system, OrganisationRegistry registry, HostResolver hosts, ArchiveLimits limits,
            OrganisationFiles files) {
        this.system = system;
        this.registry = registry;
        this.hosts = hosts;
        this.limits = limits;
        this.files = files;
    }

    /** Imports the archive; overrides (slug, hosts) replace the exported organisation's values. */
    public Organisation importArchive(String actor, InputStream archive, JsonObject overrides) {
        Map<String, byte[]> entries = readEntries(archive);
        JsonObject manifest = parseObject(text(entries, "manifest.json"), "manifest.json");
        if (!ExportOrganisation.FORMAT.equals(manifest.getString("format", null))
                || manifest.getInt("version", -1) != ExportOrganisation.VERSION) {
            throw Problem.badRequest("archive is not a Communa organisation export of version " + ExportOrganisation.VERSION);
        }
        JsonObjectBuilder merged = JSON.createObjectBuilder(manifest.getJsonObject("organisation"));
        overrides.forEach(merged::add);
        OrganisationSpec spec = OrganisationJson.specFrom(merged.build());
        UUID oldId = UUID.fromString(manifest.getJsonObject("organisation").getString("id"));
        UUID newId = UUID.randomUUID();

        Map<String, JsonArray> tables = new LinkedHashMap<>();
        for (JsonString name : manifest.getJsonArray("tables").getValuesAs(JsonString.class)) {
            String table = name.getString();
            JsonValue rows = parse(text(entries, "tables/" + table + ".json"), table);
            if (!(rows instanceof JsonArray array)) {
                throw Problem.badRequest("tables/" + table + ".json must be a JSON array");
            }
            tables.put(table, array);
        }
        Map<String, String> newIds = newIdentities(tables, oldId, newId);
        Map<String, byte[]> importedFiles = filesOf(entries, newIds);

        Organisation imported = system.audited(new AuditEntry(actor, "organisation.import", newId,
                "{\"from\":\"" + oldId + "\"}"), c -> {
            List<String> known = TenantTables.parentsFirst(c);
            for (String table : tables.keySet()) {
                if (!known.contains(table)) {
                    throw Problem.badRequest("archive holds table " + table + ", which this instance does not have "
                            + "(install the module that owns it first)");
                }
            }
            OrganisationRows.insert(c, newId, spec);
            TenantTables.deferConstraints(c);
            for (String table : known) {
                JsonArray rows = tables.get(table);
                if (rows == null || rows.isEmpty()) {
                    continue;
                }
                String columns = TenantTables.storedColumns(c, table);
                try (PreparedStatement insert = c.prepareStatement("insert into \"" + table + "\" (" + columns + ") select " + columns
                        + " from json_populate_recordset(null::\"" + table + "\", ?::json)")) {
                    insert.setString(1, remap(rows, newIds).toString());
                    insert.executeUpdate();
                }
            }
            return OrganisationRows.find(c, newId).orElseThrow();
        });
        // after the rows are committed: a file without its row would be named by nothing
        importedFiles.forEach((name, content) -> files.restore(newId, name, content));
        hosts.invalidate();
        return imported;
    }

    /**
     * The archive's files (files/KIND/ID), renamed with the new id of the row that describes each; a name of any
     * other shape, or naming no row of the archive, is refused before anything is written.
     */
    private Map<String, byte[]> filesOf(Map<String, byte[]> entries, Map<String, String> newIds) {
        Map<String, byte[]> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (!entry.getKey().startsWith("files/")) {
                continue;
            }
            String name = entry.getKey().substring("files/".length());
            if (!name.matches(OrganisationFiles.NAME)) {
                throw Problem.badRequest("archive entry " + entry.getKey() + " is not a file of an organisation export "
                        + "(files/KIND/ID, ID the id of its row)");
            }
            String kind = name.substring(0, name.indexOf('/'));
            if (!files.kinds().contains(kind)) {
                throw Problem.badRequest("archive entry " + entry.getKey() + " is a kind of file this instance does not keep");
            }
            String newRowId = newIds.get(name.substring(name.indexOf('/') + 1));
            if (newRowId == null) {
                throw Problem.badRequest("archive entry " + entry.getKey() + " belongs to no row of the archive");
            }
            renamed.put(kind + "/" + newRowId, entry.getValue());
        }
        return renamed;
    }

    private static String text(Map<String, byte[]> entries, String name) {
        byte[] content = entries.get(name);
        return content == null ? null : new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, String> newIdentities(Map<String, JsonArray> tables, UUID oldTenant, UUID newTenant) {
        Map<String, String> ids = new HashMap<>();
        ids.put(oldTenant.toString(), newTenant.toString());
        for (JsonArray rows : tables.values()) {
            for (JsonValue row : rows) {
                if (row instanceof JsonObject object && object.get("id") instanceof JsonString id) {
                    ids.putIfAbsent(id.getString(), UUID.randomUUID().toString());
                }
            }
        }
        return ids;
    }

    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * Rewrites every old id to its new one wherever it stands: primary and foreign keys, and inside JSON columns
     * and texts, keys included (a component's settings by phase id, a link "COMPONENT/meeting/ID"), which would
     * otherwise point at rows of the organisation exported, or at nothing.
     */
    static JsonArray remap(JsonArray rows, Map<String, String> newIds) {
        return remapped(rows, newIds).asJsonArray();
    }

    private static JsonValue remapped(JsonValue value, Map<String, String> newIds) {
        if (value instanceof JsonString text) {
            return JSON.createValue(remapped(text.getString(), newIds));
        }
        if (value instanceof JsonObject object) {
            JsonObjectBuilder copy = JSON.createObjectBuilder();
            object.forEach((key, inner) -> copy.add(remapped(key, newIds), remapped(inner, newIds)));
            return copy.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder copy = JSON.createArrayBuilder();
            array.forEach(inner -> copy.add(remapped(inner, newIds)));
            return copy.build();
        }
        return value;
    }

    private static String remapped(String text, Map<String, String> newIds) {
        if (text.length() < 36) {
            return text;
        }
        return UUID_TEXT.matcher(text).replaceAll(found -> java.util.regex.Matcher.quoteReplacement(
                newIds.getOrDefault(found.group(), found.group())));
    }

    private Map<String, byte[]> readEntries(InputStream archive) {
        Map<String, byte[]> entries = ArchiveEntries.read(archive, limits);
        if (!entries.containsKey("manifest.json")) {
            throw Problem.badRequest("archive has no manifest.json: is it a Communa organisation export?");
        }
        return entries;
    }

    private static JsonObject parseObject(String text, String name) {
        JsonValue value = parse(text, name);
        if (!(value instanceof JsonObject object)) {
            throw Problem.badRequest(name + " must be a JSON object");
        }
        return object;
    }

    private static JsonValue parse(String text, String name) {
        if (text == null) {
            throw Problem.badRequest("archive lacks " + name);
        }
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw Problem.badRequest(name + " is not valid JSON: " + e.getMessage());
        }
    }
}
