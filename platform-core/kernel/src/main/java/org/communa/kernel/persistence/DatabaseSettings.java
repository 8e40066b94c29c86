package org.communa.kernel.persistence;

/**
 * How the instance reaches PostgreSQL. The admin account runs migrations and owns the tables; the
 * application and system roles are the two roles the server works with (see V1__core.sql).
 */
public record DatabaseSettings(
        String url,
        String adminUser,
        String adminPassword,
        String appRole,
        String appPassword,
        String systemRole,
        String systemPassword,
        int appPoolSize,
        int systemPoolSize,
        boolean createDatabase) {

    public DatabaseSettings {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException(
                    "communa.db.url must be a jdbc:postgresql:// URL, got: " + url);
        }
        requireIdentifier("communa.db.app-role", appRole);
        requireIdentifier("communa.db.system-role", systemRole);
        if (appRole.equals(systemRole) || appRole.equals(adminUser) || systemRole.equals(adminUser)) {
            throw new IllegalArgumentException(
                    "the admin user, the application role and the system role must be three distinct roles");
        }
    }

    private static void requireIdentifier(String key, String value) {
        if (value == null || !value.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException(key + " must be a lower-case SQL identifier, got: " + value);
        }
    }

    /** The database name at the end of the URL, without parameters. */
    public String databaseName() {
        String afterHost = url.substring("jdbc:postgresql://".length());
        String path = afterHost.substring(afterHost.indexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The same server's maintenance database, used to create ours when allowed. */
    public String maintenanceUrl() {
        String name = databaseName();
        int at = url.indexOf("/" + name);
        return url.substring(0, at) + "/postgres" + url.substring(at + 1 + name.length());
    }
}
