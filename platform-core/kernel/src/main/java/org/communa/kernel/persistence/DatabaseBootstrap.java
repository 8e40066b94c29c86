package org.communa.kernel.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * Brings a PostgreSQL database to the state the server needs, with the admin account: database and
 * roles created when allowed, migrations applied once, and the isolation guarantees checked. Any
 * failure stops start-up with a message that says what is missing.
 */
public final class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());
    private final DatabaseSettings settings;

    public DatabaseBootstrap(DatabaseSettings settings) {
        this.settings = settings;
    }

    /**
     * Key of the advisory lock the processes of an instance take while one of them prepares the database:
     * when several start together, one creates roles and migrates, the others wait and then find it done.
     */
    static final long PREPARATION_LOCK = 0x636f6d6d756e61L; // "communa"

    public void prepare(List<String> migrationLocations) {
        if (settings.createDatabase()) {
            createDatabaseIfMissing();
        }
        try (Connection admin = connectAsAdmin()) {
            AdvisoryLock.holding(admin, PREPARATION_LOCK, () -> {
                ensureRole(admin, settings.appRole(), settings.appPassword());
                ensureRole(admin, settings.systemRole(), settings.systemPassword());
                new ModuleGroups(settings.appRole()).ensure(admin);
                migrate(migrationLocations);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare database roles at " + settings.url() + ": " + e.getMessage(), e);
        }
        new IsolationGuard(settings).verify();
    }

    /**
     * Loads a plain pg_dump (made with --inserts) into a new database, then prepares it: the host's migrations
     * run from where the dump's history stops, as on an instance upgraded from that version. For tests of
     * upgrades on a dump of an older version; psql's own commands (lines starting with a backslash) are skipped.
     */
    public void restoreThenPrepare(String dump, List<String> migrationLocations) {
        createDatabaseIfMissing();
        try (Connection admin = connectAsAdmin()) {
            ensureRole(admin, settings.appRole(), settings.appPassword());
            ensureRole(admin, settings.systemRole(), settings.systemPassword());
            StringBuilder script = new StringBuilder();
            dump.lines().filter(line -> !line.startsWith("\\")).forEach(line -> script.append(line).append('\n'));
            try (Statement restore = admin.createStatement()) {
                restore.execute(script.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restore the dump into " + settings.url() + ": " + e.getMessage(), e);
        }
        prepare(migrationLocations);
    }

    private void migrate(List<String> locations) {
        Flyway.configure()
                .dataSource(AdminConnections.dataSource(settings.url(), settings.adminUser(), settings.adminPassword()))
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of("appRole", settings.appRole(), "systemRole", settings.systemRole()))
                .load()
                .migrate();
    }

    /**
     * Creates the database unless it exists. Processes starting together may all find it missing: the
     * ones that lose the race get duplicate_database, or a unique violation on pg_database when the
     * creations overlap, and go on once they see it there.
     */
    private void createDatabaseIfMissing() {
        try (Connection maintenance = AdminConnections.open(
                settings.maintenanceUrl(), settings.adminUser(), settings.adminPassword())) {
            if (databaseExists(maintenance)) {
                return;
            }
            try (Statement create = maintenance.createStatement()) {
                create.execute("create database \"" + settings.databaseName().replace("\"", "") + "\"");
                LOG.info("created database " + settings.databaseName());
            } catch (SQLException e) {
                if (!databaseExists(maintenance)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database " + settings.databaseName()
                    + " does not exist and cannot be created by " + settings.adminUser() + ": " + e.getMessage(), e);
        }
    }

    private boolean databaseExists(Connection maintenance) throws SQLException {
        try (PreparedStatement exists = maintenance.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, settings.databaseName());
            try (ResultSet rs = exists.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void ensureRole(Connection admin, String role, String password) throws SQLException {
        try (PreparedStatement exists = admin.prepareStatement(
                "select rolsuper or rolbypassrls from pg_roles where rolname = ?")) {
            exists.setString(1, role);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    if (rs.getBoolean(1)) {
                        throw new IllegalStateException("role " + role
                                + " is a superuser or bypasses row-level security: it must not, or isolation is void");
                    }
                    return;
                }
            }
        }
        try (Statement create = admin.createStatement()) {
            create.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole nobypassrls password "
                    + quoteLiteral(password));
            // the admin must be able to hand objects (the host-resolution function) to the system role
            create.execute("grant " + role + " to current_user");
            LOG.info("created database role " + role);
        } catch (SQLException e) {
            throw new IllegalStateException("role " + role + " does not exist and " + settings.adminUser()
                    + " may not create it (" + e.getMessage() + "): create it, or give the admin CREATEROLE", e);
        }
    }

    Connection connectAsAdmin() throws SQLException {
        return AdminConnections.open(settings.url(), settings.adminUser(), settings.adminPassword());
    }

    static String quoteLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** FROM and WHERE of a query over the tenant-owned tables (alias c): every table with a tenant_id column. */
    static final String TENANT_TABLES = """
             from pg_class c
             join pg_namespace n on n.oid = c.relnamespace
             join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
            where n.nspname = current_schema() and c.relkind in ('r', 'p')
            """;

    /** The names of every table that holds tenant rows, discovered from the schema. */
    public static List<String> tenantOwnedTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select c.relname" + TENANT_TABLES + "order by c.relname");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
