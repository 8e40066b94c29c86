package org.communa.server.analysis;

import static org.communa.kernel.json.JsonFactory.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.communa.kernel.json.JsonFields;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.Role;
import org.communa.server.http.RequestOrganisation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's own language model for drafting summaries: connect, see (never the key), disconnect. Off by default. */
@Path("api/admin/language-model")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation admin: contribution analysis")
public class LanguageModelResource {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject LanguageModel languageModel;

    @GET
    @Operation(summary = "Whether a language model is connected, and which (the key is never shown)")
    public JsonObject get() {
        current.require(Role.admin);
        return languageModel.settings(organisation.tenant()).map(s -> JSON.createObjectBuilder().add("connected", true)
                .add("endpoint", s.endpoint().toString()).add("model", s.model()).add("withKey", !s.apiKey().isEmpty()).build())
                .orElse(JSON.createObjectBuilder().add("connected", false).build());
    }

    @PUT
    @Operation(summary = "Connect an OpenAI-compatible endpoint: {endpoint: \"https://models.example/v1\", model, apiKey}")
    public JsonObject connect(JsonObject body) {
        current.require(Role.admin);
        JsonObject b = JsonFields.body(body);
        languageModel.connect(organisation.tenant(), JsonFields.requiredString(b, "endpoint"), JsonFields.optionalString(b, "model"),
                JsonFields.optionalString(b, "apiKey"));
        return get();
    }

    @DELETE
    @Operation(summary = "Disconnect it: nothing is sent to a language model any more")
    public Response disconnect() {
        current.require(Role.admin);
        languageModel.disconnect(organisation.tenant());
        return Response.noContent().build();
    }
}
