package org.communa.server.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This process's view of the cluster: Payara Micro's Hazelcast member, found at {@code payara/Hazelcast},
 * or nothing when the process runs alone (Payara started with --nocluster, the default for one process).
 * Alone, messages go nowhere and the member list is this process: everything else works the same.
 * Messages are plain strings so that no class of ours has to be known to the data grid.
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    private HazelcastInstance grid;

    @PostConstruct
    void connect() {
        try {
            Object found = new InitialContext().lookup("payara/Hazelcast");
            if (found instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
                grid = instance;
                LOG.info("clustered: " + instance.getCluster().getMembers().size() + " process(es) in cluster "
                        + instance.getConfig().getClusterName());
            }
        } catch (NamingException | RuntimeException | LinkageError alone) {
            grid = null;
        }
        if (grid == null) {
            LOG.info("not clustered: this process runs alone");
        }
    }

    public boolean clustered() {
        return grid != null;
    }

    /** Tells the other processes (not this one) something on a topic. */
    public void publish(String topic, String message) {
        if (grid != null) {
            grid.<String>getTopic(topic).publish(message);
        }
    }

    /** Hears what the other processes publish on a topic; what this process publishes is not repeated to it. */
    public void subscribe(String topic, Consumer<String> listener) {
        if (grid == null) {
            return;
        }
        grid.<String>getTopic(topic).addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                listener.accept(message.getMessageObject());
            }
        });
    }

    /** The data grid member ids of the processes now in the cluster (this one alone: its own id, or "local"). */
    public List<String> memberIds() {
        if (grid == null) {
            return List.of(localId());
        }
        return grid.getCluster().getMembers().stream().map(m -> m.getUuid().toString()).toList();
    }

    public String localId() {
        return grid == null ? "local" : grid.getCluster().getLocalMember().getUuid().toString();
    }

    /** The address the data grid reaches this process at, when clustered. */
    public Optional<String> localAddress() {
        return Optional.ofNullable(grid).map(g -> g.getCluster().getLocalMember()).map(Member::getAddress).map(Object::toString);
    }

    /** A map shared by all processes, or empty when alone. */
    public Optional<IMap<String, String>> sharedMap(String name) {
        return Optional.ofNullable(grid).map(g -> g.getMap(name));
    }
}
