package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communa.server.it.PlatformIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real browser (headless Chromium): a participant's journey on two organisations
 * dressed in different themes, keyboard only where it matters, axe-core on every main page, and the
 * protections every page has. Screenshots land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class WebIT extends ServerIT {

    private static Browser browser;

    /** An organisation with a published process (two phases, the second active) and a pages component with one page. */
    private record Site(String host, String componentUrl, String spaceId, String phaseId, Scenario.Session admin) {
    }

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser;
    }

    private Site site(String prefix, String theme) {
        Scenario scenario = scenario();
        JsonObject org = scenario.organisation(prefix, theme);
        Scenario.Session admin = scenario.admin(org);
        JsonObject space = Scenario.created(admin.call("POST", "api/admin/spaces").json(Json.createObjectBuilder()
                .add("kind", "process").add("slug", "budget").add("title", Json.createObjectBuilder()
                        .add("fr", "Budget participatif").add("en", "Participatory budget"))
                .add("description", Json.createObjectBuilder().add("fr", "Vos idées pour le quartier.").add("en", "Your ideas."))
                .add("published", true).build()).send());
        String spaceId = space.getString("id");
        Scenario.created(admin.call("POST", "api/admin/spaces/" + spaceId + "/phases").json(Json.createObjectBuilder()
                .add("title", Scenario.titled("Information")).add("startsOn", "2026-01-05").add("endsOn", "2026-01-31").build()).send());
        JsonObject ideas = Scenario.created(admin.call("POST", "api/admin/spaces/" + spaceId + "/phases")
                .json(Json.createObjectBuilder().add("title", Scenario.titled("Idées")).add("startsOn", "2026-02-01")
                        .add("endsOn", "2026-03-15").build()).send());
        admin.call("POST", "api/admin/spaces/" + spaceId + "/phases/" + ideas.getString("id") + "/activate").send();
        JsonObject component = Scenario.created(admin.call("POST", "api/admin/spaces/" + spaceId + "/components")
                .json(Json.createObjectBuilder().add("module", "pages").add("name", Json.createObjectBuilder()
                        .add("fr", "Informations").add("en", "Information")).add("published", true).build()).send());
        Scenario.created(admin.call("POST", "api/spaces/budget/c/" + component.getString("id") + "/pages")
                .json(Json.createObjectBuilder().add("slug", "reglement")
                        .add("title", Json.createObjectBuilder().add("fr", "Règlement").add("en", "Rules"))
                        .add("body", Json.createObjectBuilder().add("fr", "<h2>Qui peut participer ?</h2><p>Tout le monde.</p>")
                                .add("en", "<h2>Who may take part?</h2><p>Everyone.</p>")).build()).send());
        return new Site(org.getString("primaryHost"), "/processes/budget/c/" + component.getString("id"), spaceId, ideas.getString("id"),
                admin);
    }

    @Test
    void aParticipantFindsTheConsultationSignsUpAndSignsInWithTheKeyboard() {
        Site riviere = site("riviere-web", "riviere");
        Browser b = browser();
        b.open(riviere.host(), "/");
        assertThat(b.find("h1").getText()).startsWith("Organisation riviere-web");
        b.screenshot("riviere-home");
        b.submit(b.find("a[href='/processes/budget']"));
        assertThat(b.find("h1").getText()).isEqualTo("Budget participatif");
        assertThat(b.find(".phases li.active").getText()).contains("Idées").contains("1 février 2026").contains("étape en cours");
        b.screenshot("riviere-process");
        b.submit(b.driver().findElement(By.linkText("Informations")));
        b.submit(b.driver().findElement(By.linkText("Règlement")));
        assertThat(b.find(".rich-text h2").getText()).isEqualTo("Qui peut participer ?");
        b.screenshot("riviere-page");
        b.submit(b.driver().findElement(By.linkText("English")));
        assertThat(b.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(b.find(".rich-text h2").getText()).isEqualTo("Who may take part?");
        b.submit(b.driver().findElement(By.linkText("Français")));

        // sign up through the form, confirm through the e-mail's link
        String email = signUpThroughTheSite(b, riviere.host(), "Camille");

        // a wrong password is refused with a message; then sign in without the mouse
        b.open(riviere.host(), "/sign-in");
        b.find("#email").sendKeys(email);
        b.find("#password").sendKeys("not the password");
        b.submit(b.find("form.form button"));
        assertThat(b.find(".alert").getText()).contains("incorrect");
        b.open(riviere.host(), "/sign-in");
        tabUntil(b, "email");
        new Actions(b.driver()).sendKeys(email).sendKeys(Keys.TAB).sendKeys(Scenario.PASSWORD).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("Mon compte"));
        b.open(riviere.host(), "/account");
        assertThat(b.text()).contains(email).contains("Télécharger mes données");
        assertThat(b.find("#profile-name").getAttribute("value")).isEqualTo("Camille");
        b.screenshot("riviere-account");
        b.find("#password-current").sendKeys("wrong password!");
        b.find("#password-new").sendKeys("a brand new password");
        b.submit(b.find("form[action='/account/password'] button"));
        assertThat(b.find(".alert").getText()).contains("mot de passe actuel est incorrect");
        b.find("#password-current").sendKeys(Scenario.PASSWORD);
        b.find("#password-new").sendKeys("a brand new password");
        b.submit(b.find("form[action='/account/password'] button"));
        assertThat(b.find(".alert").getText()).contains("mot de passe est changé");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();

        // profile and contact choices; a refusal reads in French
        b.find("#profile-name").clear();
        b.find("#profile-name").sendKeys("   "); // passes the browser's "required", not the server's rule
        b.submit(b.find("form[action='/account/profile'] button"));
        assertThat(b.find(".alert").getText()).contains("Indiquez un nom d’affichage");
        b.find("#profile-name").clear();
        b.find("#profile-name").sendKeys("Camille D.");
        new Select(b.find("#profile-locale")).selectByValue("en");
        b.submit(b.find("form[action='/account/profile'] button"));
        assertThat(b.find(".alert").getText()).contains("profil est enregistré");
        assertThat(b.find("#profile-name").getAttribute("value")).isEqualTo("Camille D.");
        assertThat(b.find("#profile-locale option[selected]").getAttribute("value")).isEqualTo("en");
        b.find("input[name='emailNotifications'][value='weekly']").click();
        b.find("input[name='newsletter']").click();
        b.submit(b.find("form[action='/account/contact'] button"));
        assertThat(b.find(".alert").getText()).contains("choix de notification sont enregistrés");
        assertThat(b.find("input[name='emailNotifications'][value='weekly']").isSelected()).isTrue();
        assertThat(b.find("input[name='newsletter']").isSelected()).isTrue();

        b.submit(b.find(".site-header form button"));
        assertThat(b.driver().getPageSource()).contains("Se connecter").doesNotContain("Mon compte");

        // deleting the account erases it: the same credentials no longer open a session
        b.open(riviere.host(), "/sign-in");
        b.find("#email").sendKeys(email);
        b.find("#password").sendKeys("a brand new password");
        b.submit(b.find("form.form button"));
        b.open(riviere.host(), "/account");
        b.find("#delete-password").sendKeys("a brand new password");
        b.submit(b.find("form[action='/account/delete'] button"));
        assertThat(b.find("h1").getText()).isEqualTo("Votre compte est supprimé");
        assertThat(b.driver().getPageSource()).contains("Se connecter");
        b.open(riviere.host(), "/sign-in");
        b.find("#email").sendKeys(email);
        b.find("#password").sendKeys("a brand new password");
        b.submit(b.find("form.form button"));
        assertThat(b.find(".alert").getText()).contains("incorrect");
    }

    @Test
    void eachOrganisationShowsInItsOwnThemeAndLanguages() {
        Site riviere = site("riviere-look", "riviere");
        Site campus = site("campus-look", "campus");
        Browser b = browser();
        b.open(riviere.host(), "/processes/budget");
        String riviereHeader = b.find(".site-header").getCssValue("background-color");
        b.open(campus.host(), "/processes/budget?lang=ca");
        b.screenshot("campus-process-ca");
        String campusHeader = b.find(".site-header").getCssValue("background-color");
        assertThat(riviereHeader).isEqualTo("rgba(3, 94, 123, 1)");
        assertThat(campusHeader).isEqualTo("rgba(109, 40, 217, 1)");
        assertThat(b.find("html").getAttribute("lang")).isEqualTo("ca");
        assertThat(b.find(".site-footer").getText()).contains("Vida estudiantil"); // the campus theme's own footer template
        b.open(campus.host(), "/?lang=es");
        assertThat(b.find(".hero .lead").getText()).contains("Propón, debate, vota");
    }

    @Test
    void mainPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        Site site = site("a11y", "riviere");
        Site campus = site("a11y-campus", "campus");
        Browser b = browser();
        List<String> violations = new ArrayList<>();
        for (Site s : List.of(site, campus)) {
            for (String path : List.of("/", "/processes", "/assemblies", "/processes/budget", s.componentUrl(),
                    s.componentUrl() + "/pages/reglement", "/sign-in", "/sign-up", "/terms", "/privacy", "/search?q=eau", "/account/password-reset", "/federated", "/no-such-page")) {
                b.open(s.host(), path);
                violations.addAll(b.seriousAccessibilityViolations());
            }
        }
        b.open(site.host(), "/sign-in");
        b.find("#email").sendKeys("nobody@example.org");
        b.find("#password").sendKeys("wrong password!");
        b.submit(b.find("form.form button"));
        violations.addAll(b.seriousAccessibilityViolations());
        assertThat(violations).isEmpty();
    }

    @Test
    void anAdminRebrandsTheSiteAndUnreadableColoursAreRefused() {
        Scenario scenario = scenario();
        JsonObject org = scenario.organisation("brand", "default");
        Scenario.Session admin = scenario.admin(org);
        String host = org.getString("primaryHost");
        // through the API: a pair below AA is refused with the pair named; participants may not change anything
        PlatformIT.assertProblem(admin.call("PUT", "api/admin/branding").json(Json.createObjectBuilder()
                .add("colours", Json.createObjectBuilder().add("primary", "#fde047")).build()).send(), 400,
                "on-primary #ffffff on primary #fde047 has a contrast of 1.");
        PlatformIT.assertProblem(admin.call("PUT", "api/admin/branding").json(Json.createObjectBuilder()
                .add("theme", "nonexistent").build()).send(), 400, "there is no theme nonexistent");
        Scenario.Session member = scenario.signIn(host, scenario.participant(host, "membre"), Scenario.PASSWORD);
        PlatformIT.assertProblem(member.call("PUT", "api/admin/branding").json(Json.createObjectBuilder()
                .add("theme", "campus").build()).send(), 403, null);

        // through the pages, signed in as the admin
        Browser b = browser();
        b.open(host, "/");
        b.driver().manage().addCookie(new org.openqa.selenium.Cookie("communa_session",
                admin.cookie().substring(admin.cookie().indexOf('=') + 1)));
        b.open(host, "/admin/branding");
        setColour(b, "colour-primary", "#fde047");
        b.submit(b.find("form.form button"));
        // said in the admin's language, colours by the names the form gives them
        assertThat(b.find(".alert").getText()).contains("« Texte sur la couleur principale » (#ffffff) sur « Couleur principale » (#fde047)")
                .contains("4,5:1");
        b.screenshot("admin-branding-refused");
        b.open(host, "/admin/branding");
        setColour(b, "colour-primary", "#7f1d1d");
        new org.openqa.selenium.support.ui.Select(b.find("#font")).selectByValue("serif");
        b.submit(b.find("form.form button"));
        assertThat(b.find(".alert").getText()).contains("enregistrée");
        b.open(host, "/");
        assertThat(b.find(".site-header").getCssValue("background-color")).isEqualTo("rgba(127, 29, 29, 1)");
        assertThat(b.find("body").getCssValue("font-family")).startsWith("Georgia");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.open(host, "/admin/branding");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        // a logo: a text file named .png is refused by its content; a real PNG shows in the header
        b.find("#logo-file").sendKeys(file("not-an-image.png", "<svg onload=alert(1)>".getBytes()).toString());
        b.submit(b.find("form[action^='/admin/branding/logo?'] button"));
        assertThat(b.find(".alert").getText()).contains("PNG, JPEG or WebP");
        b.find("#logo-file").sendKeys(file("logo.png", png()).toString());
        b.submit(b.find("form[action^='/admin/branding/logo?'] button"));
        b.open(host, "/");
        assertThat(b.find(".brand img.logo").getAttribute("src")).endsWith("/branding/logo");
        Http.Reply logo = http().to(host, "GET", "branding/logo").send();
        assertThat(logo.contentType()).isEqualTo("image/png");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.driver().manage().deleteAllCookies();
    }

    @Test
    void anAdminBuildsASpaceThroughThePagesAndParticipantsSeeIt() {
        Scenario scenario = scenario();
        JsonObject org = scenario.organisation("builder", "campus");
        Scenario.Session admin = scenario.admin(org);
        String host = org.getString("primaryHost");
        Browser b = browser();
        b.open(host, "/");
        b.driver().manage().addCookie(new org.openqa.selenium.Cookie("communa_session",
                admin.cookie().substring(admin.cookie().indexOf('=') + 1)));
        b.open(host, "/admin");
        // the entrance charts the last 14 days as SVG, with the same numbers in a table; today the admin signed up
        WebElement participants = b.find("figure.chart");
        assertThat(participants.findElements(By.cssSelector("svg[role=img] rect"))).hasSize(14);
        assertThat(participants.findElement(By.tagName("svg")).getAttribute("aria-labelledby")).isEqualTo("chart-participants");
        participants.findElement(By.tagName("summary")).click();
        List<WebElement> days = participants.findElements(By.cssSelector("tbody tr"));
        assertThat(days).hasSize(14);
        assertThat(Integer.parseInt(days.get(13).findElements(By.tagName("td")).get(1).getText())).isGreaterThanOrEqualTo(1);
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("admin-dashboard");
        b.submit(b.driver().findElement(By.linkText("Espaces participatifs")));
        // the browser checks the slug's pattern before sending (it used to ignore a pattern Chromium could not compile)
        b.find("#slug").sendKeys("Not A Slug");
        b.find("#title-fr").sendKeys("Consultation campus");
        assertThat(b.all("#slug:invalid")).hasSize(1);
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("return [...document.querySelectorAll("
                + "'input[pattern]')].every(i => { try { new RegExp(i.pattern, 'v'); return true; } catch (e) { return false; } })")).isTrue();
        b.find("#slug").clear();
        b.find("#slug").sendKeys("consultation");
        b.find("#title-fr").clear();
        b.find("#title-fr").sendKeys("Consultation campus");
        b.find("#title-en").sendKeys("Campus consultation");
        b.find("input[name=published]").click();
        b.submit(b.find("form.form button"));
        assertThat(b.find("h1").getText()).isEqualTo("Consultation campus");
        b.find("details summary").click();
        b.find("#space-description-fr").sendKeys("Donnez votre avis sur la vie du campus.");
        b.submit(b.find("form[action$='/admin/spaces/" + b.driver().getCurrentUrl().replaceAll("\\?.*", "").replaceAll(".*/", "") + "'] button"));
        b.find("#phase-fr").sendKeys("Contributions");
        b.submit(b.find("form[action$='/phases'] button"));
        b.submit(b.find("form[action$='/activate'] button"));
        assertThat(b.find(".phases li.active").getText()).contains("Contributions");
        WebElement phaseEdit = b.find(".phases li.active details");
        phaseEdit.findElement(By.tagName("summary")).click();
        // date fields take their value as a date picker sets it (typing depends on the browser's locale)
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].value = '2026-09-01';"
                + "arguments[1].value = '2026-12-15';", phaseEdit.findElement(By.name("startsOn")), phaseEdit.findElement(By.name("endsOn")));
        b.submit(phaseEdit.findElement(By.cssSelector("button")));
        assertThat(b.find(".phases li.active").getText()).contains("du 1 septembre 2026 au 15 décembre 2026");
        b.find("#category-fr").sendKeys("Vie de campus");
        b.submit(b.find("form[action$='/categories'] button"));
        assertThat(b.text()).contains("Vie de campus");
        b.find("#name-fr").sendKeys("À propos");
        b.find("form[action$='/components'] input[name=published]").click();
        b.submit(b.find("form[action$='/components'] button"));
        assertThat(b.find(".table").getText()).contains("À propos").contains("Pages").contains("publié");
        b.screenshot("admin-space");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        // the component's settings, a form built from its module's manifest
        b.submit(b.driver().findElement(By.linkText("À propos")));
        WebElement toc = b.find("input[name='global.show_table_of_contents']");
        assertThat(toc.isSelected()).isTrue();
        assertThat(b.text()).contains("Afficher la table des matières");
        toc.click();
        b.submit(b.find("form.form button"));
        assertThat(b.find(".alert").getText()).contains("enregistrés");
        assertThat(b.find("input[name='global.show_table_of_contents']").isSelected()).isFalse();
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.submit(b.driver().findElement(By.linkText("Retour à l’espace")));
        // the module's own admin pages, linked from the space's admin page
        b.submit(b.driver().findElement(By.partialLinkText("Gérer")));
        assertThat(b.find("h1").getText()).isEqualTo("Gérer les pages");
        b.submit(b.driver().findElement(By.linkText("Nouvelle page")));
        assertThat(b.all("#title-fr")).as(b.driver().getPageSource()).isNotEmpty();
        b.find("#slug").sendKeys("Mauvaise adresse");
        b.find("#title-fr").sendKeys("Bienvenue");
        b.find("#body-fr").sendKeys("<p>Bonjour <strong>à tous</strong></p><script>alert(1)</script>");
        b.submit(b.find("form.form button"));
        assertThat(b.find(".alert").getText()).contains("slug must be");
        assertThat(b.find("#title-fr").getAttribute("value")).isEqualTo("Bienvenue");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        // the page names an icon the instance serves (no 404 for a favicon on every page)
        String icon = b.find("link[rel=icon]").getAttribute("href");
        assertThat(http().to(host, "GET", java.net.URI.create(icon).getPath()).send().status()).isEqualTo(200);
        b.find("#slug").clear();
        b.find("#slug").sendKeys("bienvenue");
        b.submit(b.find("form.form button"));
        assertThat(b.find("table").getText()).contains("Bienvenue");
        // scopes: a campus, then a building inside it
        b.open(host, "/admin/scopes");
        b.find("#code").sendKeys("campus-nord");
        b.find("#scope-name-fr").sendKeys("Campus Nord");
        b.submit(b.find("form[action='/admin/scopes'] button"));
        b.find("#code").sendKeys("Pas un code");
        b.find("#scope-name-fr").sendKeys("Bâtiment A");
        b.submit(b.find("form[action='/admin/scopes'] button"));
        assertThat(b.find(".alert").getText()).contains("code");
        assertThat(b.find("table").getText()).contains("Campus Nord").contains("campus-nord");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        // settings: English dropped from the offered languages; a participant made moderator
        b.open(host, "/admin/settings");
        b.find("input[name='language.en']").click();
        b.find("#name").clear();
        b.find("#name").sendKeys("Campus de la Région");
        b.submit(b.find("form.form button"));
        assertThat(b.find(".alert").getText()).contains("enregistrés");
        assertThat(b.all(".languages a").stream().map(WebElement::getText).toList()).doesNotContain("English");
        assertThat(b.find(".brand").getText()).isEqualTo("CAMPUS DE LA RÉGION");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        String member = scenario.participant(host, "moderatrice");
        // a participant without e-mail (the demo's example participants) once made this page answer 500
        try (java.sql.Connection database = TestInfrastructure.admin(TestInfrastructure.DATABASE);
                java.sql.Statement insert = database.createStatement()) {
            insert.executeUpdate("insert into participants (id, tenant_id, display_name, locale, confirmed_at) values (gen_random_uuid(), '"
                    + org.getString("id") + "', 'Participant·e sans adresse', 'fr', now())");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        b.open(host, "/admin/people");
        assertThat(b.find("table").getText()).contains("Participant·e sans adresse").contains("pas d’adresse");
        b.submit(b.driver().findElement(By.xpath("//tr[td[contains(., '" + member + "')]]//form[contains(@action, '/roles/moderator')]//button")));
        assertThat(b.driver().findElement(By.xpath("//tr[td[contains(., '" + member + "')]]")).getText()).contains("✓");
        b.submit(b.driver().findElement(By.xpath("//tr[td[contains(., '" + member + "')]]//form[contains(@action, '/block')]//button")));
        assertThat(b.driver().getCurrentUrl()).endsWith("/admin/people");
        assertThat(b.driver().findElement(By.xpath("//tr[td[contains(., '" + member + "')]]")).getText()).contains("bloqué");
        assertProblem(http().to(host, "POST", "api/account/sign-in").json(Json.createObjectBuilder().add("email", member)
                .add("password", Scenario.PASSWORD).build()).send(), 403, "blocked");
        b.submit(b.driver().findElement(By.xpath("//tr[td[contains(., '" + member + "')]]//form[contains(@action, '/unblock')]//button")));
        assertThat(b.driver().findElement(By.xpath("//tr[td[contains(., '" + member + "')]]")).getText()).contains("actif");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        // the home page: figures first, then the processes and the latest activity; no assemblies block
        b.open(host, "/admin/home");
        b.find("input[name='show.statistics']").click();
        b.find("input[name='show.activity']").click();
        b.find("input[name='show.assemblies']").click();
        setNumber(b, "position.statistics", "1");
        setNumber(b, "position.hero", "2");
        setNumber(b, "position.processes", "3");
        setNumber(b, "position.activity", "4");
        b.submit(b.find("form.form button"));
        assertThat(b.find(".alert").getText()).contains("enregistrée");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.driver().manage().deleteAllCookies();
        b.open(host, "/");
        assertThat(b.all("main h1, main h2").stream().map(WebElement::getText).toList()).containsExactly(
                "La participation en chiffres", "Campus de la Région", "Processus participatifs", "Dernières activités");
        assertThat(b.find(".figures").getText()).contains("participants inscrits");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("campus-home-blocks");
        // the organisation's own footer: a broken version is refused with Pebble's message, a good one shows
        b.driver().manage().addCookie(new org.openqa.selenium.Cookie("communa_session",
                admin.cookie().substring(admin.cookie().indexOf('=') + 1)));
        b.open(host, "/admin/templates");
        b.submit(b.driver().findElement(By.linkText("partials/footer")));
        assertThat(b.find("#source").getAttribute("value")).contains("t('footer.campus')");
        b.find("#source").clear();
        b.find("#source").sendKeys("<footer class=\"site-footer\"><p>{% if %}</p></footer>");
        b.submit(b.find("form.form button"));
        assertThat(b.find(".alert").getText()).isNotEmpty();
        b.find("#source").clear();
        b.find("#source").sendKeys("<footer class=\"site-footer\"><div class=\"wrap\"><p>Campus de la Région, 13 sites · {{ t('footer.powered') }}</p></div></footer>");
        b.submit(b.find("form.form button"));
        assertThat(b.text()).contains("votre version");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.driver().manage().deleteAllCookies();
        b.open(host, "/processes");
        assertThat(b.find(".site-footer").getText()).contains("Campus de la Région, 13 sites");
        // what the admin built is on the participants' site
        b.open(host, "/processes/consultation");
        assertThat(b.find(".phases li.active").getText()).contains("Contributions");
        assertThat(b.find(".lead").getText()).isEqualTo("Donnez votre avis sur la vie du campus.");
        b.submit(b.driver().findElement(By.linkText("À propos")));
        assertThat(b.find("h1").getText()).isEqualTo("À propos");
        b.submit(b.driver().findElement(By.linkText("Bienvenue")));
        assertThat(b.find(".rich-text").getAttribute("innerHTML")).isEqualTo("<p>Bonjour <strong>à tous</strong></p>");

        // taking it down: the component (with an explicit confirmation), a phase, then the whole space
        b.driver().manage().addCookie(new org.openqa.selenium.Cookie("communa_session",
                admin.cookie().substring(admin.cookie().indexOf('=') + 1)));
        b.open(host, "/admin/spaces");
        b.submit(b.driver().findElement(By.linkText("Consultation campus")));
        WebElement removal = b.driver().findElement(By.xpath("//tr[td[contains(., 'À propos')]]//details"));
        removal.findElement(By.tagName("summary")).click();
        removal.findElement(By.name("confirm")).click();
        b.submit(removal.findElement(By.tagName("button")));
        assertThat(b.find(".table tbody").getText()).doesNotContain("À propos");
        assertThat(http().to(host, "GET", "processes/consultation").send().body()).doesNotContain("À propos");
        WebElement phase = b.find(".phases li.active details");
        phase.findElement(By.tagName("summary")).click();
        b.submit(phase.findElement(By.cssSelector("form[action$='/delete'] button")));
        assertThat(b.all(".phases li")).isEmpty();
        b.find("#delete-confirm").sendKeys("consultations");
        b.submit(b.find("form[action$='/delete'].danger button"));
        assertThat(b.find(".alert").getText()).contains("saisissez consultation");
        b.find("#delete-confirm").sendKeys("consultation");
        b.submit(b.find("form[action$='/delete'].danger button"));
        assertThat(b.find("h1").getText()).isEqualTo("Espaces participatifs");
        assertThat(b.text()).doesNotContain("Consultation campus");
        assertThat(http().to(host, "GET", "processes/consultation").send().status()).isEqualTo(404);
    }

    @Test
    void aSystemAdminManagesOrganisationsModulesAndPublishersInTheBrowser() {
        Browser b = browser();
        b.open("localhost", "/system");
        b.find("#token").sendKeys("not-a-token-at-all");
        b.submit(b.find("form.form button"));
        assertThat(b.find(".alert").getText()).contains("n’est pas celui d’un administrateur");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.find("#token").sendKeys(Http.ADMIN_TOKEN);
        b.submit(b.find("form.form button"));
        assertThat(b.find("h1").getText()).isEqualTo("Organisations");

        String slug = Scenario.unique("sysweb");
        b.find("#name").sendKeys("Ville de test");
        b.find("#slug").sendKeys(slug);
        b.find("#primaryHost").sendKeys(slug + ".test");
        new org.openqa.selenium.support.ui.Select(b.find("#theme")).selectByValue("campus");
        b.submit(b.find("form[action='/system/organisations'] button"));
        WebElement row = b.driver().findElement(By.xpath("//tr[td[contains(., '" + slug + "')]]"));
        assertThat(row.getText()).contains("Ville de test").contains("active");
        b.submit(row.findElement(By.cssSelector("form[action$='/suspend'] button")));
        assertThat(b.driver().findElement(By.xpath("//tr[td[contains(., '" + slug + "')]]")).getText()).contains("suspendue");
        assertThat(http().to(slug + ".test", "GET", "").send().status()).isEqualTo(503);
        b.submit(b.driver().findElement(By.xpath("//tr[td[contains(., '" + slug + "')]]//form[contains(@action, '/resume')]//button")));
        assertThat(http().to(slug + ".test", "GET", "").send().status()).isEqualTo(200);
        b.screenshot("system-organisations");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        // a participant of the new organisation is made its admin from the page (no curl needed)
        Scenario scenario = scenario();
        String future = scenario.participant(slug + ".test", "future-admin");
        WebElement granting = b.driver().findElement(By.xpath("//tr[td[contains(., '" + slug + "')]]//details[.//input[@name='email']]"));
        granting.findElement(By.tagName("summary")).click();
        granting.findElement(By.name("email")).sendKeys(future);
        b.submit(granting.findElement(By.tagName("button")));
        assertThat(b.find(".notice[role=status]").getText()).contains("administre désormais");
        assertThat(scenario.signIn(slug + ".test", future, Scenario.PASSWORD).call("GET", "api/account").send().json()
                .getJsonArray("roles").toString()).contains("admin");
        WebElement deletion = b.driver().findElement(By.xpath("//tr[td[contains(., '" + slug + "')]]//details[.//input[@name='confirm']]"));
        deletion.findElement(By.tagName("summary")).click();
        deletion.findElement(By.name("confirm")).sendKeys("wrong");
        b.submit(deletion.findElement(By.tagName("button")));
        assertThat(b.find(".alert").getText()).contains("type the organisation's short name, " + slug);
        deletion = b.driver().findElement(By.xpath("//tr[td[contains(., '" + slug + "')]]//details[.//input[@name='confirm']]"));
        deletion.findElement(By.tagName("summary")).click();
        deletion.findElement(By.name("confirm")).sendKeys(slug);
        b.submit(deletion.findElement(By.tagName("button")));
        assertThat(b.text()).doesNotContain(slug);
        assertThat(http().to(slug + ".test", "GET", "").send().status()).isEqualTo(404);

        b.submit(b.driver().findElement(By.linkText("Modules")));
        assertThat(b.find("table").getText()).contains("Pages").contains("ACTIVE").contains("Communa test publisher trusted");
        // the dependency graph: budgets uses proposals, which budgets requires and which publishes its answered proposals
        assertThat(b.find("table").getText()).contains("Requiert : proposals").contains("Requis par : budgets")
                .contains("Publie : answered-proposals");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        // install through the page: an unsigned jar is refused with the reason, the signed template module installs
        b.find("#new-bundle").sendKeys(file("unsigned.jar", Bundles.jar(Bundles.manifest("org.example.unsigned.web",
                java.util.Map.of()), java.util.Map.of("x.txt", new byte[] {1}))).toString());
        b.submit(b.find("form[action^='/system/modules/upload'] button"));
        assertThat(b.find(".alert").getText()).contains("not signed");
        b.find("#new-bundle").sendKeys(file("template.jar", Bundles.template()).toString());
        b.submit(b.find("form[action^='/system/modules/upload'] button"));
        WebElement installed = b.driver().findElement(By.xpath("//tr[td[contains(., 'Modèle de module')]]"));
        assertThat(installed.getText()).contains("ACTIVE").contains("Communa test publisher trusted");
        installed.findElement(By.cssSelector("form[action$='/remove'] input[name=purge]")).click();
        b.submit(installed.findElement(By.cssSelector("form[action$='/remove'] button")));
        assertThat(b.find("table").getText()).doesNotContain("Modèle de module");
        b.submit(b.driver().findElement(By.linkText("Éditeurs de confiance")));
        b.find("#publisher-name").sendKeys("Coopérative étrangère");
        b.find("#pem").sendKeys(TestPublishers.certificatePem(TestPublishers.STRANGER));
        b.submit(b.find("form[action='/system/publishers'] button"));
        assertThat(b.find("table").getText()).contains("Coopérative étrangère");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.submit(b.driver().findElement(By.xpath("//tr[td[contains(., 'Coopérative étrangère')]]//button")));
        assertThat(b.find("table").getText()).doesNotContain("Coopérative étrangère");

        // instance settings: what admins change, and the deployment's settings without secrets
        b.submit(b.driver().findElement(By.linkText("Réglages de l’instance")));
        String contactBefore = b.find("#instance-contact").getAttribute("value");
        b.find("#instance-contact").clear();
        b.find("#instance-contact").sendKeys("ops@hebergeur.test");
        b.submit(b.find("form[action='/system/settings'] button"));
        assertThat(b.find("#instance-contact").getAttribute("value")).isEqualTo("ops@hebergeur.test");
        assertThat(http().system("GET", "api/system/settings").send().json().getString("contactEmail")).isEqualTo("ops@hebergeur.test");
        assertThat(b.find("table").getText()).contains("communa.modules.dir").contains("communa.smtp.host")
                .doesNotContain(Http.ADMIN_TOKEN);
        assertThat(b.driver().getPageSource()).doesNotContain("communa_app").doesNotContain("password");
        b.screenshot("system-settings");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.find("#instance-contact").clear();
        b.find("#instance-contact").sendKeys(contactBefore);
        b.submit(b.find("form[action='/system/settings'] button"));

        // the processes of the instance (one here, not clustered), with their modules
        b.submit(b.driver().findElement(By.linkText("Processus")));
        assertThat(b.find("main").getText()).contains("Un seul processus sert cette instance");
        assertThat(b.find("table").getText()).contains("0.1.0-SNAPSHOT").contains("org.communa.modules.pages");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.submit(b.find(".site-header form button"));
        assertThat(b.find("#token").isDisplayed()).isTrue();
        // the system pages exist only on the system host
        Site site = site("no-system", "default");
        assertThat(http().to(site.host(), "GET", "system").send().status()).isEqualTo(404);
    }

    private static java.nio.file.Path file(String name, byte[] content) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempDirectory("upload").resolve(name);
            java.nio.file.Files.write(file, content);
            return file.toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real 32×32 PNG, drawn here. */
    private static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(32, 32, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(new java.awt.Color(0x7f1d1d));
            g.fillOval(2, 2, 28, 28);
            g.dispose();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setNumber(Browser b, String name, String value) {
        WebElement input = b.find("input[name='" + name + "']");
        input.clear();
        input.sendKeys(value);
    }

    /** Colour inputs take their value through the page's own input event, as a colour picker sets it. */
    private static void setColour(Browser b, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "const i = document.getElementById(arguments[0]); i.value = arguments[1]; i.dispatchEvent(new Event('input'));", id, value);
    }

    @Test
    void aParticipantProposesWithTheKeyboardSeesASimilarIdeaSupportsCommentsAndIsNotified() {
        Site site = site("idees-web", "riviere");
        Scenario scenario = scenario();
        JsonObject component = Scenario.created(site.admin().call("POST", "api/admin/spaces/" + site.spaceId() + "/components")
                .json(Json.createObjectBuilder().add("module", "proposals").add("name", Json.createObjectBuilder().add("fr", "Idées"))
                        .add("published", true).add("phaseSettings", Json.createObjectBuilder().add(site.phaseId(), Json.createObjectBuilder()
                                .add("creation_enabled", true).add("supports_enabled", true))).build()).send());
        String api = "api/spaces/budget/c/" + component.getString("id");
        String pagesUrl = "/processes/budget/c/" + component.getString("id");
        Scenario.Session neighbour = scenario.signIn(site.host(), scenario.participant(site.host(), "Voisine"), Scenario.PASSWORD);
        assertThat(neighbour.call("PUT", "api/spaces/budget/follow").send().status()).isEqualTo(204);
        String existing = Scenario.created(neighbour.call("POST", api + "/proposals").json(Json.createObjectBuilder()
                .add("title", "Des fontaines d'eau potable dans les parcs").add("body", "Pour boire pendant les canicules, au parc.").build())
                .send()).getString("id");
        neighbour.call("POST", api + "/proposals/" + existing + "/publish").send();

        // sign up through the site (confirmed from GreenMail), sign in and file a proposal without the mouse
        Browser b = browser();
        b.driver().manage().deleteAllCookies();
        String email = signUpThroughTheSite(b, site.host(), "Sami");
        // signing in from a page brings one back to it
        b.open(site.host(), "/processes/budget");
        b.submit(b.driver().findElement(By.linkText("Se connecter")));
        tabUntil(b, "email");
        new Actions(b.driver()).sendKeys(email).sendKeys(Keys.TAB).sendKeys(Scenario.PASSWORD).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("Mon compte"));
        assertThat(b.driver().getCurrentUrl()).endsWith("/processes/budget");
        b.submit(b.find("form[action='/processes/budget/follow'] button"));
        assertThat(b.find("form[action='/processes/budget/unfollow'] button").getText()).isEqualTo("Ne plus suivre cet espace");
        b.open(site.host(), pagesUrl);
        assertThat(b.find("h1").getText()).isEqualTo("Idées");
        assertThat(b.text()).contains("Des fontaines d'eau potable dans les parcs");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("proposals-list");
        b.submit(b.driver().findElement(By.linkText("Nouvelle proposition")));
        tabUntil(b, "title");
        new Actions(b.driver()).sendKeys("Une fontaine dans le parc").sendKeys(Keys.TAB).sendKeys("Beaucoup d'enfants y jouent l'été et ont soif.")
                .perform();
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        WebElement page = b.find("html");
        tabUntilSubmit(b);
        new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> isStale(page));
        // the draft's page: a similar idea is suggested before publishing
        assertThat(b.find("#similar-title").getText()).contains("semblables");
        assertThat(b.find(".block ul").getText()).contains("Des fontaines d'eau potable dans les parcs");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("proposal-draft-similar");
        b.submit(b.find("form[action$='/publish'] button"));
        assertThat(b.find("h1").getText()).isEqualTo("Une fontaine dans le parc");

        // on the similar idea: support it, comment, follow
        b.open(site.host(), pagesUrl + "/proposals/" + existing);
        b.submit(b.find("form[action$='/support'] button"));
        assertThat(b.find(".support-count").getText()).isEqualTo("1 soutien");
        assertThat(b.text()).contains("Vous soutenez cette proposition.");
        b.find("#new-comment").sendKeys("Oui, et une deuxième près des jeux !");
        b.find("input[name=alignment][value='1']").click();
        b.submit(b.find("form[action$='/comments'] button"));
        assertThat(b.find(".comment .comment-body").getText()).isEqualTo("Oui, et une deuxième près des jeux !");
        assertThat(b.find(".comment .badge").getText()).isEqualTo("Pour");
        WebElement edit = b.find(".comment details.edit");
        edit.findElement(By.tagName("summary")).click();
        WebElement text = edit.findElement(By.tagName("textarea"));
        text.clear();
        text.sendKeys("Oui, et une deuxième fontaine près des jeux !");
        b.submit(edit.findElement(By.tagName("button")));
        assertThat(b.find(".comment .comment-body").getText()).isEqualTo("Oui, et une deuxième fontaine près des jeux !");
        assertThat(b.find(".comment .comment-meta").getText()).contains("(modifié)");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("proposal-support-comment");
        assertThat(neighbour.call("GET", "api/notifications").send().body()).contains("comment_created");
        // the neighbour follows the space: Sami's new proposal was announced to her
        assertThat(neighbour.call("GET", "api/notifications").send().body()).contains("proposal_published");

        // the neighbour answers on Sami's proposal: Sami is told in the header and on the notifications page
        String mine = http().to(site.host(), "GET", api + "?order=recent").send().json().getJsonArray("items").getJsonObject(0).getString("id");
        Scenario.created(neighbour.call("POST", api + "/r/proposal/" + mine + "/comments").json(Json.createObjectBuilder()
                .add("body", "Bonne idée, je soutiens.").build()).send());
        b.open(site.host(), pagesUrl);
        assertThat(b.find("a[href='/notifications'] .badge").getText()).startsWith("1");
        b.submit(b.driver().findElement(By.cssSelector("a[href='/notifications']")));
        assertThat(b.find(".notifications").getText()).contains("Nouveau commentaire sur « Une fontaine dans le parc »");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.submit(b.driver().findElement(By.partialLinkText("Nouveau commentaire")));
        assertThat(b.find(".comment-body").getText()).isEqualTo("Bonne idée, je soutiens.");

        // a report reaches the moderators' page, where the proposal is hidden
        Scenario.created(neighbour.call("POST", api + "/r/proposal/" + mine + "/reports").json(Json.createObjectBuilder()
                .add("reason", "does_not_belong").build()).send());
        b.driver().manage().deleteAllCookies();
        b.open(site.host(), "/");
        b.driver().manage().addCookie(new org.openqa.selenium.Cookie("communa_session",
                site.admin().cookie().substring(site.admin().cookie().indexOf('=') + 1)));
        b.open(site.host(), "/admin/moderation");
        WebElement reported = b.driver().findElement(By.xpath("//tr[td[contains(., 'Une fontaine dans le parc')]]"));
        assertThat(reported.getText()).contains("does_not_belong").contains("visible");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("admin-moderation");
        b.submit(reported.findElement(By.cssSelector("form[action$='/hide'] button")));
        assertThat(b.driver().findElement(By.xpath("//tr[td[contains(., 'Une fontaine dans le parc')]]")).getText()).contains("masqué");
        assertThat(http().to(site.host(), "GET", api + "/proposals/" + mine).send().status()).isEqualTo(404);
        b.driver().manage().deleteAllCookies();
    }

    /** Signs up through the sign-up form and confirms through the link of the e-mail GreenMail received; answers the address. */
    private static String signUpThroughTheSite(Browser b, String host, String name) {
        String email = "web-" + System.nanoTime() + "@example.org";
        b.open(host, "/sign-up");
        b.find("#displayName").sendKeys(name);
        b.find("#email").sendKeys(email);
        b.find("#password").sendKeys(Scenario.PASSWORD);
        // the terms and the page on personal data are one click away, and must be accepted
        assertThat(b.find("a[href='/terms']").getText()).isEqualTo("Conditions d’utilisation");
        b.find("#acceptTerms").click();
        b.submit(b.find("form.form button"));
        assertThat(b.find("h1").getText()).isEqualTo("Vérifiez votre messagerie");
        String link = Mailbox.body(Mailbox.await(email, "Confirmez")).replaceAll("(?s).*(/account/confirm\\?token=[A-Za-z0-9_-]+).*", "$1");
        b.open(host, link);
        b.submit(b.find("form.form button"));
        // the confirmation link proves the address: the newcomer is signed in and welcomed
        assertThat(b.find(".notice[role=status]").getText()).startsWith("Bienvenue !");
        assertThat(b.text()).contains("Mon compte");
        b.driver().manage().deleteAllCookies();
        return email;
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    /** Moves the focus with Tab to the form's submit button. */
    private static void tabUntilSubmit(Browser b) {
        for (int i = 0; i < 40; i++) {
            WebElement focused = b.driver().switchTo().activeElement();
            if ("button".equals(focused.getTagName()) && "submit".equals(focused.getAttribute("type"))
                    && List.of(focused.getAttribute("class").split(" ")).contains("button")) {
                return;
            }
            new Actions(b.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("the submit button cannot be reached with the keyboard");
    }

    @Test
    void pagesCarryAStrictPolicyAndFormsNeedTheirToken() {
        Site site = site("guarded", "default");
        Http.Reply home = http().to(site.host(), "GET", "").send();
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.headers("Content-Security-Policy")).singleElement().asString()
                .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'");
        Http.Reply forged = http().to(site.host(), "POST", "sign-in")
                .raw("email=a%40example.org&password=whatever12", "application/x-www-form-urlencoded").send();
        PlatformIT.assertProblem(forged, 403, "form has expired");
        Http.Reply notAForm = http().to(site.host(), "POST", "sign-in").raw("{}", "application/json").send();
        assertThat(notAForm.status()).isEqualTo(415);
    }

    private static long countRows(java.sql.Connection database, String sql) {
        try {
            return TenantIsolationIT.count(database, sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEligibleStudentVotesWithARunningTotalAndAnIneligibleOneIsToldWhy() throws Exception {
        Site site = site("vote-web", "campus");
        Scenario scenario = scenario();
        JsonObject component = Scenario.created(site.admin().call("POST", "api/admin/spaces/" + site.spaceId() + "/components")
                .json(Json.createObjectBuilder().add("module", "budgets").add("name", Json.createObjectBuilder().add("fr", "Vote"))
                        .add("published", true).add("settings", Json.createObjectBuilder().add("census_required", true))
                        .add("phaseSettings", Json.createObjectBuilder().add(site.phaseId(), Json.createObjectBuilder()
                                .add("voting_enabled", true).add("results_published", true))).build()).send());
        String api = "api/spaces/budget/c/" + component.getString("id");
        String budget = Scenario.created(site.admin().call("POST", api + "/admin/budgets").json(Json.createObjectBuilder()
                .add("title", "Budget étudiant").add("envelope", 10000).build()).send()).getString("id");
        for (String[] project : new String[][] {{"Salle de révision ouverte le soir", "6000"}, {"Potager partagé", "3000"},
                {"Abris vélos", "5000"}}) {
            Scenario.created(site.admin().call("POST", api + "/admin/budgets/" + budget + "/projects").json(Json.createObjectBuilder()
                    .add("title", project[0]).add("cost", Integer.parseInt(project[1])).build()).send());
        }
        assertThat(site.admin().call("PUT", "api/admin/verifications/census").raw(TenantIsolationIT.sha256("ETU-42") + "\n", "text/plain")
                .send().status()).isEqualTo(200);
        String pageUrl = "/processes/budget/c/" + component.getString("id") + "/budgets/" + budget;

        Browser b = browser();
        // a student not on the census is told why they cannot vote
        b.driver().manage().deleteAllCookies();
        signIn(b, site.host(), scenario.participant(site.host(), "Intruse"));
        b.open(site.host(), pageUrl);
        b.find("#identifier").sendKeys("ETU-99");
        b.submit(b.find("form[action$='/verification'] button"));
        assertThat(b.find(".alert[role=alert]").getText()).contains("ne figure pas sur la liste des votants");
        assertThat(b.all("input[type=checkbox]:not([disabled])")).isEmpty();

        // the vote closes tonight: a ballot started and not checked out is reminded before then
        assertThat(site.admin().call("PUT", "api/admin/spaces/" + site.spaceId() + "/phases/" + site.phaseId()).json(Json.createObjectBuilder()
                .add("title", Scenario.titled("Idées")).add("endsOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString())
                .build()).send().status()).isEqualTo(200);

        // an eligible student verifies, ticks projects, sees the total, is refused over the envelope, then votes
        b.driver().manage().deleteAllCookies();
        String student = scenario.participant(site.host(), "Etudiant");
        signIn(b, site.host(), student);
        b.open(site.host(), pageUrl);
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.find("#identifier").sendKeys("etu-42");
        b.submit(b.find("form[action$='/verification'] button"));
        List<WebElement> boxes = b.all("input[type=checkbox]");
        assertThat(boxes).hasSize(3);
        // keyboard only: the running total and the envelope's limit follow each tick, heard through the polite
        // live region (Chromium's accessibility tree), with no page load; the server's "update" button is not needed
        assertThat(b.find("button[data-live-update]").isDisplayed()).isFalse();
        WebElement html = b.find("html");
        String[] ticks = {"6 000 € ; reste : 4 000 €", "9 000 € ; reste : 1 000 €", "14 000 € ; reste : -4 000 €"};
        for (String expected : ticks) {
            for (int presses = 0; !b.focused().startsWith("p-"); presses++) {
                assertThat(presses).as("Tab reaches the next project").isLessThan(60);
                b.press(org.openqa.selenium.Keys.TAB);
            }
            b.press(org.openqa.selenium.Keys.SPACE);
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> b.accessible("[data-live-total]").text().contains(expected));
            b.press(org.openqa.selenium.Keys.TAB);
        }
        assertThat(b.accessible("[data-live-total]").live()).isEqualTo("polite");
        assertThat(b.accessible("[data-live-limit]").text()).isEqualTo("Votre sélection dépasse l’enveloppe.");
        assertThat(html.isDisplayed()).as("still the same page").isTrue();
        b.screenshot("budget-live-total");
        // the ticks were kept as a draft, its reminder queued for later; made due now, it comes by e-mail
        try (java.sql.Connection database = TestInfrastructure.admin(TestInfrastructure.DATABASE)) {
            Await.until("the draft is kept", () -> countRows(database, "select count(*) from budgets_drafts where reminder_due_at > now()") == 1);
            try (java.sql.Statement due = database.createStatement()) {
                due.executeUpdate("update scheduled_tasks set execution_time = now() where task_name = 'module' and not picked "
                        + "and execution_time > now()");
            }
        }
        assertThat(Mailbox.body(Mailbox.await(student, "nouveau"))).contains("Votre vote n’est pas terminé");
        b.submit(b.find("form.ballot .ballot-actions button:not([data-live-update])"));
        assertThat(b.find(".alert[role=alert]").getText()).contains("plus que l’enveloppe");
        assertThat(b.find("input[type=checkbox]:checked").getAttribute("name")).isNotBlank();
        b.all("input[type=checkbox]").get(2).click();
        b.all("input[type=checkbox]").get(1).click();
        b.submit(b.find("form.ballot .ballot-actions button:not([data-live-update])"));
        assertThat(b.find(".notice[role=status]").getText()).isEqualTo("Merci, votre vote est enregistré.");
        assertThat(b.text()).contains("Vous avez déjà voté dans ce budget.");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("budget-voted");
        b.open(site.host(), pageUrl + "/results");
        assertThat(b.find("table.table tbody").getText()).contains("Salle de révision ouverte le soir").contains("Financé");
        assertThat(b.text()).contains("Empreinte SHA-256");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("budget-results");
    }

    @Test
    void participantsRegisterForAMeetingInTheBrowserAndTheWaitingListMovesUp() {
        Site site = site("meetings", "default");
        Scenario scenario = scenario();
        String meetings = Scenario.created(site.admin().call("POST", "api/admin/spaces/" + site.spaceId() + "/components")
                .json(Json.createObjectBuilder().add("module", "meetings").add("name", Scenario.titled("Ateliers")).add("published", true)
                        .build()).send()).getString("id");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.parse("2027-05-12T18:30:00+02:00");
        String meeting = Scenario.created(site.admin().call("POST", "api/spaces/budget/c/" + meetings + "/admin/meetings")
                .json(Json.createObjectBuilder().add("title", "Atelier vélo").add("kind", "in_person").add("address", "Maison du vélo")
                        .add("accessibility", "Rampe d'accès").add("capacity", 1).add("startsAt", start.toString())
                        .add("endsAt", start.plusHours(2).toString()).build()).send()).getString("id");
        // an admin adds a meeting from the module's admin page: the time typed is the organisation's (Europe/Paris)
        String adminPage = "processes/budget/c/" + meetings + "/admin";
        assertThat(site.admin().call("GET", adminPage).header("Accept", "text/html").send().body()).contains("Nouvelle rencontre");
        Http.Reply added = site.admin().call("POST", adminPage + "/meetings").header("Accept", "text/html").raw("csrf=" + site.admin().csrf()
                + "&title=Balade+des+jardins&kind=in_person&address=Jardin+des+plantes&startsAt=2027-06-01T10%3A00&endsAt=2027-06-01T12%3A00",
                "application/x-www-form-urlencoded").send();
        assertThat(added.status()).as(added.body()).isEqualTo(303);
        assertThat(http().to(site.host(), "GET", "api/spaces/budget/c/" + meetings).send().json().getJsonArray("items").toString())
                .contains("Balade des jardins").contains("2027-06-01T08:00Z");
        String first = scenario.participant(site.host(), "alix");
        String second = scenario.participant(site.host(), "noa");
        String page = "/processes/budget/c/" + meetings + "/meetings/" + meeting;
        Browser b = browser();

        b.open(site.host(), "/processes/budget");
        assertThat(b.find("ul.digest").getText()).as("the space lists its next meetings").contains("Atelier vélo").contains("12 mai 2027");
        b.open(site.host(), "/processes/budget/c/" + meetings);
        assertThat(b.text()).contains("Atelier vélo").contains("12 mai 2027").contains("18:30").contains("1 place(s) libre(s) sur 1");
        signIn(b, site.host(), first);
        b.open(site.host(), page);
        b.submit(b.find("form[action$='/registration'] button"));
        assertThat(b.find(".alert[role=status]").getText()).contains("Vous êtes inscrit·e");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("meeting-registered");
        b.submit(b.find("form[action='/sign-out'] button"));

        signIn(b, site.host(), second);
        b.open(site.host(), page);
        assertThat(b.find("form[action$='/registration'] button").getText()).isEqualTo("M’inscrire sur la liste d’attente");
        b.submit(b.find("form[action$='/registration'] button"));
        assertThat(b.find(".alert[role=status]").getText()).contains("liste d’attente").contains("0 personne(s) avant vous");
        b.submit(b.find("form[action='/sign-out'] button"));

        // the first cancels from the page: the second is registered
        signIn(b, site.host(), first);
        b.open(site.host(), page);
        b.submit(b.find("form[action$='/unregister'] button"));
        assertThat(b.find("form[action$='/registration'] button").getText()).isEqualTo("M’inscrire sur la liste d’attente");
        Scenario.Session promoted = scenario.signIn(site.host(), second, Scenario.PASSWORD);
        assertThat(promoted.call("GET", "api/spaces/budget/c/" + meetings + "/meetings/" + meeting).send().body())
                .contains("\"status\":\"registered\"");
        assertThat(promoted.call("GET", "api/notifications").send().body()).contains("meeting_place_confirmed");
        b.submit(b.find("form[action='/sign-out'] button"));
        signIn(b, site.host(), second);
        b.open(site.host(), "/notifications");
        assertThat(b.text()).contains("Une place s’est libérée : vous êtes inscrit·e à « Atelier vélo »");
    }

    @Test
    void adminsBuildASurveyWithThePagesFormsAndParticipantsAnswerItInTheBrowser() {
        Site site = site("surveys", "default");
        Scenario scenario = scenario();
        String surveys = Scenario.created(site.admin().call("POST", "api/admin/spaces/" + site.spaceId() + "/components")
                .json(Json.createObjectBuilder().add("module", "surveys").add("name", Scenario.titled("Enquêtes")).add("published", true)
                        .build()).send()).getString("id");
        String adminPage = "processes/budget/c/" + surveys + "/admin";
        assertThat(site.admin().call("GET", adminPage).header("Accept", "text/html").send().body()).contains("Nouvelle enquête");
        Http.Reply created = site.admin().call("POST", adminPage + "/surveys").header("Accept", "text/html").raw("csrf=" + site.admin().csrf()
                + "&title=Vivre+le+quartier&description=Cinq+minutes+pour+nous+dire&resultsPublic=on", "application/x-www-form-urlencoded").send();
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        String builder = created.header("Location");
        String survey = builder.substring(builder.lastIndexOf('/') + 1);
        String form = "application/x-www-form-urlencoded";
        for (String question : new String[] {
            "type=single_choice&text=Comment+venez-vous+%3F&choices=%C3%80+pied%0AÀ+vélo%0AEn+bus&other=on&required=on&sectionTitle=Vos+trajets",
            "type=short_text&text=Quelle+ligne+de+bus+%3F&showIf=q1%3Ac3&section=s1",
            "type=scale&text=Votre+note+du+quartier&min=1&max=5&minLabel=Mauvais&maxLabel=Excellent&required=on&section=s1",
            "type=multiple_choice&text=Ce+qui+manque&choices=Des+bancs%0ADes+arbres%0ADe+la+lumi%C3%A8re&maxChoices=2&section=s1"}) {
            Http.Reply added = site.admin().call("POST", adminPage + "/surveys/" + survey + "/questions").header("Accept", "text/html")
                    .raw("csrf=" + site.admin().csrf() + "&" + question.replace("À", "%C3%80").replace("é", "%C3%A9"), form).send();
            assertThat(added.status()).as(added.body()).isEqualTo(303);
        }
        assertThat(site.admin().call("GET", adminPage + "/surveys/" + survey).header("Accept", "text/html").send().body())
                .contains("Comment venez-vous ?").contains("si q1 = c3").contains("Aperçu");
        assertThat(site.admin().call("POST", adminPage + "/surveys/" + survey + "/open").header("Accept", "text/html")
                .raw("csrf=" + site.admin().csrf(), form).send().status()).isEqualTo(303);

        // the space's page lists the open survey under its component
        assertThat(http().to(site.host(), "GET", "processes/budget").header("Accept", "text/html").send().body())
                .contains("Vivre le quartier").contains("ouverte");
        String participant = scenario.participant(site.host(), "camille");
        String page = "/processes/budget/c/" + surveys + "/surveys/" + survey;
        Browser b = browser();
        b.open(site.host(), "/processes/budget/c/" + surveys);
        assertThat(b.text()).contains("Vivre le quartier").contains("Ouverte").contains("4 question(s)");
        signIn(b, site.host(), participant);
        b.open(site.host(), page);
        assertThat(b.text()).contains("Vos trajets").contains("Seulement si vous avez répondu à « Comment venez-vous ? » : En bus");
        b.find("input[name='q.q2']").sendKeys("Ligne 4");
        b.submit(b.find("form.questionnaire button[type=submit]"));
        assertThat(b.all(".field-error")).extracting(org.openqa.selenium.WebElement::getText)
                .containsExactly("Cette question est obligatoire.", "Cette question est obligatoire.");
        assertThat(b.find("input[name='q.q2']").getAttribute("value")).as("what was typed stays").isEqualTo("Ligne 4");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.find("input[name='q.q1'][value='c3']").click();
        b.find("input[name='q.q3'][value='4']").click();
        b.find("input[name='q.q4.c2']").click();
        b.find("input[name='q.q4.c3']").click();
        b.submit(b.find("form.questionnaire button[type=submit]"));
        assertThat(b.find(".alert[role=status]").getText()).contains("Merci, votre réponse est enregistrée.");
        assertThat(b.all("form.questionnaire")).as("answered once: no form any more").isEmpty();
        b.screenshot("survey-answered");

        JsonObject results = site.admin().call("GET", "api/spaces/budget/c/" + surveys + "/surveys/" + survey + "/results").send().json();
        assertThat(results.getInt("respondents")).isEqualTo(1);
        assertThat(results.getJsonArray("questions").getJsonObject(1).getJsonArray("texts").getString(0)).isEqualTo("Ligne 4");
        assertThat(results.getJsonArray("questions").getJsonObject(3).getJsonArray("counts").toString())
                .contains("{\"id\":\"c2\",\"label\":\"Des arbres\",\"count\":1}");
        String csv = site.admin().call("GET", "api/spaces/budget/c/" + surveys + "/admin/surveys/" + survey + "/answers.csv").send().body();
        assertThat(csv).contains("\"En bus\",\"Ligne 4\",\"4\",\"Des arbres | De la lumière\"");

        // closed, with public results: anyone sees the charts, drawn as SVG with their tables
        site.admin().call("POST", adminPage + "/surveys/" + survey + "/close").header("Accept", "text/html").raw("csrf=" + site.admin().csrf(), form).send();
        b.submit(b.find("form[action='/sign-out'] button"));
        b.open(site.host(), page + "/results");
        assertThat(b.all("svg.chart-bars")).hasSize(3);
        assertThat(b.text()).contains("1 personne(s) ont répondu.").contains("moyenne 4");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("survey-results");
    }

    @Test
    void anAdminWritesANewsletterInTheBrowserAndReadsStatisticsWhoIsAbsentAndThemes() {
        Site site = site("engage", "default");
        Scenario scenario = scenario();
        String reader = scenario.participant(site.host(), "lectrice");
        Scenario.Session session = scenario.signIn(site.host(), reader, Scenario.PASSWORD);
        session.call("PUT", "api/account/contact").json(Json.createObjectBuilder().add("emailNotifications", "daily")
                .add("newsletter", true).build()).send();
        Browser b = browser();
        b.open(site.host(), "/");
        b.driver().manage().addCookie(new org.openqa.selenium.Cookie("communa_session",
                site.admin().cookie().substring(site.admin().cookie().indexOf('=') + 1)));

        // a newsletter written and sent with the pages' forms; a form without a body comes back with what was typed
        b.open(site.host(), "/admin/newsletters/new");
        b.find("#subject-fr").sendKeys("Le vote approche");
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("document.getElementById('body-fr').removeAttribute('required')");
        b.submit(b.find("form.form button[type=submit]"));
        assertThat(b.find(".alert[role=alert]").getText()).contains("objet et un texte");
        assertThat(b.find("#subject-fr").getAttribute("value")).isEqualTo("Le vote approche");
        b.find("#body-fr").sendKeys("<p>Votez avant <strong>dimanche</strong>.</p>");
        b.submit(b.find("form.form button[type=submit]"));
        assertThat(b.find(".alert[role=status]").getText()).contains("enregistrée");
        assertThat(b.text()).contains("1 destinataire aujourd’hui");
        assertThat(b.find("iframe.newsletter-preview").getAttribute("sandbox")).isNotNull();
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.submit(b.find("form[action$='/send'] button"));
        assertThat(b.find(".alert[role=status]").getText()).contains("partira");
        Mailbox.await(reader, "Le vote approche");
        b.open(site.host(), "/admin/newsletters");
        assertThat(b.text()).contains("Le vote approche");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();

        // statistics, who is absent and the analysis pages: charts with their tables, nothing serious for accessibility
        site.admin().call("POST", "api/admin/statistics/recount").send();
        b.open(site.host(), "/admin/statistics");
        assertThat(b.all("svg.chart-columns")).isNotEmpty();
        assertThat(b.text()).contains("Soutiens").contains("Inscriptions");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.screenshot("admin-statistics");
        b.open(site.host(), "/admin/representativeness");
        assertThat(b.text()).contains("Qui participe, qui manque");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
        b.open(site.host(), "/admin/spaces/" + site.spaceId() + "/analysis");
        b.submit(b.find("form[action$='/analysis'] button"));
        assertThat(b.text()).contains("Fait par la machine");
        assertThat(b.seriousAccessibilityViolations()).isEmpty();
    }

    private static void signIn(Browser b, String host, String email) {
        b.open(host, "/sign-in");
        b.find("#email").sendKeys(email);
        b.find("#password").sendKeys(Scenario.PASSWORD);
        b.submit(b.find("form[action='/sign-in'] button[type=submit]"));
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("Mon compte"));
    }

    /** Presses Tab from the top of the page until the field with this id has the focus. */
    private static void tabUntil(Browser b, String id) {
        for (int i = 0; i < 40; i++) {
            new Actions(b.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = b.driver().switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("the field " + id + " cannot be reached with the keyboard");
    }
}
