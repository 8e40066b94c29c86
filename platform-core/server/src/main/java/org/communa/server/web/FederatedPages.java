package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.kernel.tenant.TenantId;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.federation.FederatedItem;
import org.communa.server.federation.FederatedItems;
import org.communa.server.federation.FediverseIdentity;
import org.communa.server.federation.ReplyToFederatedItem;
import org.communa.server.federation.Subscription;
import org.communa.server.federation.Subscriptions;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Federated consultations on the organisation's site: the spaces of other servers it follows, each item
 * labelled with its origin and a link to it, the replies, and forms to reply or support from here.
 */
@Path("federated")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class FederatedPages {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject PageRenderer pages;
    @Inject Subscriptions subscriptions;
    @Inject FederatedItems items;
    @Inject ReplyToFederatedItem replies;
    @Inject FediverseIdentity identity;

    @GET
    @Operation(hidden = true)
    public Response list() {
        var consultations = subscriptions.all(organisation.tenant()).stream().filter(Subscription::accepted)
                .map(s -> Map.<String, Object>of("id", s.id().toString(), "name", s.name() == null ? s.handle() : s.name(),
                        "origin", s.origin(), "summary", s.summary() == null ? "" : s.summary())).toList();
        return pages.page("pages/federated-list", Map.of("consultations", consultations, "section", "federated"));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public Response consultation(@PathParam("id") String id) {
        return consultationPage(200, id, null, null);
    }

    @POST
    @Path("{id}/reply")
    @Operation(hidden = true)
    public Response reply(@PathParam("id") String id, @FormParam("object") String object, @FormParam("body") String body) {
        return act(id, () -> replies.reply(organisation.tenant(), current.id(), FormFields.nonNull(object), FormFields.nonNull(body)), "replied");
    }

    @POST
    @Path("{id}/support")
    @Operation(hidden = true)
    public Response support(@PathParam("id") String id, @FormParam("object") String object) {
        return act(id, () -> replies.support(organisation.tenant(), current.id(), FormFields.nonNull(object)), "supported");
    }

    @POST
    @Path("{id}/identity")
    @Operation(hidden = true)
    public Response chooseIdentity(@PathParam("id") String id) {
        return act(id, () -> identity.choose(organisation.tenant(), current.id(), true), "identity");
    }

    private Response act(String id, Runnable action, String done) {
        if (!current.present()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        try {
            action.run();
            return Response.seeOther(URI.create("/federated/" + subscriptions.acceptedConsultation(organisation.tenant(), id).id() + "?done=" + done)).build();
        } catch (Problem refused) {
            return consultationPage(refused.status(), id, null, pages.refusal(refused));
        }
    }

    private Response consultationPage(int status, String id, String notice, String problem) {
        TenantId tenant = organisation.tenant();
        Subscription subscription = subscriptions.acceptedConsultation(organisation.tenant(), id);
        List<Map<String, Object>> list = items.of(tenant, subscription.id()).stream().map(item -> view(tenant, item)).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("consultation", Map.of("id", subscription.id().toString(), "name", subscription.name() == null ? subscription.handle()
                : subscription.name(), "origin", subscription.origin(), "handle", subscription.handle(),
                "url", subscription.url() == null ? subscription.remoteActor() : subscription.url(),
                "phase", subscription.phase() == null ? "" : subscription.phase()));
        model.put("items", list);
        model.put("section", "federated");
        model.put("identity", current.present() && identity.chosen(tenant, current.id()));
        if (problem != null) {
            model.put("problem", problem);
        }
        if (notice != null) {
            model.put("notice", notice);
        }
        return pages.page(status, "pages/federated", model);
    }

    private Map<String, Object> view(TenantId tenant, FederatedItem item) {
        List<Map<String, Object>> originReplies = item.replies().stream().map(reply -> Map.<String, Object>of(
                "content", reply.asJsonObject().getString("content", ""),
                "day", reply.asJsonObject().getString("published", "").length() >= 10
                        ? reply.asJsonObject().getString("published").substring(0, 10) : "")).toList();
        List<Map<String, Object>> fromHere = items.sentReplies(tenant, item.objectId()).stream().map(reply -> Map.<String, Object>of(
                "author", String.valueOf(reply.author()), "text", reply.text(), "day", reply.at().toLocalDate().toString())).toList();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", item.objectId());
        view.put("anchor", "item-" + UUID.nameUUIDFromBytes(item.objectId().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString().substring(0, 8));
        view.put("type", item.type());
        view.put("state", item.state() == null ? "" : item.state());
        view.put("name", item.name());
        view.put("content", item.content());
        view.put("url", item.url() == null ? item.objectId() : item.url());
        view.put("likes", item.likes());
        view.put("day", item.published() == null ? "" : item.published().toLocalDate().toString());
        view.put("replies", originReplies);
        view.put("fromHere", fromHere);
        return view;
    }
}
