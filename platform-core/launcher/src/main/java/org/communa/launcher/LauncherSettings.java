package org.communa.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * The launcher's settings, from the environment (the server reads the same names through
 * MicroProfile Config). Without COMMUNA_DB_URL the launcher runs its own embedded PostgreSQL.
 */
record LauncherSettings(Path home, Map<String, String> env) {

    static final int DEFAULT_EMBEDDED_DB_PORT = 54329;

    String get(String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    boolean externalDatabase() {
        return env.containsKey("COMMUNA_DB_URL") && !env.get("COMMUNA_DB_URL").isBlank();
    }

    int httpPort() {
        return number("COMMUNA_HTTP_PORT", 8080, 65535, "a port number");
    }

    /**
     * Threads serving HTTP requests. Requests mostly use the processor (the database is fast and near), so a
     * few per core keep every core busy; Payara's default of 200 lets dozens of requests share two cores
     * and makes each of them slow: at 64 connections on 2 cores, the proposals list's p99 went from
     * about 200 ms to under 60 ms with 12.
     */
    int httpThreads() {
        return number("COMMUNA_HTTP_THREADS", 6 * Runtime.getRuntime().availableProcessors(), 1000, "a number of threads");
    }

    private int number(String name, int fallback, int max, String what) {
        String text = get(name, String.valueOf(fallback));
        try {
            int value = Integer.parseInt(text);
            if (value < 1 || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new LauncherException(name + " must be " + what + " (1-" + max + "), got: " + text);
        }
    }

    int embeddedDbPort() {
        return Integer.parseInt(get("COMMUNA_EMBEDDED_DB_PORT", String.valueOf(DEFAULT_EMBEDDED_DB_PORT)));
    }

    Path varDirectory() {
        return home.resolve("var");
    }

    Path war() {
        return home.resolve("platform-core/server/target/ROOT.war");
    }

    Path payaraMicroJar() {
        return home.resolve("platform-core/server/target/payara-micro.jar");
    }

    Path prebootCommands() {
        return home.resolve("platform-core/server/src/main/payara/preboot.txt");
    }
}
