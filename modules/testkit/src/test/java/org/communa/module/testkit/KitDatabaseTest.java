package org.communa.module.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communa.kernel.persistence.DatabaseBootstrap;
import org.communa.kernel.persistence.DatabaseSettings;
import org.junit.jupiter.api.Test;

class KitDatabaseTest {

    /**
     * Server processes started together on an instance whose database does not exist yet (as a cluster's
     * first start): all of them must start, one creating and migrating the database, none failing on the
     * others' work.
     */
    @Test
    void processesStartingTogetherPrepareOneDatabase() throws Exception {
        DatabaseSettings settings = KitDatabase.unprepared("communa_kit_race_" + ProcessHandle.current().pid());
        int processes = 4;
        CyclicBarrier together = new CyclicBarrier(processes);
        ExecutorService starts = Executors.newFixedThreadPool(processes);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < processes; i++) {
                done.add(starts.submit(() -> {
                    together.await();
                    new DatabaseBootstrap(settings).prepare(KitDatabase.CORE_MIGRATIONS);
                    return null;
                }));
            }
            for (Future<?> start : done) {
                start.get(); // rethrows what a start failed with
            }
        } finally {
            starts.shutdownNow();
        }
        try (Connection admin = DriverManager.getConnection(settings.url(), settings.adminUser(), settings.adminPassword());
                Statement query = admin.createStatement();
                ResultSet applied = query.executeQuery(
                        "select count(*), count(distinct version) from flyway_schema_history where success and version is not null")) {
            applied.next();
            assertThat(applied.getInt(1)).as("each migration applied once").isGreaterThan(20).isEqualTo(applied.getInt(2));
        }
    }
}
