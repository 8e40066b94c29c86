package org.communa.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.communa.kernel.persistence.AdvisoryLock;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.server.platform.CommunaSettings;
import org.communa.server.components.Component;
import org.communa.server.platform.PlatformStarted;
import org.communa.server.spaces.Category;
import org.communa.server.spaces.Phase;
import org.communa.server.spaces.Scope;
import org.communa.server.spaces.Space;
import org.communa.tenants.HostResolver;
import org.communa.kernel.tenant.TenantId;
import org.communa.tenants.OrganisationRegistry;
import org.communa.tenants.OrganisationSpec;

/**
 * Demo organisations for `./communa run` (communa.demo.seed=true): a water utility on eau.localhost (its
 * participatory budget is then run through the API by the launcher), and a university whose campuses are
 * scopes on universite.localhost. Created once; an existing host is left as it is.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());
    private static final String ACTOR = "demo-seed";

    @Inject org.communa.server.platform.Platform platform;
    @Inject CommunaSettings settings;
    @Inject OrganisationRegistry registry;
    @Inject HostResolver hosts;
    @Inject TenantTransactions transactions;

    /** Demo organisations' primary hosts: module demo content goes to their components. */
    static final List<String> DEMO_HOSTS = List.of("eau.localhost", "universite.localhost");

    /** Before the module host starts (priority 100 &lt; 200), so that modules find the demo components. */
    void seed(@Observes @jakarta.annotation.Priority(100) PlatformStarted started) {
        if (!settings.demoSeed()) {
            return;
        }
        // processes of a cluster start together: one seeds, the others wait, then find it done
        AdvisoryLock.holding(platform.database().systemPool(), SEEDING_LOCK, this::seedAll);
    }

    private static final long SEEDING_LOCK = 0x636f6d6d756e6164L; // "communad"

    private void seedAll() {
        seedOnce(new OrganisationSpec("eau", "Eau de la Métropole",
                "eau.localhost", List.of("www.eau.localhost"), List.of("fr", "en"), "fr", "Europe/Paris",
                "participation@eau.localhost", "riviere", List.of("pages", "proposals", "budgets", "surveys", "meetings")),
                DemoSeeder::waterUtility);
        seedOnce(new OrganisationSpec("universite", "Université de la Région",
                "universite.localhost", List.of(), List.of("fr", "en", "ca", "es"), "fr", "Europe/Paris",
                "participation@universite.localhost", "campus", List.of("pages", "proposals", "budgets", "surveys", "meetings")),
                DemoSeeder::university);
    }

    /** Provisions the organisation if its host is free, and fills it if it holds no space yet. */
    private void seedOnce(OrganisationSpec spec, java.util.function.Consumer<EntityManager> content) {
        TenantId tenant = hosts.resolve(spec.primaryHost()).map(HostResolver.ResolvedHost::tenant)
                .orElseGet(() -> registry.provision(ACTOR, spec).tenant());
        transactions.runInTenant(tenant, em -> {
            if (em.createQuery("select count(s) from Space s", Long.class).getSingleResult() == 0
                    && em.createQuery("select count(s) from Scope s", Long.class).getSingleResult() == 0) {
                content.accept(em);
                LOG.info("demo organisation ready: http://" + spec.primaryHost());
            }
        });
    }

    private static void waterUtility(EntityManager em) {
        for (String[] district : new String[][] {{"nord", "Secteur Nord", "North sector"}, {"sud", "Secteur Sud", "South sector"},
                {"est", "Secteur Est", "East sector"}, {"ouest", "Secteur Ouest", "West sector"}}) {
            em.persist(new Scope(district[0], Map.of("fr", district[1], "en", district[2]), null));
        }
        // the sectors' outlines, so that the maps of ideas and projects show the city even without a tile server
        em.flush();
        outline(em, "nord", 45.76, 4.80, 45.80, 4.88);
        outline(em, "sud", 45.72, 4.80, 45.76, 4.88);
        outline(em, "est", 45.72, 4.88, 45.80, 4.94);
        outline(em, "ouest", 45.72, 4.74, 45.80, 4.80);
        // its participatory budget is not inserted here: ./communa run drives it through the API, from the ideas to
        // the works (the launcher's WaterBudgetStory), as the utility ran it
        Space committee = new Space(Space.Kind.assembly, "comite-usagers",
                Map.of("fr", "Comité des usagers de l'eau", "en", "Water users' committee"),
                Map.of("fr", "Vingt usagers tirés au sort suivent la qualité du service et le budget participatif.",
                        "en", "Twenty randomly selected users follow the quality of service and the participatory budget."), null);
        committee.publish(true);
        em.persist(committee);
        em.persist(Component.publishedWithDefaults(committee.id(), "pages", Map.of("fr", "Le comité", "en", "The committee"), 1));
    }

    /** A rectangular outline for a demo scope (south-west and north-east corners, in degrees). */
    private static void outline(EntityManager em, String code, double south, double west, double north, double east) {
        String ring = String.format(java.util.Locale.ROOT,
                "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]", west, south, east, south, east, north, west, north, west, south);
        em.createNativeQuery("update scopes set outline = cast(?1 as jsonb) where code = ?2")
                .setParameter(1, "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}").setParameter(2, code).executeUpdate();
    }

    private static void university(EntityManager em) {
        Scope region = new Scope("region", Map.of("fr", "Tous les campus", "en", "All campuses"), null);
        em.persist(region);
        String[] campuses = {"Centre", "Nord", "Sud", "Est", "Ouest", "Santé", "Sciences", "Lettres", "Droit",
            "Technologie", "Arts", "Agronomie", "Littoral"};
        for (String campus : campuses) {
            String code = "campus-" + java.text.Normalizer.normalize(campus, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
            em.persist(new Scope(code, Map.of("fr", "Campus " + campus, "en", campus + " campus"), region.id()));
        }
        Space consultation = new Space(Space.Kind.process, "vie-etudiante",
                Map.of("fr", "Consultation sur la vie étudiante", "en", "Student life consultation"),
                Map.of("fr", "Donnez votre avis sur la vie de votre campus.", "en", "Tell us about life on your campus."), null);
        consultation.publish(true);
        em.persist(consultation);
        // dates around the day the demo is created: whenever it is started, the consultation is open
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        Phase ideas = new Phase(consultation.id(), 1, Map.of("fr", "Contributions", "en", "Contributions"),
                today.minusDays(30), today.plusDays(60));
        ideas.activate(true);
        em.persist(ideas);
        em.persist(new Phase(consultation.id(), 2, Map.of("fr", "Synthèse", "en", "Summary"),
                today.plusDays(61), today.plusDays(120)));
        for (String[] theme : new String[][] {{"Logement", "Housing"}, {"Restauration", "Food"}, {"Transports", "Transport"},
                {"Santé et bien-être", "Health and well-being"}, {"Études et bibliothèques", "Studies and libraries"}}) {
            em.persist(new Category(consultation.id(), Map.of("fr", theme[0], "en", theme[1]), null));
        }
        em.persist(Component.publishedWithDefaults(consultation.id(), "pages", Map.of("fr", "À propos", "en", "About"), 1));
        em.persist(Component.publishedWithPhaseSwitches(consultation.id(), "proposals", Map.of("fr", "Propositions", "en", "Proposals"), 2,
                ideas.id(), java.util.List.of("creation_enabled", "supports_enabled")));
        em.persist(Component.publishedWithDefaults(consultation.id(), "meetings", Map.of("fr", "Ateliers", "en", "Workshops"), 3));
        em.persist(Component.publishedWithDefaults(consultation.id(), "surveys", Map.of("fr", "Enquête", "en", "Survey"), 4));
        Space council = new Space(Space.Kind.assembly, "conseil-etudiant",
                Map.of("fr", "Conseil de la vie étudiante", "en", "Student life council"),
                Map.of("fr", "Élus étudiants et personnels préparent les décisions sur la vie des 13 campus.",
                        "en", "Elected students and staff prepare the decisions on life across the 13 campuses."), null);
        council.publish(true);
        em.persist(council);
        em.persist(Component.publishedWithDefaults(council.id(), "pages", Map.of("fr", "Le conseil", "en", "The council"), 1));
        em.persist(Component.publishedWithDefaults(council.id(), "meetings", Map.of("fr", "Séances", "en", "Meetings"), 2));
        Space budget = new Space(Space.Kind.process, "budget-etudiant",
                Map.of("fr", "Budget participatif étudiant", "en", "Student participatory budget"), Map.of(), region.id());
        budget.publish(true);
        em.persist(budget);
        em.persist(new Phase(budget.id(), 1, Map.of("fr", "Idées", "en", "Ideas"), today.minusDays(60), today.minusDays(15)));
        // the student budget is at its vote in the demo, so that voting can be tried at once
        Phase vote = new Phase(budget.id(), 2, Map.of("fr", "Vote", "en", "Vote"), today.minusDays(14), today.plusDays(21));
        vote.activate(true);
        em.persist(vote);
        em.persist(Component.publishedWithPhaseSwitches(budget.id(), "budgets", Map.of("fr", "Voter", "en", "Vote"), 1, vote.id(),
                java.util.List.of("voting_enabled")));
    }
}
