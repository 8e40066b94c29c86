package org.communa.server.federation;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisation admins: the federation policy, and the spaces of other servers the organisation follows. */
@Path("api/admin/federation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: federation")
public class FederationAdminResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject Subscriptions subscriptions;
    @Inject FederationPolicies policies;

    @GET
    @Path("subscriptions")
    @Operation(summary = "The spaces of other servers this organisation follows, and whether they accepted")
    public JsonArray subscriptions() {
        current.require(Role.admin);
        var list = JSON.createArrayBuilder();
        subscriptions.all(organisation.tenant()).forEach(s -> list.add(json(s)));
        return list.build();
    }

    @POST
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow a space of another server by its handle (name@server); its items appear as a federated consultation")
    public Response subscribe(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        current.require(Role.admin);
        Subscription created = subscriptions.subscribe(organisation.tenant(), JsonFields.requiredString(b, "handle"));
        return created(json(created));
    }

    static Response created(JsonObject json) {
        return Response.status(201).entity(json).type(MediaType.APPLICATION_JSON).build();
    }

    @DELETE
    @Path("subscriptions/{id}")
    @Operation(summary = "Stop following (Undo is sent; the items kept here are removed)")
    public Response unsubscribe(@PathParam("id") String id) {
        current.require(Role.admin);
        UUID subscription;
        try {
            subscription = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound("no subscription " + id);
        }
        subscriptions.unsubscribe(organisation.tenant(), subscription);
        return Response.noContent().build();
    }

    @GET
    @Path("policy")
    @Operation(summary = "The organisation's federation policy")
    public JsonObject policy() {
        current.require(Role.admin);
        return json(policies.of(organisation.tenant()));
    }

    @PUT
    @Path("policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the federation policy: on/off, allowed and blocked domains, moderation of remote comments, "
            + "remote supports, authorised fetch, automatic acceptance of follows (fields left out keep their value)")
    public JsonObject changePolicy(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        current.require(Role.admin);
        FederationPolicies.Policy now = policies.of(organisation.tenant());
        FederationPolicies.Policy next = new FederationPolicies.Policy(flag(b, "enabled", now.enabled()),
                domains(b, "allowedDomains", now.allowedDomains()), domains(b, "blockedDomains", now.blockedDomains()),
                flag(b, "moderateRemoteComments", now.moderateRemoteComments()), flag(b, "remoteSupports", now.remoteSupports()),
                flag(b, "authorizedFetch", now.authorizedFetch()), flag(b, "autoAcceptFollows", now.autoAcceptFollows()));
        policies.change(organisation.tenant(), next);
        return json(next);
    }

    static JsonObject json(Subscription s) {
        return JSON.createObjectBuilder().add("id", s.id().toString()).add("handle", s.handle()).add("actor", s.remoteActor())
                .add("name", s.name() == null ? s.handle() : s.name()).add("origin", s.origin()).add("state", s.state())
                .add("phase", s.phase() == null ? "" : s.phase())
                .add("createdAt", s.createdAt().toString()).build();
    }

    private static JsonObject json(FederationPolicies.Policy p) {
        return JSON.createObjectBuilder().add("enabled", p.enabled()).add("allowedDomains", JSON.createArrayBuilder(p.allowedDomains()))
                .add("blockedDomains", JSON.createArrayBuilder(p.blockedDomains())).add("moderateRemoteComments", p.moderateRemoteComments())
                .add("remoteSupports", p.remoteSupports()).add("authorizedFetch", p.authorizedFetch())
                .add("autoAcceptFollows", p.autoAcceptFollows()).build();
    }

    private static boolean flag(JsonObject body, String name, boolean current) {
        Boolean given = JsonFields.optionalBoolean(body, name);
        return given == null ? current : given;
    }

    /** Domains as people write them: lower-cased, without scheme or path; a domain also covers its subdomains. */
    static List<String> domains(JsonObject body, String name, List<String> current) {
        if (!body.containsKey(name)) {
            return current;
        }
        if (!(body.get(name) instanceof JsonArray array)) {
            throw Problem.badRequest(name + " must be an array of domain names");
        }
        List<String> domains = new ArrayList<>();
        for (JsonValue value : array) {
            String domain = value instanceof JsonString text ? text.getString().strip().toLowerCase(Locale.ROOT) : "";
            if (!domain.matches("[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)*")) {
                throw Problem.badRequest(name + " holds something that is not a domain name: " + value);
            }
            domains.add(domain);
        }
        return List.copyOf(domains);
    }
}
