package org.communa.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communa.kernel.persistence.DatabaseBootstrap;
import org.communa.kernel.persistence.DatabaseSettings;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.security.SystemAdmins;
import org.postgresql.ds.PGSimpleDataSource;

/** The operators' and analysts' entry point: `./communa run`, `./communa admin ...`, `./communa pb count ...`. */
public final class Communa {

    private static final String USAGE = """
            usage: ./communa run                              start the platform (embedded PostgreSQL unless COMMUNA_DB_URL is set)
                   ./communa test [MAVEN ARGUMENTS]           run every test (starts PostgreSQL, installs what the tests need)
                   ./communa admin create-system-admin NAME   create a system admin and print its token, once
                   ./communa new-module KEY [NAME]            create modules/KEY from the module template (see modules/README.md)
                   ./communa new-module KEY [NAME] --out DIR  create the module in DIR, built on its own against the
                                                              published SDK and test kit
                   ./communa pb count --rule RULE [--trace] [--greedy-completion] [--threshold N] FILE.pb
                                                              count a Pabulib file and print the outcome as JSON
                                                              (rules: greedy, greedy-no-skip, greedy-threshold, mes-add1,
                                                              mes-add1-comparison, phragmen)
            """;

    private Communa() {
    }

    public static void main(String[] args) {
        LauncherSettings settings = new LauncherSettings(Path.of(System.getProperty("communa.home", ".")).toAbsolutePath(),
                System.getenv());
        try {
            System.exit(dispatch(settings, List.of(args)));
        } catch (LauncherException e) {
            System.err.println("communa: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("communa: " + e.getMessage());
            System.exit(1);
        }
    }

    static int dispatch(LauncherSettings settings, List<String> args) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            System.out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        return switch (args.get(0)) {
            case "run" -> run(settings);
            case "admin" -> admin(settings, args.subList(1, args.size()));
            case "new-module" -> newModule(settings, args.subList(1, args.size()));
            case "pb" -> PbCommand.run(args.subList(1, args.size()), System.out, System.err);
            default -> {
                System.err.print("communa: unknown command " + args.get(0) + "\n" + USAGE);
                yield 2;
            }
        };
    }

    private static int newModule(LauncherSettings settings, List<String> args) {
        List<String> words = new ArrayList<>(args);
        Path out = null;
        int flag = words.indexOf("--out");
        if (flag >= 0) {
            if (flag + 1 >= words.size()) {
                System.err.print("communa: --out needs a folder\n" + USAGE);
                return 2;
            }
            out = Path.of(words.get(flag + 1)).toAbsolutePath();
            words.subList(flag, flag + 2).clear();
        }
        if (words.isEmpty() || words.size() > 2 || words.get(0).startsWith("-")) {
            System.err.print("communa: new-module needs a key, and optionally a name\n" + USAGE);
            return 2;
        }
        String key = words.get(0);
        Path created = new NewModule(settings.home(), key, words.size() > 1 ? words.get(1) : null, out).create();
        if (out != null) {
            System.out.println("communa: created " + created + ", a module of its own. Next: read modules/README.md (Communa's repository), then\n"
                    + "  cd " + created + " && mvn verify          # builds and tests it with the SDK test kit\n"
                    + "  mvn verify -Psign -Dsign.keystore=me.p12 -Dsign.alias=me -Dsign.storepass=...   # signs it");
            return 0;
        }
        System.out.println("communa: created " + created + " and added it to pom.xml. Next: read modules/README.md, then\n"
                + "  mvn -pl modules/" + key + " -am install      # builds and tests it with the SDK test kit\n"
                + "  ./communa run                                  # installs it with the other modules");
        return 0;
    }

    private static int run(LauncherSettings settings) {
        Map<String, String> serverEnv = new HashMap<>();
        serverEnv.putIfAbsent("COMMUNA_DEMO_SEED", settings.get("COMMUNA_DEMO_SEED", "true"));
        serverEnv.put("COMMUNA_MODULES_DIR", settings.get("COMMUNA_MODULES_DIR", ShippedModules.prepare(settings).toString()));
        // links in e-mails sent by jobs point at this server as run here (plain HTTP on its port), not at an https front
        serverEnv.put("COMMUNA_LINKS_SCHEME", settings.get("COMMUNA_LINKS_SCHEME", "http"));
        serverEnv.put("COMMUNA_LINKS_PORT", settings.get("COMMUNA_LINKS_PORT", String.valueOf(settings.httpPort())));
        // the modules built from this checkout carry no publisher's signature; whoever runs this command is
        // the instance's admin and accepts them (production sets false and trusts publishers' keys)
        String allowUnsigned = settings.get("COMMUNA_MODULES_ALLOW_UNSIGNED", "true");
        serverEnv.put("COMMUNA_MODULES_ALLOW_UNSIGNED", allowUnsigned);
        if (allowUnsigned.equals("true")) {
            System.out.println("communa: unsigned module bundles are allowed (COMMUNA_MODULES_ALLOW_UNSIGNED=true); "
                    + "set it to false in production and trust publishers' keys instead");
        }
        try (MailCatcher mails = catchMails(settings, serverEnv)) {
            return runWithMail(settings, serverEnv);
        }
    }

    /**
     * Unless the operator names a mail server (COMMUNA_SMTP_HOST), the platform's e-mails go to a catcher whose page
     * lists them: a newcomer confirms an account without a mail server, and nothing leaves the machine.
     */
    private static MailCatcher catchMails(LauncherSettings settings, Map<String, String> serverEnv) {
        if (settings.get("COMMUNA_SMTP_HOST", null) != null) {
            return null;
        }
        int smtpPort = Integer.parseInt(settings.get("COMMUNA_MAIL_CATCHER_SMTP_PORT", "2525"));
        int pagePort = Integer.parseInt(settings.get("COMMUNA_MAIL_CATCHER_PORT", "8025"));
        MailCatcher catcher = MailCatcher.start(smtpPort, pagePort);
        serverEnv.put("COMMUNA_SMTP_HOST", "127.0.0.1");
        serverEnv.put("COMMUNA_SMTP_PORT", String.valueOf(smtpPort));
        System.out.println("communa: e-mails the platform sends are caught, not sent: read them at http://localhost:" + pagePort);
        return catcher;
    }

    private static int runWithMail(LauncherSettings settings, Map<String, String> serverEnv) {
        if (settings.externalDatabase()) {
            return ServerProcess.run(settings, serverEnv);
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings)) {
            serverEnv.put("COMMUNA_DB_URL", database.jdbcUrl());
            serverEnv.put("COMMUNA_DB_USER", "postgres");
            serverEnv.put("COMMUNA_DB_PASSWORD", "");
            System.out.println("communa: embedded PostgreSQL ready at " + database.jdbcUrl() + " (data in "
                    + settings.varDirectory().resolve("postgres") + ")");
            System.out.println("communa: organisations will answer at http://eau.localhost:" + settings.httpPort()
                    + " and http://universite.localhost:" + settings.httpPort()
                    + "; create a system admin with ./communa admin create-system-admin NAME");
            if (serverEnv.get("COMMUNA_DEMO_SEED").equals("true")) {
                DemoRun.fillOnceReady(settings, databaseSettings(settings, database.jdbcUrl()));
            }
            return ServerProcess.run(settings, serverEnv);
        }
    }

    private static int admin(LauncherSettings settings, List<String> args) {
        if (args.size() != 2 || !args.get(0).equals("create-system-admin")) {
            System.err.print("communa: admin takes: create-system-admin NAME\n" + USAGE);
            return 2;
        }
        String name = args.get(1);
        if (settings.externalDatabase()) {
            return createSystemAdmin(databaseSettings(settings, settings.get("COMMUNA_DB_URL", null)), name);
        }
        if (EmbeddedDatabase.alreadyRunning(settings.embeddedDbPort())) {
            return createSystemAdmin(databaseSettings(settings, embeddedUrl(settings)), name);
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings)) {
            return createSystemAdmin(databaseSettings(settings, database.jdbcUrl()), name);
        }
    }

    private static String embeddedUrl(LauncherSettings settings) {
        return "jdbc:postgresql://127.0.0.1:" + settings.embeddedDbPort() + "/communa";
    }

    private static int createSystemAdmin(DatabaseSettings db, String name) {
        new DatabaseBootstrap(db).prepare(List.of("classpath:db/migration/core"));
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl(db.url());
        admin.setUser(db.adminUser());
        admin.setPassword(db.adminPassword());
        String token = new SystemAdmins(new SystemTransactions(admin)).create("cli:" + System.getProperty("user.name"), name);
        // printed once, to the operator's terminal only; the database keeps its digest
        System.out.println("System admin '" + name + "' created. Its API token (shown only now):");
        System.out.println(token);
        System.out.println("Use it as: curl -H 'Authorization: Bearer <token>' http://localhost:8080/api/system/organisations");
        return 0;
    }

    private static DatabaseSettings databaseSettings(LauncherSettings s, String url) {
        return new DatabaseSettings(url,
                s.get("COMMUNA_DB_USER", "postgres"), s.get("COMMUNA_DB_PASSWORD", ""),
                s.get("COMMUNA_DB_APP_ROLE", "communa_app"), s.get("COMMUNA_DB_APP_PASSWORD", "communa_app"),
                s.get("COMMUNA_DB_SYSTEM_ROLE", "communa_system"), s.get("COMMUNA_DB_SYSTEM_PASSWORD", "communa_system"),
                2, 2, true);
    }

}
