package org.communa.server.modules;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;

/**
 * The module bundles of the instance as system admins decided them through the API, kept in the database
 * so that every process (and every restart) installs the same ones: by symbolic name, the jar and its
 * digest, or a mark that it was removed. Each decision is written in the audit log.
 */
@ApplicationScoped
public class ModuleRegistry {

    /** What the instance holds for one symbolic name (without the jar, which is read only when needed). */
    public record Entry(String symbolicName, String version, String sha256, boolean removed) {
    }

    @Inject SystemTransactions system;

    public List<Entry> entries() {
        return system.read(c -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "select symbolic_name, bundle_version, sha256, removed from module_bundles order by symbolic_name");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                }
            }
            return entries;
        });
    }

    public Optional<byte[]> content(String symbolicName) {
        return system.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "select content from module_bundles where symbolic_name = ? and not removed")) {
                q.setString(1, symbolicName);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** The bundle with this symbolic name is now this jar (installed or upgraded). */
    public void save(String admin, String symbolicName, String version, byte[] jar) {
        String digest = digest(jar);
        system.audited(new AuditEntry(admin, "module.saved", null, JSON.createObjectBuilder()
                .add("bundle", symbolicName).add("version", version).add("sha256", digest).build().toString()), c -> {
            try (PreparedStatement upsert = c.prepareStatement("insert into module_bundles (symbolic_name, bundle_version, content, "
                    + "sha256, removed, changed_by) values (?, ?, ?, ?, false, ?) on conflict (symbolic_name) do update set "
                    + "bundle_version = excluded.bundle_version, content = excluded.content, sha256 = excluded.sha256, "
                    + "removed = false, changed_by = excluded.changed_by, changed_at = now()")) {
                upsert.setString(1, symbolicName);
                upsert.setString(2, version);
                upsert.setBytes(3, jar);
                upsert.setString(4, digest);
                upsert.setString(5, admin);
                return upsert.executeUpdate();
            }
        });
    }

    /** The bundle with this symbolic name is gone from the instance, even where a modules directory holds it. */
    public void markRemoved(String admin, String symbolicName) {
        system.audited(new AuditEntry(admin, "module.removed", null, JSON.createObjectBuilder()
                .add("bundle", symbolicName).build().toString()), c -> {
            try (PreparedStatement upsert = c.prepareStatement("insert into module_bundles (symbolic_name, removed, changed_by) "
                    + "values (?, true, ?) on conflict (symbolic_name) do update set removed = true, content = null, "
                    + "sha256 = null, changed_by = excluded.changed_by, changed_at = now()")) {
                upsert.setString(1, symbolicName);
                upsert.setString(2, admin);
                return upsert.executeUpdate();
            }
        });
    }

    static String digest(byte[] jar) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jar));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
