package org.communa.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container stack's files checked without Docker (the machines here have no Compose plugin): every
 * COMMUNA_* variable the stack sets is a setting the server or its start script reads (a misspelt one
 * would be silently ignored), what the stack mounts and builds from exists, the start script turns the
 * environment into the Payara Micro command line operators expect, and HAProxy accepts its configuration.
 */
class DeploymentFilesTest {

    private static final Path DOCKER = Path.of("..", "..", "docker");
    private static final Pattern VARIABLE = Pattern.compile("COMMUNA_[A-Z0-9_]+");

    @Test
    void everySettingTheStackGivesIsOneTheServerOrItsStartScriptReads() throws IOException {
        Set<String> known = new TreeSet<>();
        for (var field : CommunaSettings.class.getDeclaredFields()) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            if (property != null) {
                known.add(property.name().replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT));
            }
        }
        Matcher ofScript = VARIABLE.matcher(Files.readString(DOCKER.resolve("communa-server")));
        while (ofScript.find()) {
            known.add(ofScript.group());
        }
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> service : services().entrySet()) {
            Object environment = service.getValue().get("environment");
            if (environment instanceof Map<?, ?> variables) {
                variables.keySet().stream().map(String::valueOf).filter(v -> v.startsWith("COMMUNA_") && !known.contains(v))
                        .forEach(v -> unknown.add(service.getKey() + ": " + v));
            }
        }
        assertThat(unknown).as("variables no one reads").isEmpty();
        assertThat(services()).containsKeys("db", "communa-1", "communa-2", "proxy", "communa-b");
    }

    @Test
    void whatTheStackBuildsAndMountsIsThere() throws IOException {
        assertThat(DOCKER.resolve("Dockerfile")).isRegularFile();
        assertThat(DOCKER.resolve("haproxy.cfg")).isRegularFile();
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(dockerfile).contains("platform-core/server/src/main/payara/preboot.txt").contains("docker/communa-server");
        assertThat(Path.of("src", "main", "payara", "preboot.txt")).isRegularFile();
        for (Map<String, Object> service : services().values()) {
            if (service.get("volumes") instanceof List<?> volumes) {
                for (Object volume : volumes) {
                    String source = String.valueOf(volume).split(":")[0];
                    if (source.startsWith(".")) {
                        assertThat(DOCKER.resolve(source)).as(String.valueOf(volume)).exists();
                    }
                }
            }
        }
    }

    @Test
    void theStartScriptMakesPayaraMicrosCommandLineFromTheEnvironment() throws Exception {
        Script clustered = script(Map.of("COMMUNA_CLUSTER", "members", "COMMUNA_CLUSTER_MEMBERS", "10.0.0.1:6900,10.0.0.2:6900",
                "COMMUNA_CLUSTER_NAME", "ville", "COMMUNA_HTTP_PORT", "9090"));
        assertThat(clustered.exit()).isZero();
        assertThat(clustered.output()).contains("-jar /opt/communa/payara-micro.jar --deploy /opt/communa/ROOT.war --port 9090")
                .contains("--clustermode tcpip:10.0.0.1:6900,10.0.0.2:6900 --clustername ville --startport 6900")
                .doesNotContain("--nocluster");
        Script alone = script(Map.of());
        assertThat(alone.output()).contains("--nocluster --nohazelcast --prebootcommandfile /opt/communa/preboot.txt");
        assertThat(script(Map.of("COMMUNA_CLUSTER", "multicast")).output()).contains("--clustermode multicast:224.2.2.4:2904");

        Script noMembers = script(Map.of("COMMUNA_CLUSTER", "members"));
        assertThat(noMembers.exit()).isEqualTo(2);
        assertThat(noMembers.output()).contains("needs COMMUNA_CLUSTER_MEMBERS");
        Script wrong = script(Map.of("COMMUNA_CLUSTER", "yes"));
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.output()).contains("off, members or multicast, not 'yes'");
    }

    @Test
    void composeAcceptsTheStack() throws Exception {
        // Debian's docker-compose (the Compose plugin is not packaged for Debian); both read the Compose specification
        // never skipped: ./communa test installs what the tests need
        assertThat(Path.of("/usr/bin/docker-compose")).as("docker-compose (./communa test installs it)").isExecutable();
        Process compose = new ProcessBuilder("/usr/bin/docker-compose", "-f", DOCKER.resolve("compose.yaml").toString(), "config", "-q")
                .redirectErrorStream(true).start();
        String output = new String(compose.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(compose.waitFor()).as(output).isZero();
    }

    @Test
    void haproxyAcceptsTheProxysConfiguration() throws Exception {
        assertThat(Path.of("/usr/sbin/haproxy")).as("HAProxy (./communa test installs it)").isExecutable();
        ProcessBuilder check = new ProcessBuilder("/usr/sbin/haproxy", "-c", "-f", DOCKER.resolve("haproxy.cfg").toString())
                .redirectErrorStream(true);
        check.environment().putAll(Map.of("PROXY_BIND", "127.0.0.1:8080", "SERVER_1", "communa-1:8080", "SERVER_2", "communa-2:8080"));
        Process haproxy = check.start();
        String output = new String(haproxy.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(haproxy.waitFor()).as(output).isZero();
    }

    private record Script(int exit, String output) {
    }

    /** Runs docker/communa-server with `echo` as java: what it prints is the command it would run. */
    private static Script script(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", DOCKER.resolve("communa-server").toString()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("COMMUNA_"));
        builder.environment().put("JAVA", "echo");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Script(process.waitFor(), output);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }
}
