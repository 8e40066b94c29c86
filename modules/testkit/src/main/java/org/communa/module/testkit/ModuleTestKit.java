package org.communa.module.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.communa.modulehost.ActionContext;
import org.communa.modulehost.JdbcModuleData;
import org.communa.modulehost.ModuleRoles;
import org.communa.modulehost.ModuleJobs;
import org.communa.modulehost.MigrationScript;
import org.communa.modulehost.ModuleMigrations;
import org.communa.kernel.persistence.AdminConnections;
import org.communa.kernel.persistence.DatabaseSettings;
import org.communa.kernel.tenant.TenantId;
import org.communa.module.api.ModuleManifest;
import org.communa.module.api.ParticipationModule;
import org.communa.module.api.data.ModuleData;

/**
 * Runs a module as the server would, without the server: a fresh database with the platform's schema,
 * the module's migrations applied under the host's table rules, organisations with a component of the
 * module, and requests dispatched to its routes with the host's permissions, HTML policy and
 * row-level security.
 *
 * <pre>{@code
 * ModuleTestKit kit = ModuleTestKit.start(new PagesModule());
 * TestOrganisation town = kit.organisation("town");
 * ModuleResponse created = kit.request(town, "POST", "pages").as(admin, "admin").body(json).send();
 * }</pre>
 */
public final class ModuleTestKit {

    private final ModuleManifest manifest;
    private final DatabaseSettings settings;
    private final DataSource admin;
    private final DataSource app;
    private final List<MigrationScript> scripts;
    private final int migrationsApplied;
    private final List<ModuleManifest> required;
    private final List<PendingJob> pendingJobs = new java.util.concurrent.CopyOnWriteArrayList<>();

    private record PendingJob(TestOrganisation organisation, ModuleJobs.QueuedJob job) {
    }

    private ModuleTestKit(ParticipationModule module, List<ParticipationModule> required) {
        this(module, required, KitDatabase.fresh());
    }

    private ModuleTestKit(ParticipationModule module, List<ParticipationModule> required, DatabaseSettings database) {
        this.manifest = module.manifest();
        // every route is in the instance's API document: one that says nothing of itself fails the module's build
        List<String> undescribed = org.communa.modulehost.ModuleOpenApi.faults(manifest);
        if (!undescribed.isEmpty()) {
            throw new IllegalStateException("the module's routes must describe themselves for /openapi:\n  "
                    + String.join("\n  ", undescribed));
        }
        // every setting is named in each language: one shown as its raw key fails the module's build
        List<String> unnamed = SettingNames.missing(manifest, module.getClass().getClassLoader());
        if (!unnamed.isEmpty()) {
            throw new IllegalStateException("the module's settings must be named for admins in i18n/messages_LANG.properties:\n  "
                    + String.join("\n  ", unnamed));
        }
        this.settings = database;
        this.admin = pooled(AdminConnections.dataSource(settings.url(), settings.adminUser(), settings.adminPassword()), 4);
        this.app = pooled(AdminConnections.dataSource(settings.url(), settings.appRole(), settings.appPassword()), 16);
        this.required = required.stream().map(ParticipationModule::manifest).toList();
        List<ModuleManifest> active = new java.util.ArrayList<>();
        for (ParticipationModule other : required) {
            ModuleManifest otherManifest = other.manifest();
            migrations().migrate(otherManifest.key(), ClasspathScripts.read(other.getClass().getClassLoader(), otherManifest.migrationsLocation()));
            migrations().connect(otherManifest, active);
            active.add(otherManifest);
        }
        this.scripts = ClasspathScripts.read(module.getClass().getClassLoader(), manifest.migrationsLocation());
        this.migrationsApplied = migrations().migrate(manifest.key(), scripts);
        migrations().connect(manifest, active);
    }

    /**
     * Connections kept open, as the server keeps them: opening one per request costs PostgreSQL a process each
     * time, and a test sending thousands of requests from many threads would mostly wait for that.
     */
    private static DataSource pooled(DataSource connections, int size) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setDataSource(connections);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setIdleTimeout(10_000);
        config.setPoolName("communa-testkit");
        return new com.zaxxer.hikari.HikariDataSource(config);
    }

    /** A kit with a fresh database and the module's migrations applied. */
    public static ModuleTestKit start(ParticipationModule module) {
        return new ModuleTestKit(module, List.of());
    }

    /**
     * A kit with the module and modules it requires (or uses), all migrated, their published views open to it as
     * on a server where they are installed: {@code ModuleTestKit.start(new BudgetsModule(), new ProposalsModule())}.
     * Requests go to the first module only.
     */
    public static ModuleTestKit start(ParticipationModule module, ParticipationModule... required) {
        return new ModuleTestKit(module, List.of(required));
    }

    /**
     * A kit on a database loaded from a dump of an instance at an older version (a plain pg_dump with --inserts,
     * on the classpath), upgraded as a real instance would be: the host's migrations, then the modules' (which find
     * their history in the dump and run only what is new). Proves that an upgrade keeps the data. Find the dump's
     * organisations with {@link #existing}. @since 1.7
     */
    public static ModuleTestKit startFromDump(String classpathDump, ParticipationModule module, ParticipationModule... required) {
        String dump;
        try (java.io.InputStream in = module.getClass().getClassLoader().getResourceAsStream(classpathDump)) {
            if (in == null) {
                throw new IllegalArgumentException("no dump at " + classpathDump + " on the test classpath");
            }
            dump = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the dump " + classpathDump + ": " + e.getMessage(), e);
        }
        return new ModuleTestKit(module, List.of(required), KitDatabase.fromDump(dump));
    }

    /** An organisation of a dump, by slug, with the module's component of that name (its French name). @since 1.7 */
    public TestOrganisation existing(String slug, String componentFrenchName) {
        try (Connection connection = admin.getConnection(); PreparedStatement find = connection.prepareStatement(
                "select o.id as organisation, s.slug as space, c.id as component from organisations o join components c on c.tenant_id = o.id "
                + "join spaces s on s.id = c.space_id where o.slug = ? and c.module_key = ? and c.name ->> 'fr' = ?")) {
            find.setString(1, slug);
            find.setString(2, manifest.key());
            find.setString(3, componentFrenchName);
            try (ResultSet found = find.executeQuery()) {
                if (!found.next()) {
                    throw new IllegalArgumentException("no component " + componentFrenchName + " of " + manifest.key() + " in " + slug);
                }
                return new TestOrganisation(found.getObject("organisation", UUID.class), found.getString("space"),
                        found.getObject("component", UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the organisation " + slug + ": " + e.getMessage(), e);
        }
    }

    /** Whether a module the manifest requires was started with the kit in a version the requirement accepts. */
    boolean available(String requiredKey) {
        return manifest.requirements().stream().filter(r -> r.moduleKey().equals(requiredKey))
                .anyMatch(r -> required.stream().anyMatch(m -> r.satisfiedBy(m.key(), m.version())));
    }

    /** The kit database's roles and address, for tests that look at the database under the module's role. */
    DatabaseSettings settings() {
        return settings;
    }

    public ModuleManifest manifest() {
        return manifest;
    }

    public int migrationsApplied() {
        return migrationsApplied;
    }

    /** The host's migration runner on this database: apply more scripts (an upgrade), or purge the module. */
    public ModuleMigrations migrations() {
        return new ModuleMigrations(admin, settings.appRole(), settings.systemRole());
    }

    /** Runs the module's scripts plus these new ones, as installing its next version would; returns how many ran. */
    public int upgrade(List<MigrationScript> newScripts) {
        List<MigrationScript> all = new java.util.ArrayList<>(scripts);
        all.addAll(newScripts);
        return migrations().migrate(manifest.key(), all);
    }

    /** A new active organisation with a published space and one published component of the module. */
    public TestOrganisation organisation(String slug) {
        UUID id = UUID.randomUUID();
        UUID space = UUID.randomUUID();
        UUID component = UUID.randomUUID();
        try (Connection connection = admin.getConnection()) {
            connection.setAutoCommit(false);
            execute(connection, "insert into organisations (id, slug, name, status, default_locale, available_locales, "
                    + "time_zone, theme, allowed_modules) values (?, ?, ?, 'active', 'fr', '{fr,en,ca,es}', "
                    + "'Europe/Paris', 'default', array[?])", id, slug, slug, manifest.key());
            execute(connection, "insert into spaces (id, tenant_id, kind, slug, title, published) "
                    + "values (?, ?, 'process', ?, '{\"fr\":\"Espace\"}'::jsonb, true)", space, id, slug + "-space");
            execute(connection, "insert into components (id, tenant_id, space_id, module_key, name, published) "
                    + "values (?, ?, ?, ?, '{\"fr\":\"Composant\"}'::jsonb, true)", component, id, space, manifest.key());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test organisation " + slug + ": " + e.getMessage(), e);
        }
        return new TestOrganisation(id, slug + "-space", component);
    }

    /** A confirmed participant of the organisation (supports, comments and follows need a real account). */
    public UUID participant(TestOrganisation organisation, String displayName) {
        UUID id = UUID.randomUUID();
        try (Connection connection = admin.getConnection()) {
            execute(connection, "insert into participants (id, tenant_id, email, email_normalised, display_name, locale, confirmed_at) "
                    + "values (?, ?, ?, ?, ?, 'fr', now())", id, organisation.id(), id + "@example.org", id + "@example.org", displayName);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create participant " + displayName + ": " + e.getMessage(), e);
        }
        return id;
    }

    /** A category of the organisation's space (as an admin creates it); answers its id. */
    public UUID category(TestOrganisation organisation, String frenchName) {
        UUID id = UUID.randomUUID();
        adminUpdate("insert into categories (id, tenant_id, space_id, name) select ?, ?, space_id, jsonb_build_object('fr', ?::text) "
                + "from components where id = ?", id, organisation.id(), frenchName, organisation.componentId());
        return id;
    }

    /** A scope of the organisation (a campus, a district), inside parent when given; answers its id. */
    public UUID scope(TestOrganisation organisation, String code, String frenchName, UUID parent) {
        UUID id = UUID.randomUUID();
        adminUpdate("insert into scopes (id, tenant_id, code, name, parent_id) values (?, ?, ?, jsonb_build_object('fr', ?::text), ?)",
                id, organisation.id(), code, frenchName, parent);
        return id;
    }

    /** A second published component of the module in the same space: the same organisation, another component id. */
    public TestOrganisation anotherComponent(TestOrganisation organisation) {
        UUID component = UUID.randomUUID();
        adminUpdate("insert into components (id, tenant_id, space_id, module_key, name, published) select ?, tenant_id, space_id, "
                + "module_key, '{\"fr\":\"Autre composant\"}'::jsonb, true from components where id = ?", component, organisation.componentId());
        return new TestOrganisation(organisation.id(), organisation.spaceSlug(), component);
    }

    /**
     * The organisation's search page as a visitor sees it (French reader): the titles found for these words, best
     * first, matched words in {@code <mark>}. Shows that a module keeps the search contract (SDK {@code Search}).
     */
    public org.communa.modulehost.participation.OrganisationSearch.Results search(TestOrganisation organisation, String words) {
        return hostData(organisation, null).read(sql -> org.communa.modulehost.participation.OrganisationSearch.find(sql,
                new org.communa.modulehost.participation.OrganisationSearch.Query(words, null, null, 0, "fr")));
    }

    /** The paths (relative to the organisation) of what the organisation's search finds for these words. */
    public java.util.List<String> searchPaths(TestOrganisation organisation, String words) {
        return search(organisation, words).hits().stream().map(org.communa.modulehost.participation.OrganisationSearch.Hit::url).toList();
    }

    /** The events a participant was notified of, oldest first (in-app notifications, as the host stores them). */
    public java.util.List<String> notifications(TestOrganisation organisation, UUID participant) {
        return hostData(organisation, null).read(sql -> sql.query("select event from notifications where participant_id = ? order by created_at",
                participant).stream().map(r -> r.string("event")).toList());
    }

    private void adminUpdate(String sql, Object... parameters) {
        try (Connection connection = admin.getConnection()) {
            execute(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("test data refused: " + e.getMessage(), e);
        }
    }

    /** The participation services (supports, comments, search...) as a participant (or nobody) sees them in the organisation. */
    public org.communa.module.api.participation.Participation participation(TestOrganisation organisation, UUID participant) {
        return new org.communa.modulehost.participation.KernelParticipation(new org.communa.modulehost.participation.ParticipationScope(
                hostData(organisation, participant), organisation.componentId(), participant),
                "/processes/" + organisation.spaceSlug() + "/c/" + organisation.componentId());
    }

    /** A request to the organisation's component; path is relative to the component, e.g. "pages/42". */
    public KitRequest request(TestOrganisation organisation, String method, String path) {
        return new KitRequest(this, organisation, method, path);
    }

    /** The module's tables as the module sees them inside the organisation (row-level security applies). */
    public ModuleData data(TestOrganisation organisation) {
        return data(organisation, null);
    }

    ModuleData data(TestOrganisation organisation, UUID participant) {
        return JdbcModuleData.forModule(app, new ModuleRoles(settings.appRole()), new TenantId(organisation.id()),
                new ActionContext(manifest.key(), organisation.componentId(), participant));
    }

    /**
     * The organisation as the host itself works in it, under the application role: for a test to do what the host
     * would (store an uploaded file, read notifications). A module never gets this.
     */
    public ModuleData hostData(TestOrganisation organisation) {
        return hostData(organisation, null);
    }

    /**
     * What the module gives for the participant's "download my data", as the host asks for it (the module's
     * transaction, its role); JSON null when the module declares no personal data. @since 1.6
     */
    public jakarta.json.JsonValue personalData(TestOrganisation organisation, UUID participant) {
        if (manifest.personalData() == null) {
            return jakarta.json.JsonValue.NULL;
        }
        return data(organisation, participant).read(sql -> manifest.personalData().export(sql, participant));
    }

    /** What the host asks of the module when the participant deletes their account. @since 1.6 */
    public void forget(TestOrganisation organisation, UUID participant) {
        if (manifest.personalData() != null) {
            data(organisation, null).write(sql -> {
                manifest.personalData().forget(sql, participant);
                return null;
            });
        }
    }

    /**
     * The organisation's census, as its admins upload it: identifiers (hashed here, as they would be before the
     * upload) and the scope each places its person in (null for none), valid until validUntil (null: no end).
     * Replaces the previous one. What the module then reads through {@code eligibility()}. @since 1.7
     */
    public void census(TestOrganisation organisation, Map<String, UUID> identifiersAndScopes, java.time.OffsetDateTime validUntil) {
        Map<String, UUID> hashes = new java.util.LinkedHashMap<>();
        identifiersAndScopes.forEach((identifier, scope) -> hashes.put(org.communa.modulehost.eligibility.SqlEligibility.censusHash(identifier), scope));
        hostData(organisation).write(sql -> org.communa.modulehost.eligibility.CensusReplacement.replace(sql, hashes, validUntil));
    }

    /** The census without scopes nor end. @since 1.7 */
    public void census(TestOrganisation organisation, String... identifiers) {
        Map<String, UUID> census = new java.util.LinkedHashMap<>();
        for (String identifier : identifiers) {
            census.put(identifier, null);
        }
        census(organisation, census, null);
    }

    /** The host's side of the same organisation (participation services use the host's tables as the host). */
    ModuleData hostData(TestOrganisation organisation, UUID participant) {
        return JdbcModuleData.forHost(app, new TenantId(organisation.id()),
                new ActionContext(manifest.key(), organisation.componentId(), participant));
    }

    void enqueue(TestOrganisation organisation, ModuleJobs.QueuedJob job) {
        pendingJobs.add(new PendingJob(organisation, job));
    }

    private final List<java.time.Instant> scheduled = new java.util.ArrayList<>();

    void scheduled(java.time.Instant notBefore) {
        scheduled.add(notBefore);
    }

    /** When the jobs queued with {@code enqueueAt} so far asked to run, in the order they were queued. */
    public List<java.time.Instant> scheduledTimes() {
        return List.copyOf(scheduled);
    }

    /** Runs the jobs the module queued so far (and those they queue), as the host's job queue would; returns how many ran. */
    public int runJobs() {
        int ran = 0;
        while (!pendingJobs.isEmpty()) {
            PendingJob next = pendingJobs.remove(0);
            ModuleJobs.run(manifest, next.job(), next.organisation().id(), data(next.organisation()),
                    () -> new KitServices(this, next.organisation(), null, java.util.Set.of(), null).participation().notifications());
            ran++;
        }
        return ran;
    }

    /** The organisation's action log entries written by the module, oldest first: "action resource_type resource_id". */
    public List<String> actionLog(TestOrganisation organisation) {
        try (Connection connection = admin.getConnection();
                PreparedStatement query = connection.prepareStatement("select action, resource_type, resource_id from action_log "
                        + "where tenant_id = ? order by at, id")) {
            query.setObject(1, organisation.id());
            List<String> entries = new java.util.ArrayList<>();
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unrestricted connections (the database owner), to check what is really stored. */
    public DataSource adminDataSource() {
        return admin;
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
