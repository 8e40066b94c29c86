package org.communa.server.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communa.server.modules.ModuleHost;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.platform.PlatformStarted;

/**
 * The processes of the instance as they describe themselves: each writes its descriptor in a map of the
 * data grid every few seconds, kept for three times as long, so that a process that died leaves the view
 * soon after. Alone, the view is this process.
 */
@ApplicationScoped
public class ClusterProcesses {

    static final String MAP = "communa.processes";
    private static final long EVERY_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ClusterProcesses.class.getName());

    @Inject Cluster cluster;
    @Inject ModuleHost modules;
    @Inject CommunaSettings settings;
    private final Instant startedAt = Instant.now();
    private ScheduledExecutorService writer;

    /** After the module host (priority 200), so that the first descriptor lists the modules. */
    void start(@Observes @jakarta.annotation.Priority(300) PlatformStarted started) {
        describeQuietly();
        writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "communa-cluster-descriptor");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::describeQuietly, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** Every process of the instance now in the cluster (not one that died a moment ago), by name. */
    public List<ProcessDescriptor> all() {
        List<ProcessDescriptor> all = new ArrayList<>();
        List<String> members = cluster.memberIds();
        cluster.sharedMap(MAP).ifPresentOrElse(map -> map.forEach((member, text) -> {
            if (members.contains(member)) {
                all.add(ProcessDescriptor.fromJson(text));
            }
        }), () -> all.add(describe()));
        all.sort(Comparator.comparing(ProcessDescriptor::name));
        return all;
    }

    private void describeQuietly() {
        try {
            cluster.sharedMap(MAP).ifPresent(map -> map.put(cluster.localId(), describe().toJson(),
                    3 * EVERY_SECONDS, TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot describe this process to the cluster", e);
        }
    }

    private ProcessDescriptor describe() {
        List<ProcessDescriptor.Module> bundles = modules.list().stream().map(m -> new ProcessDescriptor.Module(
                m.symbolicName(), m.version(), m.state(), m.moduleKey(), m.quarantined())).toList();
        return new ProcessDescriptor(settings.processName(), cluster.localId(), cluster.localAddress().orElse(""),
                version(), startedAt, Instant.now(), bundles);
    }

    /** The version this server was built as (communa-build.properties, written by the build), read once. */
    public static String version() {
        return BuildVersion.VALUE;
    }

    private static final class BuildVersion {
        static final String VALUE = read();

        private static String read() {
            try (InputStream in = ClusterProcesses.class.getResourceAsStream("/communa-build.properties")) {
                Properties build = new Properties();
                if (in != null) {
                    build.load(in);
                }
                return build.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }

    @PreDestroy
    void leave() {
        if (writer != null) {
            writer.shutdownNow();
        }
        try {
            cluster.sharedMap(MAP).ifPresent(map -> map.remove(cluster.localId()));
        } catch (RuntimeException leaving) {
            // the data grid may already be shutting down: the entry expires by itself
        }
    }
}
