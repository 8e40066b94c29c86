package org.communa.server.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import static org.communa.kernel.json.JsonFactory.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.communa.kernel.json.JsonFields;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.platform.CommunaSettings;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Participants' account API: sign-up, confirmation, sign-in and out, password reset, changes, deletion, data export. */
@Path("api/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants: account")
public class AccountResource {

    private static final JsonObject ACCEPTED = JSON.createObjectBuilder()
            .add("status", "accepted").add("detail", "if the address can receive it, an e-mail is on its way").build();

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject CommunaSettings settings;
    @Inject TenantTransactions transactions;
    @Inject SignUp signUp;
    @Inject ConfirmEmail confirmEmail;
    @Inject SignIn signIn;
    @Inject SignOut signOut;
    @Inject ResetPassword resetPassword;
    @Inject ChangeCredentials changeCredentials;
    @Inject DeleteAccount deleteAccount;
    @Inject ChangeProfile changeProfile;
    @Inject ExportMyData exportMyData;
    @Inject org.communa.server.http.RequestUrls urls;
    @Context UriInfo uri;
    @Context HttpServletRequest servletRequest;
    @Inject org.communa.server.http.ClientAddress clientAddress;
    @jakarta.ws.rs.HeaderParam("X-Forwarded-Proto") String forwardedProto;

    @POST
    @Path("sign-up")
    public Response signUp(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        signUp.signUp(organisation.tenant(), baseUrl(), JsonFields.requiredString(b, "email"),
                JsonFields.requiredString(b, "password"), JsonFields.requiredString(b, "displayName"),
                JsonFields.optionalString(b, "locale"), b.getBoolean("acceptTerms", false));
        return Response.accepted(ACCEPTED).build();
    }

    @POST
    @Path("confirm")
    public JsonObject confirm(JsonObject body) {
        confirmEmail.confirm(organisation.tenant(), JsonFields.requiredString(JsonFields.body(body), "token"));
        return JSON.createObjectBuilder().add("status", "confirmed").build();
    }

    @POST
    @Path("sign-in")
    public Response signIn(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        SignIn.Opened opened = signIn.signIn(organisation.tenant(), JsonFields.requiredString(b, "email"),
                JsonFields.requiredString(b, "password"), clientAddress.of(servletRequest));
        NewCookie cookie = SessionAuthentication.sessionCookie(opened.sessionSecret(), (int) opened.lifetime().toSeconds(), secure());
        return Response.ok(JSON.createObjectBuilder().add("csrfToken", opened.csrfToken()).build()).cookie(cookie).build();
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        signOut.signOut(organisation.tenant(), current);
        NewCookie expired = SessionAuthentication.expiredCookie(secure());
        return Response.noContent().cookie(expired).build();
    }

    @POST
    @Path("password-reset")
    public Response requestReset(JsonObject body) {
        resetPassword.request(organisation.tenant(), baseUrl(), JsonFields.requiredString(JsonFields.body(body), "email"));
        return Response.accepted(ACCEPTED).build();
    }

    @POST
    @Path("password-reset/confirm")
    public JsonObject reset(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        resetPassword.reset(organisation.tenant(), JsonFields.requiredString(b, "token"), JsonFields.requiredString(b, "password"));
        return JSON.createObjectBuilder().add("status", "password changed").build();
    }

    @GET
    public JsonObject me() {
        JsonObject data = exportMyData.export(organisation.tenant(), current);
        JsonArrayBuilder roles = JSON.createArrayBuilder();
        current.roles().forEach(r -> roles.add(r.name()));
        return JSON.createObjectBuilder(data.getJsonObject("account"))
                .add("roles", roles).add("csrfToken", current.csrfToken()).build();
    }

    @PUT
    @Path("password")
    public Response changePassword(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        changeCredentials.changePassword(organisation.tenant(), current, JsonFields.requiredString(b, "currentPassword"),
                JsonFields.requiredString(b, "newPassword"));
        return Response.noContent().build();
    }

    @PUT
    @Path("email")
    public Response changeEmail(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        changeCredentials.changeEmail(organisation.tenant(), baseUrl(), current,
                JsonFields.requiredString(b, "currentPassword"), JsonFields.requiredString(b, "newEmail"));
        return Response.accepted(ACCEPTED).build();
    }

    @PUT
    @Path("profile")
    public Response changeProfile(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        changeProfile.changeProfile(organisation.tenant(), current, JsonFields.requiredString(b, "displayName"),
                JsonFields.requiredString(b, "locale"));
        return Response.noContent().build();
    }

    @PUT
    @Path("contact")
    public Response chooseContact(JsonObject body) {
        JsonObject b = JsonFields.body(body);
        changeProfile.chooseContact(organisation.tenant(), current,
                EmailFrequency.parse(JsonFields.requiredString(b, "emailNotifications")), Boolean.TRUE.equals(JsonFields.optionalBoolean(b, "newsletter")));
        return Response.noContent().build();
    }

    /** A POST, not a DELETE: the password confirming the erasure travels in the body, which DELETE may not carry. */
    @POST
    @Path("deletion")
    public Response delete(JsonObject body) {
        deleteAccount.delete(organisation.tenant(), current, JsonFields.requiredString(JsonFields.body(body), "password"));
        return Response.noContent().build();
    }

    @GET
    @Path("data")
    public Response data() {
        return Response.ok(exportMyData.export(organisation.tenant(), current))
                .header("Content-Disposition", "attachment; filename=\"my-data.json\"").build();
    }

    private boolean secure() {
        return urls.secure();
    }

    private String baseUrl() {
        return urls.baseUrl();
    }
}
