package org.communa.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the server WAR on Payara Micro as a child process, with the settings passed as environment
 * variables (MicroProfile Config reads them), and its output on the launcher's console.
 */
final class ServerProcess {

    private ServerProcess() {
    }

    static int run(LauncherSettings settings, Map<String, String> serverEnv) {
        if (!Files.isRegularFile(settings.war()) || !Files.isRegularFile(settings.payaraMicroJar())) {
            throw new LauncherException("the server is not built (" + settings.war() + "): run `mvn -DskipTests install` "
                    + "or let ./communa build it");
        }
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(), "-Xmx1g", "-jar", settings.payaraMicroJar().toString(),
                "--deploy", settings.war().toString(),
                "--port", String.valueOf(settings.httpPort()),
                "--maxhttpthreads", String.valueOf(settings.httpThreads()),
                "--nocluster", "--nohazelcast",
                "--prebootcommandfile", settings.prebootCommands().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(serverEnv);
        try {
            Process server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.destroy();
                try {
                    server.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            return server.waitFor();
        } catch (IOException e) {
            throw new LauncherException("cannot start Payara Micro: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static String javaExecutable() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
