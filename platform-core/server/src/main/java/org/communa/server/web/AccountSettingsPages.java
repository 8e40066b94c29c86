package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.ChangeCredentials;
import org.communa.server.accounts.ChangeProfile;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.DeleteAccount;
import org.communa.server.accounts.EmailFrequency;
import org.communa.server.accounts.ExportMyData;
import org.communa.server.accounts.SessionAuthentication;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.http.RequestUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The signed-in participant's account page: profile, notification and newsletter choices, password,
 * e-mail address, "download my data" and deletion. Each form posts to its own address and comes back
 * to the page with a notice, or with the refusal in the reader's language.
 */
// class path "" like AccountPages: a class at "account" would hide account/confirm and account/password-reset
@Path("")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AccountSettingsPages {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject PageRenderer pages;
    @Inject RequestUrls urls;
    @Inject ExportMyData exportMyData;
    @Inject ChangeCredentials changeCredentials;
    @Inject ChangeProfile changeProfile;
    @Inject DeleteAccount deleteAccount;
    @Inject org.communa.server.federation.FediverseIdentity fediverseIdentity;
    @Inject org.communa.server.verifications.Census census;
    @Inject org.communa.server.verifications.Verifications verifications;
    @Inject org.communa.server.representativeness.DemographicAttributes demographicAttributes;
    @Inject org.communa.server.representativeness.DeclareDemographics declareDemographics;

    @GET
    @Path("account")
    @Operation(hidden = true)
    public Response account(@QueryParam("done") String done) {
        if (!current.present()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        return accountPage(200, done == null ? null : "account." + done + ".done", null);
    }

    @POST
    @Path("account/profile")
    @Operation(hidden = true)
    public Response changeProfile(@FormParam("displayName") String displayName, @FormParam("locale") String locale) {
        return accountChange(() -> changeProfile.changeProfile(organisation.tenant(), current, FormFields.nonNull(displayName),
                FormFields.nonNull(locale)), "profile");
    }

    @POST
    @Path("account/contact")
    @Operation(hidden = true)
    public Response chooseContact(@FormParam("emailNotifications") String frequency, @FormParam("newsletter") String newsletter) {
        return accountChange(() -> changeProfile.chooseContact(organisation.tenant(), current,
                EmailFrequency.parse(FormFields.nonNull(frequency)), "yes".equals(newsletter)), "contact");
    }

    @POST
    @Path("account/demographics")
    @Operation(hidden = true)
    public Response declareDemographics(jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((field, given) -> {
            if (field.startsWith("attribute.") && !given.isEmpty()) {
                values.put(field.substring("attribute.".length()), given.get(0));
            }
        });
        return accountChange(() -> declareDemographics.declare(organisation.tenant(), current.id(),
                "yes".equals(FormFields.value(form, "consent")), values), "demographics");
    }

    @POST
    @Path("account/fediverse")
    @Operation(hidden = true)
    public Response chooseFediverseIdentity(@FormParam("public") String chosen) {
        return accountChange(() -> fediverseIdentity.choose(organisation.tenant(), current.id(), "yes".equals(chosen)), "fediverse");
    }

    @POST
    @Path("account/verifications/census")
    @Operation(hidden = true)
    public Response verifyByCensus(@FormParam("identifier") String identifier) {
        return accountChange(() -> census.verify(organisation.tenant(), current.id(), FormFields.nonNull(identifier)), "census");
    }

    @POST
    @Path("account/password")
    @Operation(hidden = true)
    public Response changePassword(@FormParam("currentPassword") String currentPassword, @FormParam("newPassword") String newPassword) {
        return accountChange(() -> changeCredentials.changePassword(organisation.tenant(), current, FormFields.nonNull(currentPassword),
                FormFields.nonNull(newPassword)), "password");
    }

    @POST
    @Path("account/email")
    @Operation(hidden = true)
    public Response changeEmail(@FormParam("currentPassword") String currentPassword, @FormParam("newEmail") String newEmail) {
        return accountChange(() -> changeCredentials.changeEmail(organisation.tenant(), urls.baseUrl(), current,
                FormFields.nonNull(currentPassword), FormFields.nonNull(newEmail)), "email");
    }

    @POST
    @Path("account/delete")
    @Operation(hidden = true)
    public Response delete(@FormParam("password") String password) {
        if (!current.present()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        try {
            deleteAccount.delete(organisation.tenant(), current, FormFields.nonNull(password));
        } catch (Problem refused) {
            return accountPage(refused.status(), null, pages.refusal(refused));
        }
        // a new request, so that the page that says goodbye no longer shows the deleted account's session
        return Response.seeOther(URI.create("/account/deleted")).cookie(SessionAuthentication.expiredCookie(urls.secure())).build();
    }

    @GET
    @Path("account/deleted")
    @Operation(hidden = true)
    public Response deleted() {
        return pages.page("pages/notice", Map.of("title", "account.deleted.title", "message", "account.deleted.message"));
    }

    private Response accountChange(Runnable change, String what) {
        if (!current.present()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        try {
            change.run();
            return Response.seeOther(URI.create("/account?done=" + what)).build();
        } catch (Problem refused) {
            return accountPage(refused.status(), null, pages.refusal(refused));
        }
    }

    private Response accountPage(int status, String notice, String problem) {
        JsonObject account = exportMyData.export(organisation.tenant(), current).getJsonObject("account");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("account", Map.of("email", account.getString("email", ""), "displayName", account.getString("displayName", ""),
                "locale", account.getString("locale"), "emailNotifications", account.getString("emailNotifications"),
                "newsletter", !"null".equals(account.getString("newsletterConsentAt")),
                "fediverse", fediverseIdentity.chosen(organisation.tenant(), current.id())));
        model.put("frequencies", List.of(EmailFrequency.values()).stream().map(Enum::name).toList());
        model.put("verifications", verifications.held(organisation.tenant(), current.id()).stream().sorted().toList());
        model.put("census", census.size(organisation.tenant()) > 0);
        model.put("demographicAttributes", demographicAttributes.all(organisation.tenant()));
        model.put("demographics", JsonModel.of(declareDemographics.declared(organisation.tenant(), current.id())));
        if (notice != null) {
            model.put("notice", notice);
        }
        if (problem != null) {
            model.put("problem", problem);
        }
        return pages.page(status, "pages/account", model);
    }
}
