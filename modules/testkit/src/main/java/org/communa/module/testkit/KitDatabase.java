package org.communa.module.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.communa.kernel.persistence.DatabaseBootstrap;
import org.communa.kernel.persistence.DatabaseSettings;

/**
 * One embedded PostgreSQL 15 per test JVM (started on first use, stopped with the JVM), and a fresh
 * database with the platform's core schema for each kit. Set communa.testkit.db-url (and -user) to use
 * an existing PostgreSQL instead.
 */
final class KitDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private KitDatabase() {
    }

    static DatabaseSettings fresh() {
        DatabaseSettings settings = unprepared("communa_kit_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
        new DatabaseBootstrap(settings).prepare(CORE_MIGRATIONS);
        return settings;
    }

    /** A database loaded from a dump of an older version, then upgraded by the host's migrations. */
    static DatabaseSettings fromDump(String dump) {
        DatabaseSettings settings = unprepared("communa_kit_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
        new DatabaseBootstrap(settings).restoreThenPrepare(dump, CORE_MIGRATIONS);
        return settings;
    }

    static final List<String> CORE_MIGRATIONS = List.of("classpath:db/migration/core");

    /** The settings of database NAME, which may not exist yet: the bootstrap creates it. */
    static DatabaseSettings unprepared(String name) {
        String base = System.getProperty("communa.testkit.db-url");
        String admin = System.getProperty("communa.testkit.db-user", "postgres");
        if (base == null) {
            base = "jdbc:postgresql://127.0.0.1:" + embedded().getPort() + "/";
        }
        return new DatabaseSettings(base.replaceAll("/[^/]*$", "/") + name, admin, "",
                "communa_kit_app", "kit-app", "communa_kit_system", "kit-system", 2, 1, true);
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
            } catch (IOException e) {
                throw new IllegalStateException("the test kit's embedded PostgreSQL did not start (set "
                        + "communa.testkit.db-url to use an existing one): " + e.getMessage(), e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
        }
        return postgres;
    }
}
