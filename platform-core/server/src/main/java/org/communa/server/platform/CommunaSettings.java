package org.communa.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.communa.kernel.json.BoundedJson;
import org.communa.kernel.persistence.DatabaseSettings;
import org.communa.server.web.sandbox.TemplateLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting of the server, read through MicroProfile Config: `communa.db.url` is also
 * COMMUNA_DB_URL in the environment. Defaults are documented in README.md.
 */
@ApplicationScoped
public class CommunaSettings {

    @Inject @ConfigProperty(name = "communa.db.url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/communa")
    String dbUrl;
    @Inject @ConfigProperty(name = "communa.db.user", defaultValue = "postgres")
    String dbUser;
    @Inject @ConfigProperty(name = "communa.db.password")
    Optional<String> dbPassword;
    @Inject @ConfigProperty(name = "communa.db.app-role", defaultValue = "communa_app")
    String appRole;
    @Inject @ConfigProperty(name = "communa.db.app-password", defaultValue = "communa_app")
    String appPassword;
    @Inject @ConfigProperty(name = "communa.db.system-role", defaultValue = "communa_system")
    String systemRole;
    @Inject @ConfigProperty(name = "communa.db.system-password", defaultValue = "communa_system")
    String systemPassword;
    @Inject @ConfigProperty(name = "communa.db.app-pool-size", defaultValue = "24")
    int appPoolSize;
    @Inject @ConfigProperty(name = "communa.db.system-pool-size", defaultValue = "6")
    int systemPoolSize;
    @Inject @ConfigProperty(name = "communa.db.create-database", defaultValue = "true")
    boolean createDatabase;

    @Inject @ConfigProperty(name = "communa.system.hosts", defaultValue = "localhost,127.0.0.1")
    List<String> systemHosts;
    @Inject @ConfigProperty(name = "communa.bootstrap.token")
    Optional<String> bootstrapToken;
    @Inject @ConfigProperty(name = "communa.demo.seed", defaultValue = "false")
    boolean demoSeed;
    @Inject @ConfigProperty(name = "communa.http.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;
    @Inject @ConfigProperty(name = "communa.http.trust-forwarded-proto", defaultValue = "false")
    boolean trustForwardedProto;
    /** How large a JSON body may be beyond its bytes: nesting, members of one object or array, one string, values in all. */
    @Inject @ConfigProperty(name = "communa.http.json.max-depth", defaultValue = "32")
    int jsonMaxDepth;
    @Inject @ConfigProperty(name = "communa.http.json.max-members", defaultValue = "10000")
    int jsonMaxMembers;
    @Inject @ConfigProperty(name = "communa.http.json.max-string", defaultValue = "200000")
    int jsonMaxString;
    @Inject @ConfigProperty(name = "communa.http.json.max-values", defaultValue = "100000")
    int jsonMaxValues;
    /** What one page render may use (organisations and modules write templates): see TemplateLimits. */
    @Inject @ConfigProperty(name = "communa.templates.max-rendered-chars", defaultValue = "4000000")
    int templateMaxRenderedChars;
    @Inject @ConfigProperty(name = "communa.templates.render-millis", defaultValue = "3000")
    long templateRenderMillis;
    @Inject @ConfigProperty(name = "communa.templates.max-allocated-mb", defaultValue = "128")
    long templateMaxAllocatedMb;
    @Inject @ConfigProperty(name = "communa.templates.max-string", defaultValue = "1000000")
    int templateMaxString;
    @Inject @ConfigProperty(name = "communa.templates.max-range", defaultValue = "10000")
    int templateMaxRange;
    /** The reverse proxies' addresses, whose X-Forwarded-For tells the client's address (none by default). */
    @Inject @ConfigProperty(name = "communa.http.trusted-proxies", defaultValue = " ")
    List<String> trustedProxies;
    @Inject @ConfigProperty(name = "communa.modules.dir", defaultValue = "var/modules")
    String modulesDirectory;
    @Inject @ConfigProperty(name = "communa.themes.dir", defaultValue = "var/themes")
    String themesDirectory;
    @Inject @ConfigProperty(name = "communa.notifications.mail-every-seconds", defaultValue = "60")
    int notificationMailSeconds;
    @Inject @ConfigProperty(name = "communa.links.scheme", defaultValue = "https")
    String linksScheme;
    @Inject @ConfigProperty(name = "communa.links.port", defaultValue = "0")
    int linksPort;
    @Inject @ConfigProperty(name = "communa.files.dir", defaultValue = "var/files")
    String filesDirectory;
    @Inject @ConfigProperty(name = "communa.attachments.max-bytes", defaultValue = "10485760")
    long attachmentMaxBytes;
    @Inject @ConfigProperty(name = "communa.attachments.per-resource", defaultValue = "10")
    int attachmentsPerResource;
    @Inject @ConfigProperty(name = "communa.modules.failure-threshold", defaultValue = "5")
    int moduleFailureThreshold;
    @Inject @ConfigProperty(name = "communa.modules.trusted-publishers", defaultValue = "var/trusted-publishers")
    String trustedPublishers;
    @Inject @ConfigProperty(name = "communa.modules.allow-unsigned", defaultValue = "false")
    boolean allowUnsignedModules;
    @Inject @ConfigProperty(name = "communa.jobs.threads", defaultValue = "4")
    int jobThreads;
    @Inject @ConfigProperty(name = "communa.jobs.first-retry-seconds", defaultValue = "30")
    int jobFirstRetrySeconds;
    /** A process that has not said it is alive for four of these is dead: another takes over its jobs. */
    @Inject @ConfigProperty(name = "communa.jobs.heartbeat-seconds", defaultValue = "15")
    int jobHeartbeatSeconds;
    /** On SIGTERM, how long the process keeps serving while not ready, before it stops (0: stop at once). */
    @Inject @ConfigProperty(name = "communa.shutdown.drain-seconds", defaultValue = "0")
    int shutdownDrainSeconds;
    /** How this process is named to the others, in job claims, logs and the cluster view. */
    @Inject @ConfigProperty(name = "communa.process.name")
    Optional<String> processName;

    @Inject @ConfigProperty(name = "communa.statistics.every-seconds", defaultValue = "60")
    int statisticsSeconds;
    @Inject @ConfigProperty(name = "communa.newsletters.rate-per-second", defaultValue = "20")
    double newsletterRate;
    @Inject @ConfigProperty(name = "communa.newsletters.batch-seconds", defaultValue = "20")
    int newsletterBatchSeconds;

    @Inject @ConfigProperty(name = "communa.smtp.host", defaultValue = "127.0.0.1")
    String smtpHost;
    @Inject @ConfigProperty(name = "communa.smtp.port", defaultValue = "25")
    int smtpPort;
    @Inject @ConfigProperty(name = "communa.smtp.user")
    Optional<String> smtpUser;
    @Inject @ConfigProperty(name = "communa.smtp.password")
    Optional<String> smtpPassword;
    @Inject @ConfigProperty(name = "communa.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;
    @Inject @ConfigProperty(name = "communa.smtp.from", defaultValue = "no-reply@communa.localhost")
    String smtpFrom;

    @Inject @ConfigProperty(name = "communa.federation.allow-private-addresses", defaultValue = "false")
    boolean federationAllowPrivateAddresses;
    @Inject @ConfigProperty(name = "communa.federation.max-body-bytes", defaultValue = "262144")
    int federationMaxBodyBytes;

    @Inject @ConfigProperty(name = "communa.auth.session-hours", defaultValue = "336")
    int sessionHours;
    @Inject @ConfigProperty(name = "communa.auth.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;
    @Inject @ConfigProperty(name = "communa.auth.max-failures-per-ip", defaultValue = "30")
    int maxFailuresPerIp;

    public DatabaseSettings database() {
        return new DatabaseSettings(dbUrl, dbUser, dbPassword.orElse(""), appRole, appPassword, systemRole, systemPassword,
                appPoolSize, systemPoolSize, createDatabase);
    }

    public List<String> systemHosts() { return systemHosts; }
    public Optional<String> bootstrapToken() { return bootstrapToken.filter(t -> !t.isBlank()); }
    public boolean demoSeed() { return demoSeed; }
    public long maxBodyBytes() { return maxBodyBytes; }
    public boolean trustForwardedProto() { return trustForwardedProto; }
    public TemplateLimits templateLimits() {
        return new TemplateLimits(templateMaxRenderedChars, java.time.Duration.ofMillis(templateRenderMillis),
                templateMaxAllocatedMb << 20, templateMaxString, templateMaxRange);
    }
    public BoundedJson.Limits jsonLimits() {
        return new BoundedJson.Limits(jsonMaxDepth, jsonMaxMembers, jsonMaxString, jsonMaxValues);
    }
    public List<String> trustedProxies() { return trustedProxies.stream().map(String::trim).filter(p -> !p.isEmpty()).toList(); }
    public int jobThreads() { return jobThreads; }
    public java.nio.file.Path modulesDirectory() { return java.nio.file.Path.of(modulesDirectory); }
    public java.nio.file.Path themesDirectory() { return java.nio.file.Path.of(themesDirectory); }
    /** Where attachments are stored: one directory per organisation, named by its id. */
    public java.nio.file.Path filesDirectory() { return java.nio.file.Path.of(filesDirectory); }
    public long attachmentMaxBytes() { return attachmentMaxBytes; }
    /** How often notification e-mails (immediate ones, and digests that are due) are sent. */
    public java.time.Duration notificationMailEvery() { return java.time.Duration.ofSeconds(Math.max(1, notificationMailSeconds)); }
    /** The start of links in e-mails sent by jobs (no request to copy it from): scheme://primary-host[:port]. */
    /** How this instance is reached (https in production, http when run locally); other servers are assumed alike. */
    public String linksScheme() { return linksScheme; }
    /** Whether the operator said on which port the instance is reached (communa.links.port). */
    public boolean linksPortGiven() {
        return linksPort > 0;
    }

    public String linkBase(String host) {
        return linksScheme + "://" + host + (linksPort > 0 ? ":" + linksPort : "");
    }
    public int attachmentsPerResource() { return attachmentsPerResource; }
    public int moduleFailureThreshold() { return Math.max(1, moduleFailureThreshold); }
    public java.nio.file.Path trustedPublishers() { return java.nio.file.Path.of(trustedPublishers); }
    public boolean allowUnsignedModules() { return allowUnsignedModules; }
    public int shutdownDrainSeconds() { return shutdownDrainSeconds; }
    public java.time.Duration jobHeartbeat() { return java.time.Duration.ofSeconds(Math.max(1, jobHeartbeatSeconds)); }
    private volatile String resolvedProcessName;

    public String processName() {
        String known = resolvedProcessName;
        if (known == null) {
            known = resolveProcessName();
            resolvedProcessName = known;
        }
        return known;
    }

    private String resolveProcessName() {
        return processName.filter(n -> !n.isBlank()).orElseGet(() -> {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
            return host + "-" + ProcessHandle.current().pid();
        });
    }
    public java.time.Duration jobFirstRetry() { return java.time.Duration.ofSeconds(Math.max(1, jobFirstRetrySeconds)); }
    public SmtpSettings smtp() {
        return new SmtpSettings(smtpHost, smtpPort, smtpUser.orElse(null), smtpPassword.orElse(null), smtpStartTls, smtpFrom);
    }
    public int sessionHours() { return sessionHours; }
    /** How often organisations whose participation changed have their statistics recounted. */
    public java.time.Duration statisticsEvery() { return java.time.Duration.ofSeconds(Math.max(1, statisticsSeconds)); }
    /** The most newsletter e-mails sent per second by the instance (0: as fast as the mail server takes them). */
    public double newsletterRate() { return Math.max(0, newsletterRate); }
    /** How long one pass of the newsletter job sends before it lets the process stop or other jobs run. */
    public java.time.Duration newsletterBatch() { return java.time.Duration.ofSeconds(Math.max(1, newsletterBatchSeconds)); }
    /** Local tests federate over loopback; production refuses private addresses (server-side request forgery). */
    public boolean federationAllowPrivateAddresses() { return federationAllowPrivateAddresses; }
    /** The largest activity an inbox accepts and the largest document a fetch reads. */
    public int federationMaxBodyBytes() { return federationMaxBodyBytes; }
    public int maxFailuresPerAccount() { return maxFailuresPerAccount; }
    public int maxFailuresPerIp() { return maxFailuresPerIp; }

    /** Where the instance sends mail; an organisation may have its own (organisations.smtp). */
    public record SmtpSettings(String host, int port, String user, String password, boolean startTls, String from) {
    }
}
