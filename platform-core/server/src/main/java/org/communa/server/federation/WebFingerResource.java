package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.http.RequestOrganisation;
import org.communa.tenants.OrganisationSpec;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** WebFinger (RFC 7033): {@code acct:space@host} or an actor's URL leads to the actor's ActivityPub document. */
@Path(".well-known/webfinger")
@RequestScoped
@Tag(name = "federation")
public class WebFingerResource {

    @Inject RequestOrganisation organisation;
    @Inject LocalActors actors;
    @Inject Federation federation;
    @Inject FederationPolicies policies;

    @GET
    @Produces({"application/jrd+json", "application/json"})
    @Operation(summary = "Finds an actor of this organisation by acct: handle or URL")
    public Response find(@QueryParam("resource") String resource) {
        if (resource == null || resource.isBlank()) {
            throw Problem.badRequest("the resource parameter is required, e.g. acct:my-space@" + organisation.primaryHost());
        }
        TenantId tenant = organisation.tenant();
        if (!policies.of(tenant).enabled()) {
            throw Problem.notFound("this organisation does not federate");
        }
        String base = federation.base(tenant);
        LocalActor actor;
        if (resource.startsWith("acct:")) {
            String handle = resource.substring(5);
            int at = handle.lastIndexOf('@');
            if (at <= 0) {
                throw Problem.badRequest("an acct: resource is acct:name@host, got " + resource);
            }
            String host = OrganisationSpec.stripPort(handle.substring(at + 1).toLowerCase(Locale.ROOT));
            if (!host.equals(organisation.primaryHost())) {
                throw Problem.notFound("this server answers for @" + organisation.primaryHost() + " handles, not for " + host);
            }
            actor = actors.byUsername(tenant, handle.substring(0, at).toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> Problem.notFound("no actor named " + handle.substring(0, at) + " here"));
        } else if (resource.startsWith(base + "/actors/")) {
            actor = actors.byPath(tenant, resource.substring(base.length()))
                    .orElseThrow(() -> Problem.notFound("no actor at " + resource));
        } else {
            throw Problem.notFound("no actor is known as " + resource);
        }
        String id = base + actor.path();
        String domain = base.substring(base.indexOf("://") + 3);
        var json = JSON.createObjectBuilder().add("subject", "acct:" + actor.username() + "@" + domain)
                .add("aliases", JSON.createArrayBuilder().add(id).add(base + actor.htmlPath()))
                .add("links", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("rel", "self").add("type", Federation.ACTIVITY_JSON).add("href", id))
                        .add(JSON.createObjectBuilder().add("rel", "http://webfinger.net/rel/profile-page").add("type", "text/html")
                                .add("href", base + actor.htmlPath())))
                .build();
        return Response.ok(json.toString(), "application/jrd+json").header("Access-Control-Allow-Origin", "*").build();
    }
}
