package org.communa.server.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A whole Communa instance of its own, for the tests that need several servers or a server whose links
 * carry its real port (federation: other servers fetch the ids we publish). It runs the packaged WAR on
 * Payara Micro as operators do, on a free port, with its own database and roles, and otherwise the
 * failsafe environment (mail server, modules, bootstrap token).
 */
final class CommunaInstance implements AutoCloseable {

    /** The names the instances may take: their databases and roles are dropped before and after the run. */
    static final List<String> NAMES = List.of("a", "b", "c", "e", "h", "j", "r");
    /** How a process was started, so that it can be started again the same way, on the same port. */
    private record Launch(String instance, String processName, Map<String, String> clustering, Map<String, String> settings) {
    }

    private final String name;
    private final int port;
    private final Process process;
    private final Launch launch;
    private final Path log;

    private CommunaInstance(String name, int port, Process process, Launch launch, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.launch = launch;
        this.log = log;
    }

    static String database(String name) {
        return TestInfrastructure.DATABASE + "_" + name;
    }

    static List<String> roles(String name) {
        return List.of("communa_it_" + name + "_app", "communa_it_" + name + "_system");
    }

    /** Starts instance NAME and waits until it is ready (migrated, jobs running). */
    static CommunaInstance start(String name) throws IOException, InterruptedException {
        return start(name, Map.of());
    }

    /**
     * The data grid of a clustered instance on loopback: its name (so that it joins no other cluster) and
     * one port per process, each process listing all of them as the members to look for (no multicast).
     */
    record Grid(String clusterName, List<Integer> ports) {
        static Grid onLoopback(String clusterName, int processes) throws IOException {
            List<Integer> ports = new java.util.ArrayList<>();
            for (int i = 0; i < processes; i++) {
                ports.add(TestInfrastructure.freePort());
            }
            return new Grid(clusterName, ports);
        }

        /** The settings docker/communa-server turns into Payara Micro's clustering options. */
        Map<String, String> settings(int process) {
            return Map.of("COMMUNA_CLUSTER", "members", "COMMUNA_CLUSTER_NAME", clusterName,
                    "COMMUNA_CLUSTER_MEMBERS", String.join(",", ports.stream().map(p -> "127.0.0.1:" + p).toList()),
                    "COMMUNA_CLUSTER_PORT", String.valueOf(ports.get(process - 1)), "COMMUNA_CLUSTER_INTERFACES", "127.0.0.1");
        }
    }

    /** Starts instance NAME with these settings (environment variables) besides the usual ones. */
    static CommunaInstance start(String name, Map<String, String> settings) throws IOException, InterruptedException {
        return launch(new Launch(name, name, Map.of("COMMUNA_CLUSTER", "off"), settings), TestInfrastructure.freePort());
    }

    /**
     * Starts process number PROCESS (from 1) of clustered instance NAME: the processes share the instance's
     * database and files, and find each other in the grid. The process is called NAME + PROCESS.
     */
    static CommunaInstance startProcess(String name, Grid grid, int process, Map<String, String> settings)
            throws IOException, InterruptedException {
        return launch(new Launch(name, name + process, grid.settings(process), settings), TestInfrastructure.freePort());
    }

    /**
     * Stops this process (SIGTERM, as operators do) and starts it again on the same port with these
     * settings changed (another WAR: an upgrade).
     */
    CommunaInstance restarted(Map<String, String> changed) throws IOException, InterruptedException {
        close();
        Map<String, String> settings = new java.util.HashMap<>(launch.settings());
        settings.putAll(changed);
        return launch(new Launch(launch.instance(), launch.processName(), launch.clustering(), settings), port);
    }

    private static CommunaInstance launch(Launch launch, int port) throws IOException, InterruptedException {
        Path log = logFile(launch.processName());
        CommunaInstance instance = spawn(launch, port, log);
        instance.awaitReady(log);
        return instance;
    }

    /**
     * Starts instance NAME with these settings, which must keep it from starting, and returns what it
     * logged once it stopped by itself with status 1 (as supervisors expect of a process that cannot work).
     */
    static String startFailing(String name, Map<String, String> settings) throws IOException, InterruptedException {
        Path log = logFile(name + "-failing");
        CommunaInstance instance = spawn(new Launch(name, name, Map.of("COMMUNA_CLUSTER", "off"), settings), TestInfrastructure.freePort(), log);
        if (!instance.process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
            instance.close();
            throw new IllegalStateException("instance " + name + " did not stop within 3 minutes; see " + log.toAbsolutePath());
        }
        if (instance.process.exitValue() != 1) {
            throw new IllegalStateException("instance " + name + " stopped with status " + instance.process.exitValue()
                    + ", not 1; see " + log.toAbsolutePath());
        }
        return java.nio.file.Files.readString(log);
    }

    private static Path logFile(String label) {
        return Path.of("target", "instance-" + label + "-" + System.currentTimeMillis() + ".log");
    }

    private static CommunaInstance spawn(Launch launch, int port, Path log) throws IOException {
        String name = launch.instance();
        String processName = launch.processName();
        Map<String, String> settings = launch.settings();
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("instances are named " + NAMES);
        }
        // started as operators start a process: docker/communa-server, configured from the environment
        ProcessBuilder builder = new ProcessBuilder("sh", Path.of("..", "..", "docker", "communa-server").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("JAVA_OPTS", "-Xmx640m");
        env.put("COMMUNA_PAYARA_JAR", System.getProperty("payara.microJar"));
        env.put("COMMUNA_WAR", "target/ROOT.war");
        env.put("COMMUNA_PREBOOT", "src/main/payara/preboot.txt");
        env.put("COMMUNA_HTTP_PORT", String.valueOf(port));
        env.putAll(launch.clustering());
        env.put("COMMUNA_PROCESS_NAME", processName);
        env.put("COMMUNA_DB_URL", TestInfrastructure.adminUrl(database(name)));
        env.put("COMMUNA_DB_APP_ROLE", roles(name).get(0));
        env.put("COMMUNA_DB_SYSTEM_ROLE", roles(name).get(1));
        // the ids this instance publishes must be reachable by other servers: its real port, plain HTTP
        env.put("COMMUNA_LINKS_PORT", String.valueOf(port));
        env.put("COMMUNA_FILES_DIR", Path.of("target", "it-files-" + name).toAbsolutePath().toString());
        env.putAll(settings);
        return new CommunaInstance(processName, port, builder.start(), launch, log);
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        // plain HTTP/1.1 (no h2c upgrade) with a connect timeout: a probe sent while Payara's listener is up but the
        // application not yet deployed must time out and be tried again, never hang on a half-open exchange
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance " + name + " stopped while starting; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(URI.create(url() + "health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("instance " + name + " was not ready within 4 minutes; see " + log.toAbsolutePath());
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    int port() {
        return port;
    }

    Http http() {
        try {
            return new Http(new URL(url()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    /** The Java process serving (the start script replaces itself with it). */
    long pid() {
        return process.pid();
    }

    /** What the process has logged so far. */
    String log() throws IOException {
        return java.nio.file.Files.readString(log);
    }

    /** Kills the process outright (SIGKILL): no shutdown, whatever it was doing is cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Leaves nothing behind in PostgreSQL. */
    static void dropDatabases(java.sql.Statement admin) throws java.sql.SQLException {
        for (String name : NAMES) {
            admin.execute("drop database if exists " + database(name) + " with (force)");
            for (String role : roles(name)) {
                admin.execute("drop role if exists " + role);
            }
        }
    }
}
