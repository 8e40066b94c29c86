package org.communa.server.platform;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.communa.kernel.jobs.JobQueue;
import org.communa.modulehost.ModuleMigrations;
import org.communa.kernel.persistence.AdminConnections;
import org.communa.kernel.persistence.AdvisoryLock;
import org.communa.kernel.persistence.Database;
import org.communa.kernel.persistence.DatabaseSettings;
import org.communa.kernel.persistence.DatabaseBootstrap;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.persistence.TenantTransactions;
import org.communa.kernel.security.SystemAdmins;
import org.communa.tenants.DeleteOrganisation;
import org.communa.tenants.ExportOrganisation;
import org.communa.tenants.HostResolver;
import org.communa.tenants.ImportOrganisation;
import org.communa.tenants.OrganisationRegistry;

/**
 * Starts the kernel with the application: database prepared and checked, pools opened, jobs started.
 * Produces the kernel's plain-Java services as CDI beans for the HTTP layer.
 */
@ApplicationScoped
public class Platform {

    private static final Logger LOG = Logger.getLogger(Platform.class.getName());
    public static final List<String> MIGRATIONS = List.of("classpath:db/migration/core");

    @Inject CommunaSettings settings;
    @Inject jakarta.enterprise.inject.Instance<JobRegistration> jobRegistrations;
    @Inject jakarta.enterprise.event.Event<PlatformStarted> platformStarted;

    private Database database;
    private org.communa.modulehost.ModuleConnections moduleConnections;
    private TenantTransactions tenants;
    private SystemTransactions system;
    private HostResolver hosts;
    private OrganisationRegistry registry;
    private JobQueue jobs;
    private volatile boolean ready;

    /** Something that contributes a job type to the queue before it starts. */
    public interface JobRegistration {
        void register(JobQueue queue);
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            startKernel();
        } catch (RuntimeException e) {
            throw StartFailure.stopProcess(e);
        }
    }

    private void startKernel() {
        long started = System.nanoTime();
        new DatabaseBootstrap(settings.database()).prepare(MIGRATIONS);
        database = new Database(settings.database(), "communa", Platform.class.getClassLoader());
        moduleConnections = new org.communa.modulehost.ModuleConnections(database.appPool(), settings.database().appRole());
        tenants = new TenantTransactions(database);
        system = new SystemTransactions(database.systemPool());
        hosts = new HostResolver(database.appPool(), Duration.ofSeconds(30));
        registry = new OrganisationRegistry(system, hosts);
        jobs = new JobQueue(settings.jobFirstRetry());
        jobRegistrations.forEach(r -> r.register(jobs));
        jobs.start(database.systemPool(), settings.jobThreads(), settings.processName(), settings.jobHeartbeat());
        bootstrapSystemAdmin();
        platformStarted.fire(new PlatformStarted());
        ready = true;
        LOG.info("Communa platform started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * Deployments (and tests) may give the first admin's token in configuration, used only on an empty
     * instance (by one process: the others, starting together, wait and find it made).
     */
    private void bootstrapSystemAdmin() {
        settings.bootstrapToken().ifPresent(token -> AdvisoryLock.holding(database.systemPool(), BOOTSTRAP_LOCK, () -> {
            SystemAdmins admins = new SystemAdmins(system);
            if (!admins.any()) {
                admins.createWithToken("configuration", "bootstrap", token);
                LOG.info("created system admin 'bootstrap' from communa.bootstrap.token");
            }
        }));
    }

    private static final long BOOTSTRAP_LOCK = 0x636f6d6d756e6162L; // "communab"

    @PreDestroy
    void stop() {
        ready = false;
        if (jobs != null) {
            jobs.close();
        }
        if (database != null) {
            database.close();
        }
    }

    public boolean ready() {
        return ready;
    }

    @Produces public TenantTransactions tenantTransactions() { return tenants; }
    @Produces public SystemTransactions systemTransactions() { return system; }
    @Produces public HostResolver hostResolver() { return hosts; }
    @Produces public OrganisationRegistry organisationRegistry() { return registry; }
    @Produces public JobQueue jobQueue() { return jobs; }
    @Produces public DeleteOrganisation deleteOrganisation() { return new DeleteOrganisation(system, hosts); }
    /** Exports and imports carry the organisation's attachments, kept as files beside the database. */
    @Produces public ExportOrganisation exportOrganisation() {
        return new ExportOrganisation(system, registry, new org.communa.server.participation.AttachmentArchive(settings.filesDirectory()));
    }
    @Produces public ImportOrganisation importOrganisation() {
        return new ImportOrganisation(system, registry, hosts, org.communa.tenants.ArchiveLimits.DEFAULT,
                new org.communa.server.participation.AttachmentArchive(settings.filesDirectory()));
    }

    /** Module migrations run as the database owner, like the core's. */
    @Produces public ModuleMigrations moduleMigrations() {
        DatabaseSettings db = settings.database();
        return new ModuleMigrations(AdminConnections.dataSource(db.url(), db.adminUser(), db.adminPassword()),
                db.appRole(), db.systemRole());
    }

    public Database database() { return database; }
    /** Transactions in an organisation through the SDK's data interface: a module's, or the host's own. */
    public org.communa.modulehost.ModuleConnections moduleConnections() { return moduleConnections; }
}
