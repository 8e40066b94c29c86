package org.communa.server.cluster;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.communa.server.system.SystemAdminAuthenticator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** System admins see the processes of the instance: which, what version, since when, their modules and jobs. */
@Path("api/system/cluster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system: cluster")
public class ClusterResource {

    @Inject SystemAdminAuthenticator admins;
    @Inject ClusterView view;
    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization;

    @GET
    @Operation(summary = "The server processes of the instance: name, member, version, start, module bundles and states, "
            + "jobs each one is running now; and which process answered")
    public JsonObject show() {
        admins.requireSystemAdmin(authorization);
        ClusterView.Snapshot snapshot = view.snapshot();
        JsonArrayBuilder processes = JSON.createArrayBuilder();
        for (ClusterView.Process process : snapshot.processes()) {
            processes.add(process.descriptor().json().add("runningJobs", process.runningJobs()));
        }
        JsonArrayBuilder differences = JSON.createArrayBuilder();
        snapshot.moduleDifferences().forEach(differences::add);
        return JSON.createObjectBuilder().add("clustered", snapshot.clustered()).add("answeredBy", snapshot.answeredBy())
                .add("processes", processes).add("dueJobs", snapshot.dueJobs()).add("moduleDifferences", differences).build();
    }

}
