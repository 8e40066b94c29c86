package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.RequestOrganisation;
import org.communa.tenants.OrganisationRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** NodeInfo 2.1: what software this host runs and how much it holds, for fediverse directories and peers. */
@Path("")
@RequestScoped
@Tag(name = "federation")
public class NodeInfoResource {

    static final String SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/2.1";

    @Inject RequestOrganisation organisation;
    @Inject Federation federation;
    @Inject OrganisationRegistry registry;

    @GET
    @Path(".well-known/nodeinfo")
    @Produces("application/json")
    @Operation(summary = "Where this host's NodeInfo document is")
    public Response links() {
        String base = federation.base(organisation.tenant());
        return Response.ok(JSON.createObjectBuilder().add("links", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                .add("rel", SCHEMA).add("href", base + "/nodeinfo/2.1"))).build().toString(), "application/json").build();
    }

    @GET
    @Path("nodeinfo/2.1")
    @Produces("application/json")
    @Operation(summary = "NodeInfo 2.1 of this organisation's host")
    public Response nodeInfo() {
        TenantId tenant = organisation.tenant();
        var counts = federation.data(tenant).read(sql -> sql.first("select "
                + "(select count(*) from participants where remote_actor is null and deleted_at is null) as users, "
                + "(select count(*) from federation_objects where not deleted) as posts, "
                + "(select count(*) from comments where remote_id is null and deleted_at is null) as comments")).orElseThrow();
        var json = JSON.createObjectBuilder().add("version", "2.1")
                .add("software", JSON.createObjectBuilder().add("name", "communa").add("version", "0.1.0")
                        .add("repository", "https://github.com/communa/communa").add("homepage", "https://communa.org"))
                .add("protocols", JSON.createArrayBuilder().add("activitypub"))
                .add("services", JSON.createObjectBuilder().add("inbound", JSON.createArrayBuilder()).add("outbound", JSON.createArrayBuilder()))
                .add("openRegistrations", true)
                .add("usage", JSON.createObjectBuilder().add("users", JSON.createObjectBuilder().add("total", counts.integer("users")))
                        .add("localPosts", counts.integer("posts")).add("localComments", counts.integer("comments")))
                .add("metadata", JSON.createObjectBuilder().add("nodeName", registry.get(tenant.value()).spec().name()))
                .build();
        return Response.ok(json.toString(), "application/json; profile=\"" + SCHEMA + "#\"").build();
    }
}
