package org.communa.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communa.kernel.problem.Problem;
import org.communa.server.accounts.ConfirmEmail;
import org.communa.server.accounts.CurrentParticipant;
import org.communa.server.accounts.ResetPassword;
import org.communa.server.accounts.SessionAuthentication;
import org.communa.server.accounts.SignIn;
import org.communa.server.accounts.SignOut;
import org.communa.server.accounts.SignUp;
import org.communa.server.http.RequestOrganisation;
import org.communa.server.http.RequestUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages that open an account and a session: sign-up, e-mail confirmation, sign-in and out, password
 * reset. Plain forms, no JavaScript; the same use cases as the account API.
 */
@Path("")
@RequestScoped
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AccountPages {

    @Inject RequestOrganisation organisation;
    @Inject CurrentParticipant current;
    @Inject PageRenderer pages;
    @Inject RequestUrls urls;
    @Inject SignIn signIn;
    @Inject SignUp signUp;
    @Inject SignOut signOut;
    @Inject ConfirmEmail confirmEmail;
    @Inject ResetPassword resetPassword;
    @Inject HttpServletRequest request;
    @Inject org.communa.server.http.ClientAddress clientAddress;

    @GET
    @Path("sign-in")
    @Operation(hidden = true)
    public Response signInForm(@QueryParam("back") String back) {
        return pages.page("pages/sign-in", Map.of("back", localPath(back)));
    }

    /** Where to go back to after signing in: a path of this site only (never another site, whatever the link says). */
    static String localPath(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") && back.length() <= 500
                && back.chars().noneMatch(c -> c < 0x20) && !back.startsWith("/sign-in") ? back : "/";
    }

    @POST
    @Path("sign-in")
    @Operation(hidden = true)
    public Response signIn(@FormParam("email") String email, @FormParam("password") String password, @FormParam("back") String back) {
        try {
            SignIn.Opened opened = signIn.signIn(organisation.tenant(), FormFields.nonNull(email), FormFields.nonNull(password), clientAddress.of(request));
            NewCookie session = SessionAuthentication.sessionCookie(opened.sessionSecret(), (int) opened.lifetime().toSeconds(), urls.secure());
            return Response.seeOther(URI.create(localPath(back))).cookie(session).build();
        } catch (Problem refused) {
            String message = refused.status() == 429 ? "signin.throttled"
                    : refused.messageKey() != null ? refused.messageKey() : "signin.failed";
            int status = refused.status() == 429 || refused.status() == 403 ? refused.status() : 401;
            return pages.page(status, "pages/sign-in", Map.of("error", message, "email", FormFields.nonNull(email), "back", localPath(back)));
        }
    }

    @POST
    @Path("sign-out")
    @Operation(hidden = true)
    public Response signOut() {
        if (current.present()) {
            signOut.signOut(organisation.tenant(), current);
        }
        NewCookie expired = SessionAuthentication.expiredCookie(urls.secure());
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }

    @GET
    @Path("sign-up")
    @Operation(hidden = true)
    public Response signUpForm() {
        return pages.page("pages/sign-up", Map.of());
    }

    @POST
    @Path("sign-up")
    @Operation(hidden = true)
    public Response signUp(@FormParam("email") String email, @FormParam("password") String password,
            @FormParam("displayName") String displayName, @FormParam("acceptTerms") String acceptTerms) {
        try {
            signUp.signUp(organisation.tenant(), urls.baseUrl(), FormFields.nonNull(email), FormFields.nonNull(password), FormFields.nonNull(displayName), pages.locale(),
                    "yes".equals(acceptTerms));
            return pages.page("pages/notice", Map.of("title", "signup.sent.title", "message", "signup.sent.message"));
        } catch (Problem refused) {
            return pages.page(refused.status(), "pages/sign-up", Map.of("problem", pages.refusal(refused), "email", FormFields.nonNull(email),
                    "displayName", FormFields.nonNull(displayName)));
        }
    }

    @GET
    @Path("account/confirm")
    @Operation(hidden = true)
    public Response confirmForm(@QueryParam("token") String token) {
        // a page with a button: mail scanners that open links must not use up the single-use token
        return pages.page("pages/confirm", Map.of("token", FormFields.nonNull(token)));
    }

    @POST
    @Path("account/confirm")
    @Operation(hidden = true)
    public Response confirm(@FormParam("token") String token) {
        try {
            ConfirmEmail.Confirmed confirmed = confirmEmail.confirm(organisation.tenant(), FormFields.nonNull(token));
            if (!confirmed.newAccount() || confirmed.blocked()) {
                return pages.page("pages/notice", Map.of("title", "confirm.done.title", "message", "confirm.done.message",
                        "link", "/sign-in", "linkText", "nav.signin"));
            }
            // the link proved the address, as a password would: the new participant is signed in at once
            SignIn.Opened opened = signIn.open(organisation.tenant(), confirmed.participantId());
            NewCookie session = SessionAuthentication.sessionCookie(opened.sessionSecret(), (int) opened.lifetime().toSeconds(), urls.secure());
            return Response.seeOther(URI.create("/?welcome=1")).cookie(session).build();
        } catch (Problem refused) {
            return pages.page(refused.status(), "pages/notice", Map.of("title", "confirm.failed.title", "message",
                    "confirm.failed.message"));
        }
    }

    @GET
    @Path("account/password-reset")
    @Operation(hidden = true)
    public Response resetForm(@QueryParam("token") String token) {
        return pages.page("pages/password-reset", token == null ? Map.of() : Map.of("token", token));
    }

    @POST
    @Path("account/password-reset")
    @Operation(hidden = true)
    public Response reset(@FormParam("email") String email, @FormParam("token") String token,
            @FormParam("password") String password) {
        try {
            if (token == null || token.isBlank()) {
                resetPassword.request(organisation.tenant(), urls.baseUrl(), FormFields.nonNull(email));
                return pages.page("pages/notice", Map.of("title", "reset.sent.title", "message", "reset.sent.message"));
            }
            resetPassword.reset(organisation.tenant(), token, FormFields.nonNull(password));
            return pages.page("pages/notice", Map.of("title", "reset.done.title", "message", "reset.done.message",
                    "link", "/sign-in", "linkText", "nav.signin"));
        } catch (Problem refused) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("problem", pages.refusal(refused));
            if (token != null) {
                model.put("token", token);
            }
            return pages.page(refused.status(), "pages/password-reset", model);
        }
    }
}
