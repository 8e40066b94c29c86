package org.communa.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.communa.kernel.persistence.SystemTransactions;

/**
 * The cluster as system admins see it: the processes and what each holds, the jobs each one is running
 * (db-scheduler's claims in the database), those waiting, and the module bundles whose version or state
 * is not the same on every process (a change still on its way, or a quarantine on one of them).
 */
@ApplicationScoped
public class ClusterView {

    public record Process(ProcessDescriptor descriptor, long runningJobs) {
    }

    public record Snapshot(boolean clustered, String answeredBy, List<Process> processes, long dueJobs,
            List<String> moduleDifferences) {
    }

    @Inject Cluster cluster;
    @Inject ClusterProcesses processes;
    @Inject SystemTransactions system;
    @Inject org.communa.server.platform.CommunaSettings settings;

    public Snapshot snapshot() {
        Map<String, Long> running = new HashMap<>();
        long due = system.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "select picked_by, count(*) from scheduled_tasks where picked group by picked_by");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    running.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (PreparedStatement q = c.prepareStatement(
                    "select count(*) from scheduled_tasks where not picked and execution_time <= now()");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<ProcessDescriptor> all = processes.all();
        List<Process> described = new ArrayList<>();
        for (ProcessDescriptor p : all) {
            described.add(new Process(p, running.getOrDefault(p.name(), 0L)));
        }
        return new Snapshot(cluster.clustered(), settings.processName(), described, due, moduleDifferences(all));
    }

    /** Bundles not held alike by every process: "name: p1 1.2.0 ACTIVE, p2 absent". */
    static List<String> moduleDifferences(List<ProcessDescriptor> all) {
        Set<String> names = new TreeSet<>();
        all.forEach(p -> p.modules().forEach(m -> names.add(m.symbolicName())));
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            List<String> states = new ArrayList<>();
            for (ProcessDescriptor p : all) {
                states.add(p.modules().stream().filter(m -> m.symbolicName().equals(name)).findFirst()
                        .map(m -> m.version() + " " + m.state() + (m.quarantined() ? " quarantined" : "")).orElse("absent"));
            }
            if (states.stream().distinct().count() > 1) {
                List<String> shown = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    shown.add(all.get(i).name() + " " + states.get(i));
                }
                differences.add(name + ": " + String.join(", ", shown));
            }
        }
        return differences;
    }
}
