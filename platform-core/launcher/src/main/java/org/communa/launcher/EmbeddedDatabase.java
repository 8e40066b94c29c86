package org.communa.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default database: a real PostgreSQL 15 (zonky's binaries) whose data lives under ./var/postgres,
 * so it survives restarts. PostgreSQL refuses to run as root; zonky then starts it inside a user
 * namespace as an unprivileged user, which needs `unshare` and user namespaces on the machine.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static boolean alreadyRunning(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static EmbeddedDatabase start(LauncherSettings settings) {
        int port = settings.embeddedDbPort();
        if (alreadyRunning(port)) {
            throw new LauncherException("port " + port + " is taken: is Communa already running? "
                    + "(set COMMUNA_EMBEDDED_DB_PORT to use another port)");
        }
        Path data = settings.varDirectory().resolve("postgres");
        Path binaries = settings.varDirectory().resolve("pg-binaries");
        try {
            Files.createDirectories(data);
            Files.createDirectories(binaries);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            return new EmbeddedDatabase(postgres, port);
        } catch (IOException | RuntimeException e) {
            throw new LauncherException(explain(e), e);
        }
    }

    private static String explain(Exception e) {
        String message = String.valueOf(e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            message = message + " / " + t.getMessage();
        }
        if (message.contains("cannot be run as root") || message.contains("unshare")) {
            return "the embedded PostgreSQL cannot start as root on this machine: it needs `unshare` (util-linux) "
                    + "and user namespaces (sysctl kernel.unprivileged_userns_clone=1), or run ./communa as a normal "
                    + "user, or point COMMUNA_DB_URL at an existing PostgreSQL. Cause: " + e.getMessage();
        }
        return "the embedded PostgreSQL did not start: " + message;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/communa";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("communa: the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
