package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communa.server.it.PlatformIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Participants join an organisation and manage their account, with real e-mail through GreenMail. */
class AccountsIT extends ServerIT {


    Http http;
    Scenario scenario;
    String host;

    @BeforeEach
    void organisation() {
        http = http();
        scenario = scenario();
        host = scenario.organisation("ville").getString("primaryHost");
    }

    private static JsonObject credentials(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("password", password).build();
    }

    @Test
    void signUpConfirmSignInAndOut() {
        String email = scenario.participant(host, "camille");
        jakarta.mail.internet.MimeMessage confirmation = Mailbox.await(email, "Confirmez");
        assertThat(Mailbox.body(confirmation)).contains("http://" + host + ":" + base.getPort() + "/account/confirm?token=")
                .as("the e-mail names the organisation whose site sent it").contains("— Organisation ville-");
        try {
            assertThat(confirmation.getSubject()).startsWith("Confirmez votre adresse · Organisation ville-");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }

        Scenario.Session session = scenario.signIn(host, email, Scenario.PASSWORD);
        assertThat(session.setCookie()).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        JsonObject me = session.call("GET", "api/account").send().json();
        assertThat(me.getString("email")).isEqualTo(email);
        assertThat(me.getString("displayName")).isEqualTo("camille");

        assertThat(session.call("POST", "api/account/sign-out").send().status()).isEqualTo(204);
        assertThat(session.call("GET", "api/account").send().status()).isEqualTo(401);
    }

    @Test
    void confirmationLinksAreSingleUseAndUnconfirmedAccountsCannotSignIn() {
        String email = "unconfirmed-" + Scenario.unique("p") + "@example.org";
        http.to(host, "POST", "api/account/sign-up").json(Json.createObjectBuilder(credentials(email, Scenario.PASSWORD))
                .add("displayName", "Dominique").add("acceptTerms", true).build()).send();
        String token = Mailbox.token(Mailbox.await(email, "Confirmez"));
        assertProblem(http.to(host, "POST", "api/account/sign-in").json(credentials(email, Scenario.PASSWORD)).send(), 403, "confirm");

        JsonObject confirm = Json.createObjectBuilder().add("token", token).build();
        assertThat(http.to(host, "POST", "api/account/confirm").json(confirm).send().status()).isEqualTo(200);
        assertProblem(http.to(host, "POST", "api/account/confirm").json(confirm).send(), 400, "already used");
        assertThat(http.to(host, "POST", "api/account/sign-in").json(credentials(email, Scenario.PASSWORD)).send().status()).isEqualTo(200);
    }

    @Test
    void answersDoNotRevealWhoHasAnAccount() {
        String known = scenario.participant(host, "known");
        String unknown = "nobody-" + Scenario.unique("x") + "@example.org";

        Http.Reply signUpKnown = http.to(host, "POST", "api/account/sign-up").json(Json.createObjectBuilder(
                credentials(known, "another password 1")).add("displayName", "x").add("acceptTerms", true).build()).send();
        Http.Reply signUpNew = http.to(host, "POST", "api/account/sign-up").json(Json.createObjectBuilder(
                credentials(unknown, "another password 1")).add("displayName", "x").add("acceptTerms", true).build()).send();
        assertThat(signUpKnown.status()).isEqualTo(signUpNew.status()).isEqualTo(202);
        assertThat(signUpKnown.body()).isEqualTo(signUpNew.body());
        assertThat(Mailbox.body(Mailbox.await(known, "déjà un compte"))).contains("/account/password-reset");

        Http.Reply wrongPassword = http.to(host, "POST", "api/account/sign-in").json(credentials(known, "wrong password!")).send();
        Http.Reply noAccount = http.to(host, "POST", "api/account/sign-in").json(credentials("ghost@example.org", "wrong password!")).send();
        assertThat(wrongPassword.status()).isEqualTo(noAccount.status()).isEqualTo(401);
        assertThat(wrongPassword.json().getString("detail")).isEqualTo(noAccount.json().getString("detail"));

        Http.Reply resetKnown = http.to(host, "POST", "api/account/password-reset").json(Json.createObjectBuilder().add("email", known).build()).send();
        Http.Reply resetUnknown = http.to(host, "POST", "api/account/password-reset").json(Json.createObjectBuilder().add("email", unknown).build()).send();
        assertThat(resetKnown.status()).isEqualTo(resetUnknown.status()).isEqualTo(202);
        assertThat(resetKnown.body()).isEqualTo(resetUnknown.body());
    }

    @Test
    void sameEmailInTwoOrganisationsIsTwoUnrelatedAccounts() {
        String email = scenario.participant(host, "double");
        String otherHost = scenario.organisation("autre").getString("primaryHost");
        assertProblem(http.to(otherHost, "POST", "api/account/sign-in").json(credentials(email, Scenario.PASSWORD)).send(), 401, null);
        http.to(otherHost, "POST", "api/account/sign-up").json(Json.createObjectBuilder(credentials(email, "a different password"))
                .add("displayName", "Other me").add("acceptTerms", true).build()).send();
        Mailbox.awaitCount(email, 2);
        Scenario.Session first = scenario.signIn(host, email, Scenario.PASSWORD);
        // the cookie of one organisation means nothing on another
        assertThat(http.to(otherHost, "GET", "api/account").header("Cookie", first.cookie()).send().status()).isEqualTo(401);
    }

    @Test
    void forgottenPasswordIsResetByEmailAndEndsSessions() {
        String email = scenario.participant(host, "oubli");
        Scenario.Session old = scenario.signIn(host, email, Scenario.PASSWORD);
        http.to(host, "POST", "api/account/password-reset").json(Json.createObjectBuilder().add("email", email).build()).send();
        String token = Mailbox.token(Mailbox.await(email, "Réinitialisez"));
        assertProblem(http.to(host, "POST", "api/account/password-reset/confirm")
                .json(Json.createObjectBuilder().add("token", token).add("password", "short").build()).send(), 400, "at least");
        assertThat(http.to(host, "POST", "api/account/password-reset/confirm")
                .json(Json.createObjectBuilder().add("token", token).add("password", "a brand new password").build()).send().status())
                .isEqualTo(200);
        assertThat(old.call("GET", "api/account").send().status()).isEqualTo(401);
        assertThat(http.to(host, "POST", "api/account/sign-in").json(credentials(email, Scenario.PASSWORD)).send().status()).isEqualTo(401);
        scenario.signIn(host, email, "a brand new password");
    }

    @Test
    void signedInParticipantChangesPasswordAndEmail() {
        String email = scenario.participant(host, "change");
        Scenario.Session session = scenario.signIn(host, email, Scenario.PASSWORD);
        assertProblem(session.call("PUT", "api/account/password").json(Json.createObjectBuilder()
                .add("currentPassword", "not my password").add("newPassword", "my next password").build()).send(), 403, "current password");
        assertThat(session.call("PUT", "api/account/password").json(Json.createObjectBuilder()
                .add("currentPassword", Scenario.PASSWORD).add("newPassword", "my next password").build()).send().status()).isEqualTo(204);

        String newEmail = "moved-" + Scenario.unique("m") + "@example.org";
        assertThat(session.call("PUT", "api/account/email").json(Json.createObjectBuilder()
                .add("currentPassword", "my next password").add("newEmail", newEmail).build()).send().status()).isEqualTo(202);
        assertThat(session.call("GET", "api/account").send().json().getString("email")).isEqualTo(email);
        String token = Mailbox.token(Mailbox.await(newEmail, "nouvelle adresse"));
        http.to(host, "POST", "api/account/confirm").json(Json.createObjectBuilder().add("token", token).build()).send();
        assertThat(session.call("GET", "api/account").send().json().getString("email")).isEqualTo(newEmail);
        scenario.signIn(host, newEmail, "my next password");
    }

    @Test
    void participantChangesProfileAndContactChoices() {
        String email = scenario.participant(host, "profile");
        Scenario.Session session = scenario.signIn(host, email, Scenario.PASSWORD);
        assertThat(session.call("GET", "api/account").send().json().getString("emailNotifications")).isEqualTo("daily");
        assertThat(session.call("PUT", "api/account/profile").json(Json.createObjectBuilder()
                .add("displayName", "Dominique").add("locale", "es").build()).send().status()).isEqualTo(204);
        assertThat(session.call("PUT", "api/account/contact").json(Json.createObjectBuilder()
                .add("emailNotifications", "immediate").add("newsletter", true).build()).send().status()).isEqualTo(204);
        JsonObject account = session.call("GET", "api/account").send().json();
        assertThat(account.getString("displayName")).isEqualTo("Dominique");
        assertThat(account.getString("locale")).isEqualTo("es");
        assertThat(account.getString("emailNotifications")).isEqualTo("immediate");
        String consent = account.getString("newsletterConsentAt");
        assertThat(consent).isNotEqualTo("null");
        // consent keeps its first date; withdrawing it erases it
        session.call("PUT", "api/account/contact").json(Json.createObjectBuilder()
                .add("emailNotifications", "weekly").add("newsletter", true).build()).send();
        assertThat(session.call("GET", "api/account").send().json().getString("newsletterConsentAt")).isEqualTo(consent);
        session.call("PUT", "api/account/contact").json(Json.createObjectBuilder().add("emailNotifications", "none").build()).send();
        assertThat(session.call("GET", "api/account").send().json().getString("newsletterConsentAt")).isEqualTo("null");

        assertProblem(session.call("PUT", "api/account/contact").json(Json.createObjectBuilder()
                .add("emailNotifications", "hourly").build()).send(), 400, "emailNotifications");
        assertProblem(session.call("PUT", "api/account/profile").json(Json.createObjectBuilder()
                .add("displayName", " ").add("locale", "fr").build()).send(), 400, "displayName");
        assertProblem(session.call("PUT", "api/account/profile").json(Json.createObjectBuilder()
                .add("displayName", "Dominique").add("locale", "de").build()).send(), 400, "locale");
        assertThat(session.call("GET", "api/account").send().json().getString("locale")).isEqualTo("es");
    }

    @Test
    void stateChangingCallsNeedTheCsrfToken() {
        Scenario.Session session = scenario.signIn(host, scenario.participant(host, "csrf"), Scenario.PASSWORD);
        assertProblem(session.withoutCsrf("POST", "api/account/sign-out").send(), 403, "X-CSRF-Token");
        assertThat(session.call("GET", "api/account").send().status()).isEqualTo(200);
    }

    @Test
    void repeatedFailuresAreThrottledUntilThePasswordIsReset() {
        String email = scenario.participant(host, "throttle");
        for (int i = 0; i < 5; i++) {
            assertThat(http.to(host, "POST", "api/account/sign-in").json(credentials(email, "guess number " + i)).send().status())
                    .isEqualTo(401);
        }
        Http.Reply blocked = http.to(host, "POST", "api/account/sign-in").json(credentials(email, Scenario.PASSWORD)).send();
        assertProblem(blocked, 429, "reset your password");
        // as the refusal says: a completed reset lifts the account's lockout
        http.to(host, "POST", "api/account/password-reset").json(Json.createObjectBuilder().add("email", email).build()).send();
        String token = Mailbox.token(Mailbox.await(email, "Réinitialisez"));
        assertThat(http.to(host, "POST", "api/account/password-reset/confirm")
                .json(Json.createObjectBuilder().add("token", token).add("password", "a brand new password").build()).send().status())
                .isEqualTo(200);
        scenario.signIn(host, email, "a brand new password");
    }

    @Test
    void participantDownloadsDataThenDeletesAccount() {
        JsonObject org = scenario.organisation("rgpd");
        String orgHost = org.getString("primaryHost");
        String component = Scenario.consultation(scenario.admin(org), "idees", "Idées");
        String email = scenario.participant(orgHost, "rgpd");
        Scenario.Session session = scenario.signIn(orgHost, email, Scenario.PASSWORD);
        String proposal = Scenario.created(session.call("POST", "api/spaces/idees/c/" + component + "/proposals").json(Json.createObjectBuilder()
                .add("title", "Des bancs à l'ombre").add("body", "Des bancs sous les arbres du mail, pour les aînés.").build()).send())
                .getString("id");
        Http.Reply data = session.call("GET", "api/account/data").send();
        assertThat(data.status()).isEqualTo(200);
        assertThat(data.json().getJsonObject("account").getString("email")).isEqualTo(email);
        // each module's part, read through the module's own contract (PersonalData), and the host's participation
        JsonObject proposals = data.json().getJsonObject("modules").getJsonArray("proposals").getJsonObject(0);
        assertThat(proposals.getString("id")).isEqualTo(proposal);
        assertThat(proposals.getString("state")).isEqualTo("draft");
        assertThat(data.json().getJsonObject("modules").getJsonObject("surveys").getJsonArray("answers")).isEmpty();
        assertThat(data.json().getJsonArray("supports")).isEmpty();

        assertProblem(session.call("POST", "api/account/deletion").json(Json.createObjectBuilder().add("password", "wrong one!!").build()).send(), 403, null);
        assertThat(session.call("POST", "api/account/deletion").json(Json.createObjectBuilder().add("password", Scenario.PASSWORD).build()).send().status())
                .isEqualTo(204);
        assertThat(session.call("GET", "api/account").send().status()).isEqualTo(401);
        assertThat(http.to(orgHost, "POST", "api/account/sign-in").json(credentials(email, Scenario.PASSWORD)).send().status()).isEqualTo(401);
    }

    @Test
    void badAccountInputIsRefusedWithProblemDetails() {
        assertProblem(http.to(host, "POST", "api/account/sign-up").raw("{", "application/json").send(), 400, null);
        assertProblem(http.to(host, "POST", "api/account/sign-up").json(Json.createObjectBuilder()
                .add("email", "not-an-email").add("password", Scenario.PASSWORD).add("displayName", "x").add("acceptTerms", true).build()).send(), 400, "email");
        assertProblem(http.to(host, "POST", "api/account/sign-up").json(Json.createObjectBuilder()
                .add("email", "a@example.org").add("password", 12345).add("displayName", "x").add("acceptTerms", true).build()).send(), 400, "password");
        assertProblem(http.to(host, "POST", "api/account/sign-up").json(Json.createObjectBuilder()
                .add("email", "a@example.org").add("password", "short").add("displayName", "x").add("acceptTerms", true).build()).send(), 400, "at least");
        assertProblem(http.to(host, "POST", "api/account/sign-up").json(Json.createObjectBuilder()
                .add("email", "a@example.org").add("password", Scenario.PASSWORD).add("displayName", "x").add("locale", "de").add("acceptTerms", true).build()).send(), 400, "locale");
        // without the person's acceptance of the terms, nothing is written and no e-mail leaves
        assertProblem(http.to(host, "POST", "api/account/sign-up").json(Json.createObjectBuilder()
                .add("email", "no-terms@example.org").add("password", Scenario.PASSWORD).add("displayName", "x").build()).send(), 400, "acceptTerms");
        assertThat(Mailbox.count("no-terms@example.org")).isZero();
        assertProblem(http.to(host, "POST", "api/account/confirm").json(Json.createObjectBuilder().add("token", "forged").build()).send(), 400, "invalid");
        assertProblem(http.to(host, "GET", "api/account").send(), 401, null);
    }
}
