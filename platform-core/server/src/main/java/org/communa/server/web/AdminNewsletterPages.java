package org.communa.server.web;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.http.Ids;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.newsletters.Audience;
import org.communa.server.newsletters.NewsletterContent;
import org.communa.server.newsletters.NewsletterQueries;
import org.communa.server.newsletters.SaveNewsletter;
import org.communa.server.newsletters.ScheduleNewsletter;
import org.communa.server.newsletters.SendTestNewsletter;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * /admin/newsletters: the list with each one's progress; a newsletter's page to write it (a subject and
 * an HTML body per language), choose its audience (with the count it reaches today), preview it, send it
 * to oneself, send it now or at a time in the organisation's zone, and follow or stop its sending.
 */
@Path("admin/newsletters")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AdminNewsletterPages {

    @Inject AdminGate gate;
    @Inject PageRenderer pages;
    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject AdminChoices choices;
    @Inject NewsletterQueries queries;
    @Inject SaveNewsletter save;
    @Inject ScheduleNewsletter schedule;
    @Inject SendTestNewsletter test;
    @Inject org.communa.server.newsletters.NewsletterImages images;

    @GET
    @Operation(hidden = true)
    public Response list() {
        return gate.asAdmin(() -> {
            List<Object> items = queries.list(organisation.tenant()).stream().map(JsonModel::of).toList();
            return pages.page("pages/admin/newsletters", Map.of("newsletters", items));
        });
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public Response blank() {
        return gate.asAdmin(() -> form(200, blankDraft(), null, null, null));
    }

    @POST
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> {
            try {
                UUID id = save.create(organisation.tenant(), current.id(), content(form), audience(form));
                return Response.seeOther(URI.create("/admin/newsletters/" + id + "?notice=saved")).build();
            } catch (Problem refused) {
                return form(refused.status(), submitted(form), null, pages.refusal(refused), null);
            }
        });
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public Response page(@PathParam("id") String id, @QueryParam("notice") String notice) {
        return gate.asAdmin(() -> form(200, queries.view(organisation.tenant(), Ids.inPath(id, "newsletter")),
                notice == null || !notice.matches("[a-z]{1,20}") ? null : "admin.newsletters.notice." + notice, null));
    }

    @POST
    @Path("{id}")
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> act(id, form, newsletter -> save.update(organisation.tenant(), newsletter, content(form),
                audience(form)), "saved"));
    }

    /** An image for the newsletter (multipart: the form's token travels in its address); the page then shows its HTML. */
    @POST
    @Path("{id}/image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response uploadImage(@PathParam("id") String id, @jakarta.ws.rs.FormParam("image") jakarta.ws.rs.core.EntityPart image) {
        return gate.asAdmin(() -> {
            UUID newsletter = Ids.inPath(id, "newsletter");
            try {
                String url = images.store(organisation.tenant(), image == null ? new byte[0] : image.getContent().readAllBytes());
                Map<String, Object> typed = new LinkedHashMap<>();
                typed.put("imageSnippet", "<img src=\"" + url + "\" alt=\"\">");
                return form(200, queries.view(organisation.tenant(), newsletter), "admin.newsletters.notice.image", null, typed);
            } catch (java.io.IOException e) {
                return form(400, queries.view(organisation.tenant(), newsletter), null, "the file could not be read: " + e.getMessage());
            } catch (Problem refused) {
                return form(refused.status(), queries.view(organisation.tenant(), newsletter), null, pages.refusal(refused));
            }
        });
    }

    @POST
    @Path("{id}/test")
    @Operation(hidden = true)
    public Response sendTest(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> act(id, form, newsletter -> test.send(organisation.tenant(), current.id(), newsletter,
                FormFields.value(form, "language")), "tested"));
    }

    @POST
    @Path("{id}/send")
    @Operation(hidden = true)
    public Response send(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> act(id, form, newsletter -> schedule.send(organisation.tenant(), newsletter,
                "later".equals(FormFields.value(form, "when")) ? at(FormFields.value(form, "at")) : null), "scheduled"));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(hidden = true)
    public Response cancel(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return gate.asAdmin(() -> act(id, form, newsletter -> schedule.cancel(organisation.tenant(), newsletter), "cancelled"));
    }

    /** Does one thing to a newsletter, then shows it with a notice, or with the refusal (and what was typed). */
    private Response act(String id, MultivaluedMap<String, String> form, java.util.function.Consumer<UUID> action, String notice) {
        UUID newsletter = Ids.inPath(id, "newsletter");
        try {
            action.accept(newsletter);
            return Response.seeOther(URI.create("/admin/newsletters/" + newsletter + "?notice=" + notice)).build();
        } catch (Problem refused) {
            JsonObject stored = queries.view(organisation.tenant(), newsletter);
            Map<String, Object> typed = form.containsKey("subject.fr") || form.containsKey("everyone") ? submitted(form) : null;
            return form(refused.status(), stored, null, pages.refusal(refused), typed);
        }
    }

    private Response form(int status, JsonObject newsletter, String notice, String problem) {
        return form(status, newsletter, notice, problem, null);
    }

    private Response form(int status, Object newsletter, String notice, String problem, Map<String, Object> typed) {
        Map<String, Object> model = new LinkedHashMap<>();
        Object view = newsletter instanceof JsonObject json ? JsonModel.of(json) : newsletter;
        if (typed != null && view instanceof Map<?, ?> stored) {
            Map<String, Object> merged = new LinkedHashMap<>();
            stored.forEach((k, v) -> merged.put(k.toString(), v));
            merged.putAll(typed);
            view = merged;
        }
        if (view != null) {
            model.put("newsletter", view);
        }
        model.putAll(choices.all());
        model.put("newsletterLanguages", pages.organisation().locales());
        if (notice != null) {
            model.put("notice", notice);
        }
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/admin/newsletter", model);
    }

    private static NewsletterContent content(MultivaluedMap<String, String> form) {
        return NewsletterContent.of(map(FormFields.translations(form, "subject")), map(FormFields.translations(form, "body")));
    }

    private static Audience audience(MultivaluedMap<String, String> form) {
        return Audience.fromJson(audienceJson(form));
    }

    /** The audience part of the form, shaped as the API's audience. */
    private static JsonObject audienceJson(MultivaluedMap<String, String> form) {
        return JSON.createObjectBuilder().add("everyone", "everyone".equals(FormFields.value(form, "everyone")))
                .add("followersOf", list(form, "followersOf")).add("scopes", list(form, "scopes"))
                .add("components", list(form, "components")).build();
    }

    /** A new newsletter's form: nothing written yet, for everyone who consented. */
    private static Map<String, Object> blankDraft() {
        Map<String, Object> blank = new LinkedHashMap<>();
        blank.put("state", "draft");
        blank.put("subject", Map.of());
        blank.put("body", Map.of());
        blank.put("audience", Map.of("everyone", true, "followersOf", List.of(), "scopes", List.of(), "components", List.of()));
        return blank;
    }

    /** What the admin typed, shaped like a stored newsletter, so that a refused form comes back as it was sent. */
    private static Map<String, Object> submitted(MultivaluedMap<String, String> form) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("subject", JsonModel.of(FormFields.translations(form, "subject")));
        typed.put("body", JsonModel.of(FormFields.translations(form, "body")));
        typed.put("audience", JsonModel.of(audienceJson(form)));
        typed.putIfAbsent("state", "draft");
        return typed;
    }

    private static JsonArrayBuilder list(MultivaluedMap<String, String> form, String field) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        List<String> given = form.get(field);
        if (given != null) {
            given.stream().filter(v -> v != null && !v.isBlank()).forEach(values::add);
        }
        return values;
    }

    private static Map<String, String> map(JsonObject translations) {
        Map<String, String> texts = new LinkedHashMap<>();
        translations.forEach((language, text) -> texts.put(language, ((jakarta.json.JsonString) text).getString()));
        return texts;
    }

    /** A datetime-local field, read in the organisation's time zone. */
    private OffsetDateTime at(String text) {
        try {
            String zone = pages.organisation().timeZone();
            return LocalDateTime.parse(text).atZone(ZoneId.of(zone == null ? "UTC" : zone)).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("choose the day and time to send it").explainedAs("admin.newsletters.problem.when");
        }
    }
}
