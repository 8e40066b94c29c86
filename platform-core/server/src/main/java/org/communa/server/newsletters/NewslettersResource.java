package org.communa.server.newsletters;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.Ids;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's newsletters, for its admins: write, count the audience, test, send now or later, follow the sending. */
@Path("api/admin/newsletters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: newsletters")
public class NewslettersResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject NewsletterQueries queries;
    @Inject SaveNewsletter save;
    @Inject ScheduleNewsletter schedule;
    @Inject SendTestNewsletter test;
    @Inject NewsletterImages images;

    @GET
    @Operation(summary = "The newsletters, newest first, with their progress")
    public JsonObject list() {
        current.require(Role.admin);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        queries.list(organisation.tenant()).forEach(items::add);
        return JSON.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Operation(summary = "Write a draft: {subject: {fr: …}, body: {fr: HTML}, audience: {everyone: true} or "
            + "{followersOf: [space ids], scopes: [scope ids], components: [component ids]}}")
    public Response create(JsonObject body) {
        UUID author = current.require(Role.admin);
        JsonObject b = JsonFields.body(body);
        UUID id = save.create(organisation.tenant(), author, NewsletterContent.fromJson(b), Audience.fromJson(audience(b)));
        return Response.status(201).entity(queries.view(organisation.tenant(), id)).build();
    }

    @POST
    @Path("audience")
    @Operation(summary = "How many participants an audience reaches today: {audience: {…}}")
    public JsonObject count(JsonObject body) {
        current.require(Role.admin);
        long recipients = queries.countRecipients(organisation.tenant(), Audience.fromJson(audience(JsonFields.body(body))));
        return JSON.createObjectBuilder().add("recipients", recipients).build();
    }

    @POST
    @Path("images")
    @Consumes({"image/png", "image/jpeg", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload an image (PNG, JPEG, WebP, 2 MB at most): answers its address, for <img src> in a newsletter")
    public Response upload(byte[] content) {
        current.require(Role.admin);
        String url = images.store(organisation.tenant(), content);
        return Response.status(201).entity(JSON.createObjectBuilder().add("url", url).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One newsletter with its progress (sent, failed, unknown, skipped, remaining)")
    public JsonObject get(@PathParam("id") String id) {
        current.require(Role.admin);
        return queries.view(organisation.tenant(), Ids.inPath(id, "newsletter"));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft")
    public JsonObject update(@PathParam("id") String id, JsonObject body) {
        current.require(Role.admin);
        JsonObject b = JsonFields.body(body);
        UUID newsletter = Ids.inPath(id, "newsletter");
        save.update(organisation.tenant(), newsletter, NewsletterContent.fromJson(b), Audience.fromJson(audience(b)));
        return queries.view(organisation.tenant(), newsletter);
    }

    @POST
    @Path("{id}/test")
    @Operation(summary = "Send the newsletter to yourself, marked as a test: {language: \"fr\"} (optional)")
    public Response sendTest(@PathParam("id") String id, JsonObject body) {
        UUID admin = current.require(Role.admin);
        String language = body == null ? null : JsonFields.optionalString(body, "language");
        String to = test.send(organisation.tenant(), admin, Ids.inPath(id, "newsletter"), language);
        return Response.accepted(JSON.createObjectBuilder().add("sentTo", to).build()).build();
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send now, or at a time: {at: \"2026-12-01T09:00:00+01:00\"} (optional)")
    public Response send(@PathParam("id") String id, JsonObject body) {
        current.require(Role.admin);
        UUID newsletter = Ids.inPath(id, "newsletter");
        schedule.send(organisation.tenant(), newsletter, at(body == null ? null : JsonFields.optionalString(body, "at")));
        return Response.accepted(queries.view(organisation.tenant(), newsletter)).build();
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "A scheduled newsletter goes back to draft; one being sent stops")
    public JsonObject cancel(@PathParam("id") String id) {
        current.require(Role.admin);
        UUID newsletter = Ids.inPath(id, "newsletter");
        schedule.cancel(organisation.tenant(), newsletter);
        return queries.view(organisation.tenant(), newsletter);
    }

    @GET
    @Path("{id}/preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The e-mail as participants will see it, in one language")
    public Response preview(@PathParam("id") String id, @QueryParam("language") String language) {
        current.require(Role.admin);
        return Response.ok(queries.preview(organisation.tenant(), Ids.inPath(id, "newsletter"), language))
                .header("Content-Security-Policy", NewsletterPreview.POLICY).build();
    }

    private static JsonObject audience(JsonObject body) {
        JsonValue value = body.get("audience");
        if (value != null && !(value instanceof JsonObject)) {
            throw Problem.badRequest("audience must be an object");
        }
        return (JsonObject) value;
    }

    static OffsetDateTime at(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("at must be a date and time with its offset, e.g. 2026-12-01T09:00:00+01:00; got: " + text);
        }
    }
}
