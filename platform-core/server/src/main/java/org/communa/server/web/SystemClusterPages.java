package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.server.cluster.ClusterView;
import org.communa.server.cluster.ProcessDescriptor;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The cluster page of the system area: the processes, their versions and modules, what differs between them. */
@Path("system/cluster")
@RequestScoped
public class SystemClusterPages {

    @Inject SystemGate gate;
    @Inject ClusterView view;
    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization;

    @GET
    @Operation(hidden = true)
    public Response show() {
        return gate.asAdmin(authorization, admin -> {
            ClusterView.Snapshot snapshot = view.snapshot();
            List<Map<String, Object>> processes = new ArrayList<>();
            for (ClusterView.Process process : snapshot.processes()) {
                ProcessDescriptor p = process.descriptor();
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", p.name());
                item.put("address", p.address());
                item.put("version", p.version());
                item.put("startedAt", p.startedAt().toString());
                item.put("runningJobs", process.runningJobs());
                item.put("modules", p.modules().stream().map(m -> Map.of("name", m.symbolicName(), "version", m.version(),
                        "state", m.state(), "quarantined", m.quarantined())).toList());
                item.put("answering", p.name().equals(snapshot.answeredBy()));
                processes.add(item);
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("clustered", snapshot.clustered());
            model.put("processes", processes);
            model.put("dueJobs", snapshot.dueJobs());
            model.put("differences", snapshot.moduleDifferences());
            return gate.page(200, "pages/system/cluster", null, model);
        });
    }
}
