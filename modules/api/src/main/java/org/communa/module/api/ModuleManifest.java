package org.communa.module.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communa.module.api.http.Route;
import org.communa.module.api.settings.SettingDefinition;

/**
 * The single place where a module says what it is: key and version, names per language, resource
 * types, actions and the roles they need, typed settings (global and per phase), routes, where its
 * database migrations live, and its demo content. Read top to bottom; built once by the module, checked by the builder.
 */
public final class ModuleManifest {

    private final String key;
    private final String version;
    private final Map<String, String> names;
    private final List<String> resourceTypes;
    private final List<Action> actions;
    private final List<SettingDefinition> globalSettings;
    private final List<SettingDefinition> phaseSettings;
    private final List<Route> routes;
    private final String migrationsLocation;
    private final DemoSeed demoSeed;
    private final Map<String, JobHandler> jobs;
    private final org.communa.module.api.participation.ResourceCatalog resourceCatalog;
    private final org.communa.module.api.federation.ActivityMapping activityMapping;
    private final org.communa.module.api.federation.ReplyHandler replyHandler;
    private final ComponentDigest.Provider digest;
    private final List<Statistic> statistics;
    private final List<Requirement> requirements;
    private final List<Contract> contracts;
    private final PersonalData personalData;

    private ModuleManifest(Builder b) {
        this.key = b.key;
        this.version = b.version;
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(b.names));
        this.resourceTypes = List.copyOf(b.resourceTypes);
        this.actions = List.copyOf(b.actions);
        this.globalSettings = List.copyOf(b.globalSettings);
        this.phaseSettings = List.copyOf(b.phaseSettings);
        this.routes = List.copyOf(b.routes);
        this.migrationsLocation = b.migrationsLocation;
        this.demoSeed = b.demoSeed;
        this.jobs = Collections.unmodifiableMap(new LinkedHashMap<>(b.jobs));
        this.resourceCatalog = b.resourceCatalog;
        this.activityMapping = b.activityMapping;
        this.replyHandler = b.replyHandler;
        this.digest = b.digest;
        this.statistics = List.copyOf(b.statistics);
        this.requirements = List.copyOf(b.requirements);
        this.contracts = List.copyOf(b.contracts);
        this.personalData = b.personalData;
    }

    public static Builder module(String key, String version) {
        return new Builder(key, version);
    }

    public String key() { return key; }
    public String version() { return version; }
    public Map<String, String> names() { return names; }
    public List<String> resourceTypes() { return resourceTypes; }
    public List<Action> actions() { return actions; }
    public List<SettingDefinition> globalSettings() { return globalSettings; }
    public List<SettingDefinition> phaseSettings() { return phaseSettings; }
    public List<Route> routes() { return routes; }
    /** Classpath folder of the module's Flyway migrations inside its bundle, or null when it has no tables. */
    public String migrationsLocation() { return migrationsLocation; }
    /** Example content for demo instances, or null. */
    public DemoSeed demoSeed() { return demoSeed; }
    /** The module's jobs by name. */
    public Map<String, JobHandler> jobs() { return jobs; }
    /** How the host finds the module's resources for supports, comments, follows and reports; null when it has none. */
    public org.communa.module.api.participation.ResourceCatalog resourceCatalog() { return resourceCatalog; }
    /** How the module's resources look to the fediverse; null when they do not federate. */
    public org.communa.module.api.federation.ActivityMapping activityMapping() { return activityMapping; }
    /** What the module takes of the replies its objects receive from the fediverse; null when it leaves them all to the host. @since 1.4 */
    public org.communa.module.api.federation.ReplyHandler replyHandler() { return replyHandler; }
    /** What a component of the module shows on its space's page; null when it shows nothing there. @since 1.4 */
    public ComponentDigest.Provider digest() { return digest; }
    /** The figures the organisation's statistics count for each component of the module. @since 1.5 */
    public List<Statistic> statistics() { return statistics; }

    /** The modules this one needs, with the versions it works with. @since 1.6 */
    public List<Requirement> requirements() { return requirements; }

    /** What this module publishes for the modules that require it. @since 1.6 */
    public List<Contract> contracts() { return contracts; }

    /** What it holds about a participant, for "download my data" and account deletion; null: nothing. @since 1.6 */
    public PersonalData personalData() { return personalData; }

    /** Collects a manifest; {@link #build()} refuses an incomplete or contradictory one. */
    public static final class Builder {
        private final String key;
        private final String version;
        private final Map<String, String> names = new LinkedHashMap<>();
        private final List<String> resourceTypes = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();
        private final List<SettingDefinition> globalSettings = new ArrayList<>();
        private final List<SettingDefinition> phaseSettings = new ArrayList<>();
        private final List<Route> routes = new ArrayList<>();
        private String migrationsLocation;
        private DemoSeed demoSeed;
        private final Map<String, JobHandler> jobs = new LinkedHashMap<>();
        private org.communa.module.api.participation.ResourceCatalog resourceCatalog;
        private org.communa.module.api.federation.ActivityMapping activityMapping;
        private org.communa.module.api.federation.ReplyHandler replyHandler;
        private ComponentDigest.Provider digest;
        private final List<Statistic> statistics = new ArrayList<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private final List<Contract> contracts = new ArrayList<>();
        private PersonalData personalData;

        private Builder(String key, String version) {
            this.key = key;
            this.version = version;
        }

        public Builder name(String locale, String name) {
            names.put(locale, name);
            return this;
        }

        public Builder resourceType(String type) {
            resourceTypes.add(type);
            return this;
        }

        public Builder action(String actionKey, String requiredRole) {
            actions.add(new Action(actionKey, requiredRole));
            return this;
        }

        /** An action with its phase setting or verification ({@link Action#enabledBy}, {@link Action#requiring}). @since 1.1 */
        public Builder action(Action action) {
            actions.add(action);
            return this;
        }

        public Builder globalSetting(SettingDefinition setting) {
            globalSettings.add(setting);
            return this;
        }

        public Builder phaseSetting(SettingDefinition setting) {
            phaseSettings.add(setting);
            return this;
        }

        public Builder route(Route route) {
            routes.add(route);
            return this;
        }

        public Builder migrations(String classpathLocation) {
            this.migrationsLocation = classpathLocation;
            return this;
        }

        public Builder job(String name, JobHandler handler) {
            if (name == null || !name.matches("[a-z][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException(key + ": job name must be snake_case, got: " + name);
            }
            if (jobs.putIfAbsent(name, handler) != null) {
                throw new IllegalArgumentException(key + ": job " + name + " is declared twice");
            }
            return this;
        }

        /** Lets people support, comment on, follow and report the module's resources through the host. @since 1.1 */
        public Builder resources(org.communa.module.api.participation.ResourceCatalog catalog) {
            this.resourceCatalog = catalog;
            return this;
        }

        /** Lets the host publish the module's resources over ActivityPub. @since 1.1 */
        public Builder federation(org.communa.module.api.federation.ActivityMapping mapping) {
            this.activityMapping = mapping;
            return this;
        }

        /** Lets the module take replies from the fediverse to its objects (poll votes) before they become comments. @since 1.4 */
        public Builder federationReplies(org.communa.module.api.federation.ReplyHandler handler) {
            this.replyHandler = handler;
            return this;
        }

        /** Lets the module show a few items of each component on its space's page. @since 1.4 */
        public Builder digest(ComponentDigest.Provider provider) {
            this.digest = provider;
            return this;
        }

        /** A figure the statistics count per component and day from the module's recorded actions. @since 1.5 */
        public Builder statistic(Statistic statistic) {
            this.statistics.add(statistic);
            return this;
        }

        /**
         * A module this one cannot work without, in a range of its versions ({@code "[1.0,2)"}): its components
         * cannot be enabled without it, and it cannot be removed or disabled under them. @since 1.6
         */
        public Builder requires(String moduleKey, String versionRange) {
            this.requirements.add(new Requirement(moduleKey, VersionRange.parse(versionRange), true));
            return this;
        }

        /** A module some features of this one use when it is there (they must say when it is not). @since 1.6 */
        public Builder uses(String moduleKey, String versionRange) {
            this.requirements.add(new Requirement(moduleKey, VersionRange.parse(versionRange), false));
            return this;
        }

        /** A view of this module's migrations that modules requiring it may read. @since 1.6 */
        public Builder publishes(Contract contract) {
            this.contracts.add(contract);
            return this;
        }

        /** What the module holds about a participant: exported on request, erased with the account. @since 1.6 */
        public Builder personalData(PersonalData data) {
            this.personalData = data;
            return this;
        }

        public Builder demoSeed(DemoSeed seed) {
            this.demoSeed = seed;
            return this;
        }

        public ModuleManifest build() {
            if (key == null || !key.matches("[a-z][a-z0-9-]{0,40}")) {
                throw new IllegalArgumentException("module key must be a lower-case name, got: " + key);
            }
            if (version == null || !version.matches("\\d+\\.\\d+\\.\\d+")) {
                throw new IllegalArgumentException(key + ": version must be major.minor.micro, got: " + version);
            }
            if (!names.containsKey("fr") || !names.containsKey("en")) {
                throw new IllegalArgumentException(key + ": a name in French and in English is required");
            }
            requireUnique("setting", keysOf(globalSettings, phaseSettings));
            List<String> actionKeys = new ArrayList<>();
            actions.forEach(a -> actionKeys.add(a.key()));
            requireUnique("action", actionKeys);
            for (Action action : actions) {
                boolean declared = action.enabledBy() == null || java.util.stream.Stream.concat(globalSettings.stream(), phaseSettings.stream())
                        .anyMatch(s -> s.key().equals(action.enabledBy()) && s.type() == org.communa.module.api.settings.SettingType.BOOLEAN);
                if (!declared) {
                    throw new IllegalArgumentException(key + ": action " + action.key() + " is enabled by "
                            + action.enabledBy() + ", which is not a boolean setting of the module");
                }
            }
            List<String> routeKeys = new ArrayList<>();
            routes.forEach(r -> routeKeys.add(r.method() + " " + r.template()));
            requireUnique("route", routeKeys);
            for (Route route : routes) {
                String access = route.access().orElse(Route.EVERYONE);
                if (!access.equals(Route.EVERYONE) && !access.equals(Route.SIGNED_IN) && !actionKeys.contains(access)) {
                    throw new IllegalArgumentException(key + ": route " + route.method() + " " + route.template()
                            + " is allowed to " + access + ", which is neither everyone, signed-in nor an action of the module");
                }
            }
            requireUnique("statistic", statistics.stream().map(Statistic::key).toList());
            requireUnique("requirement of module", requirements.stream().map(Requirement::moduleKey).toList());
            requireUnique("contract", contracts.stream().map(Contract::name).toList());
            if (requirements.stream().anyMatch(r -> r.moduleKey().equals(key))) {
                throw new IllegalArgumentException(key + ": a module cannot require itself");
            }
            return new ModuleManifest(this);
        }

        private static List<String> keysOf(List<SettingDefinition> a, List<SettingDefinition> b) {
            List<String> keys = new ArrayList<>();
            a.forEach(s -> keys.add(s.key()));
            b.forEach(s -> keys.add(s.key()));
            return keys;
        }

        private void requireUnique(String what, List<String> keys) {
            Set<String> seen = new HashSet<>();
            for (String k : keys) {
                if (!seen.add(k)) {
                    throw new IllegalArgumentException(key + ": " + what + " " + k + " is declared twice");
                }
            }
        }
    }
}
