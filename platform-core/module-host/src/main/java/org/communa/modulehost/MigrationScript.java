package org.communa.modulehost;

/** One SQL migration file of a module, as found in its bundle: e.g. V1__pages.sql and its text. */
public record MigrationScript(String filename, String sql) {

    public MigrationScript {
        if (!filename.matches("V\\d+(_\\d+)*__[A-Za-z0-9_]+\\.sql")) {
            throw new IllegalArgumentException("migration " + filename + " must be named V<version>__<description>.sql");
        }
    }
}
