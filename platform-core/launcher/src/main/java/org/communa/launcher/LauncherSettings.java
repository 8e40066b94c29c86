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
        String port = get("COMMUNA_HTTP_PORT", "8080");
        try {
            int value = Integer.parseInt(port);
            if (value < 1 || value > 65535) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new LauncherException("COMMUNA_HTTP_PORT must be a port number (1-65535), got: " + port);
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
