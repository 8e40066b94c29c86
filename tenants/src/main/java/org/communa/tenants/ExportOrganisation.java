package org.communa.tenants;

import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;

/**
 * Writes one organisation as a zip archive: manifest.json (the organisation and the list of tables)
 * and tables/NAME.json (that table's rows of this organisation, as PostgreSQL renders them in JSON).
 * Every query filters on the organisation, so nothing of another tenant can enter the archive.
 */
public final class ExportOrganisation {

    public static final String FORMAT = "communa-organisation-export";
    public static final int VERSION = 1;
    private final SystemTransactions system;
    private final OrganisationRegistry registry;

    private final OrganisationFiles files;

    public ExportOrganisation(SystemTransactions system, OrganisationRegistry registry) {
        this(system, registry, OrganisationFiles.NONE);
    }

    public ExportOrganisation(SystemTransactions system, OrganisationRegistry registry, OrganisationFiles files) {
        this.system = system;
        this.registry = registry;
        this.files = files;
    }

    public void export(String actor, UUID organisation, OutputStream target) {
        Organisation org = registry.get(organisation);
        system.audited(new AuditEntry(actor, "organisation.export", organisation, "{}"), c -> {
            ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
            List<String> tables = TenantTables.exported(c);
            JsonArrayBuilder names = JSON.createArrayBuilder();
            for (String table : tables) {
                names.add(table);
                try (PreparedStatement rows = c.prepareStatement(
                        "select coalesce(json_agg(t), '[]'::json)::text from \"" + table + "\" t where tenant_id = ?")) {
                    rows.setObject(1, organisation);
                    try (ResultSet rs = rows.executeQuery()) {
                        rs.next();
                        write(zip, "tables/" + table + ".json", rs.getString(1));
                    }
                }
            }
            // the files kept outside the database (attachments), under files/, named as their rows are
            JsonArrayBuilder fileNames = JSON.createArrayBuilder();
            for (Map.Entry<String, Path> file : new TreeMap<>(files.list(organisation)).entrySet()) {
                fileNames.add(file.getKey());
                writeFile(zip, "files/" + file.getKey(), file.getValue());
            }
            JsonObject manifest = JSON.createObjectBuilder()
                    .add("format", FORMAT)
                    .add("version", VERSION)
                    .add("exportedAt", Instant.now().toString())
                    .add("organisation", OrganisationJson.toJson(org))
                    .add("tables", names)
                    .add("files", fileNames)
                    .build();
            write(zip, "manifest.json", manifest.toString());
            try {
                zip.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static void writeFile(ZipOutputStream zip, String name, Path file) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            Files.copy(file, zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " to the archive", e);
        }
    }

    private static void write(ZipOutputStream zip, String name, String content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
