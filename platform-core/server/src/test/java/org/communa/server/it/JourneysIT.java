package org.communa.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.security.SystemAdmins;
import org.communa.launcher.demo.DemoWaterBudget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The first hour on the demo as `./communa run` seeds it (the demo organisations, and the water utility's budget run
 * through the API by the launcher's story): a student who signs up and votes, the same student who proposes, and the
 * water utility's admin who sets up a process, each starting from the home page and following only the links and
 * buttons a person sees, on a desktop and on a phone, with axe-core (WCAG 2.0 A and AA, WCAG 2.1 AA) on every page
 * visited. The clicks each journey takes are printed, to keep them few.
 */
class JourneysIT {

    static CommunaInstance demo;
    static Browser browser;
    static final String UNIVERSITY = "universite.localhost";
    static final String WATER = "eau.localhost";
    static final String PASSWORD = "un mot de passe assez long";

    private final List<String> violations = new ArrayList<>();
    private int clicks;

    @BeforeAll
    static void startTheDemo() throws Exception {
        demo = CommunaInstance.start("j", Map.of("COMMUNA_DEMO_SEED", "true"));
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(TestInfrastructure.adminUrl(CommunaInstance.database("j")));
        owner.setUser(System.getProperty("communa.it.db.admin", "postgres"));
        String told = new DemoWaterBudget(URI.create(demo.url()), owner,
                () -> new SystemAdmins(new SystemTransactions(owner)).create("demo-seed", "journeys")).fillIfEmpty();
        assertThat(told).contains("ran from idea to works");
        browser = new Browser(new URL(demo.url()));
    }

    @AfterAll
    static void stopTheDemo() {
        if (browser != null) {
            browser.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void aStudentSignsUpVotesThenProposesAndAnAdminSetsUpAProcess(int width) {
        browser.width(width);
        browser.driver().manage().deleteAllCookies();

        // a student signs up, confirms the address from the e-mail, and votes in the student budget
        open(UNIVERSITY);
        follow("Créer un compte");
        String email = "etudiant-" + width + "-" + System.nanoTime() + "@example.org";
        type("#displayName", "Camille");
        type("#email", email);
        type("#password", PASSWORD);
        tick("#acceptTerms");
        submit();
        assertThat(browser.find("h1").getText()).isEqualTo("Vérifiez votre messagerie");
        browser.open(UNIVERSITY, "/account/confirm?token=" + Mailbox.token(Mailbox.await(email, "Confirmez")));
        clicks++;
        check();
        submit();
        follow("Processus");
        follow("Budget participatif étudiant");
        follow("Voter");
        follow("Budget participatif étudiant");
        List<WebElement> projects = browser.all("input[type=checkbox][name^='p.']");
        browser.press(projects.get(0));
        browser.press(projects.get(2));
        clicks += 2;
        submit(browser.visible("Voter"));
        assertThat(browser.find(".notice[role=status]").getText()).isEqualTo("Merci, votre vote est enregistré.");
        int voting = reset();

        // the same student proposes an idea in the consultation, and is told it is published
        open(UNIVERSITY);
        follow("Processus");
        follow("Consultation sur la vie étudiante");
        follow("Propositions");
        follow("Nouvelle proposition");
        type("#title", "Des casiers pour les étudiants qui font la navette " + width);
        type("#body", "Pouvoir laisser ses affaires entre deux cours quand on habite loin du campus.");
        submit();
        assertThat(browser.find(".notice[role=status]").getText()).contains("Vous seul·e voyez cette proposition");
        submit(browser.visible("Publier ma proposition"));
        assertThat(browser.find(".notice[role=status]").getText()).startsWith("Votre proposition est publiée");
        int proposing = reset();

        // the water utility's admin sets up a process: phases, a feature and its settings, publication, then sees it live
        browser.driver().manage().deleteAllCookies();
        open(WATER);
        follow("Se connecter");
        type("#email", "admin@" + WATER);
        type("#password", DemoWaterBudget.PASSWORD);
        submit();
        follow("Administration");
        follow("Espaces participatifs");
        String slug = "quartiers-" + width;
        type("#slug", slug);
        type("#title-fr", "Budget des quartiers");
        submit(browser.find("form[action='/admin/spaces'] button[type=submit]"));
        assertThat(browser.find(".notice[role=status]").getText()).startsWith("L’espace est créé");
        type("#phase-fr", "Idées");
        // a date field as a person fills it, in the browser's own format: typed through the keyboard would depend on it
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find("#starts"), LocalDate.now(ZoneId.of("Europe/Paris")).toString());
        clicks++;
        submit(browser.find("form[action$='/phases'] button[type=submit]"));
        assertThat(browser.find(".phases .active").getText()).as("a phase that begins today is the current one").contains("Idées");
        new org.openqa.selenium.support.ui.Select(browser.find("#module")).selectByVisibleText("Propositions");
        type("#name-fr", "Idées des habitants");
        tick("form[action$='/components'] input[name=published]");
        submit(browser.find("form[action$='/components'] button[type=submit]"));
        follow("Idées des habitants");
        WebElement creation = browser.find("input[type=checkbox][name$='.creation_enabled']");
        if (!creation.isSelected()) {
            browser.press(creation);
            clicks++;
        }
        submit(browser.find("form.form button[type=submit]"));
        follow("Retour à l’espace");
        follow("Publier l’espace");
        assertThat(browser.find(".notice[role=status]").getText()).startsWith("L’espace est publié");
        follow("voir sur le site");
        follow("Idées des habitants");
        follow("Nouvelle proposition");
        assertThat(browser.find("h1").getText()).isEqualTo("Nouvelle proposition");
        int settingUp = reset();

        System.out.printf("first hour at %d px: a student votes in %d clicks, proposes in %d, an admin sets up a process in %d%n",
                width, voting, proposing, settingUp);
        assertThat(violations).as("axe-core, WCAG 2.0 A/AA and 2.1 AA, on every page visited").isEmpty();
    }

    private void open(String host) {
        browser.open(host, "/");
        check();
    }

    /** Follows the link or presses the button the person sees with this text. */
    private void follow(String text) {
        submit(browser.visible(text));
    }

    private void submit() {
        submit(browser.find("main form.form button[type=submit], form.form button[type=submit]"));
    }

    private void submit(WebElement control) {
        clicks++;
        browser.submit(control);
        check();
    }

    private void type(String field, String text) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(text);
        clicks++;
    }

    private void tick(String box) {
        browser.press(browser.find(box));
        clicks++;
    }

    private void check() {
        violations.addAll(browser.wcagViolations());
        assertThat(browser.driver().findElements(By.cssSelector("h1"))).as("a page, not an error: " + browser.driver().getCurrentUrl())
                .isNotEmpty();
    }

    private int reset() {
        int taken = clicks;
        clicks = 0;
        return taken;
    }
}
