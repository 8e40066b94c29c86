package org.communa.server.modules;

import org.communa.modulehost.bundles.PublisherKey;
import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.SystemTransactions.AuditEntry;
import org.communa.kernel.problem.Problem;

/**
 * The publishers whose bundles this instance installs, kept in the database (all processes of an
 * instance share them). A deployment may also place PEM files in the trusted-publishers directory:
 * they are added at start, so an instance trusts its publishers before it installs its first module.
 */
@ApplicationScoped
public class TrustedPublishers {

    private static final Logger LOG = Logger.getLogger(TrustedPublishers.class.getName());
    @Inject SystemTransactions system;

    /** Trusted publishers' names by key fingerprint. */
    public Map<String, String> byFingerprint() {
        return system.read(connection -> {
            Map<String, String> trusted = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select fingerprint, name from trusted_publishers order by added_at");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    trusted.put(rs.getString(1), rs.getString(2));
                }
            }
            return trusted;
        });
    }

    public String add(String actor, String pem, String name) {
        PublisherKey key = PublisherKey.parse(pem, name == null || name.isBlank() ? null : name.strip());
        if (key.name().length() > 200) {
            throw Problem.badRequest("the publisher's name must be at most 200 characters");
        }
        return system.audited(new AuditEntry(actor, "publisher.trusted", null, JSON.createObjectBuilder()
                .add("fingerprint", key.fingerprint()).add("name", key.name()).build().toString()), connection -> {
                    try (PreparedStatement insert = connection.prepareStatement("insert into trusted_publishers "
                            + "(fingerprint, name, public_key, added_by) values (?, ?, ?, ?) on conflict (fingerprint) do nothing")) {
                        insert.setString(1, key.fingerprint());
                        insert.setString(2, key.name());
                        insert.setBytes(3, key.encoded());
                        insert.setString(4, actor);
                        insert.executeUpdate();
                    }
                    return key.fingerprint();
                });
    }

    public void remove(String actor, String fingerprint) {
        int removed = system.audited(new AuditEntry(actor, "publisher.distrusted", null, JSON.createObjectBuilder()
                .add("fingerprint", fingerprint).build().toString()), connection -> {
                    try (PreparedStatement delete = connection.prepareStatement("delete from trusted_publishers where fingerprint = ?")) {
                        delete.setString(1, fingerprint);
                        return delete.executeUpdate();
                    }
                });
        if (removed == 0) {
            throw Problem.notFound("no trusted publisher with fingerprint " + fingerprint);
        }
    }

    /** Adds the PEM files of the deployment's trusted-publishers directory; unreadable ones are reported, not fatal. */
    void importDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".pem"))::iterator) {
                try {
                    add("configuration", Files.readString(file), null);
                } catch (IOException | RuntimeException e) {
                    LOG.warning("trusted publisher file " + file + " was not read: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warning("cannot list the trusted publishers directory " + directory + ": " + e.getMessage());
        }
    }
}
