package org.communa.launcher;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.communa.kernel.persistence.DatabaseSettings;
import org.communa.kernel.persistence.SystemTransactions;
import org.communa.kernel.security.SystemAdmins;
import org.communa.launcher.demo.DemoWaterBudget;
import org.communa.launcher.demo.OrganisationApi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Once the server `./communa run` started answers, fills its demo organisation eau by running the water
 * utility's participatory budget through the API (in the background: the server's console stays the
 * operator's). A failure is reported and leaves the server running.
 */
final class DemoRun {

    private static final Duration PATIENCE = Duration.ofMinutes(15);

    private DemoRun() {
    }

    static void fillOnceReady(LauncherSettings settings, DatabaseSettings db) {
        URI server = URI.create("http://127.0.0.1:" + settings.httpPort() + "/");
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(db.url());
        owner.setUser(db.adminUser());
        owner.setPassword(db.adminPassword());
        Thread filler = new Thread(() -> {
            try {
                awaitReady(server);
                String told = new DemoWaterBudget(server, owner,
                        () -> new SystemAdmins(new SystemTransactions(owner)).create("demo-seed", "demo-water-budget")).fillIfEmpty();
                System.out.println("communa: demo: " + told);
            } catch (RuntimeException e) {
                System.err.println("communa: demo: the water utility's budget was not filled: " + e.getMessage());
            }
        }, "communa-demo");
        filler.setDaemon(true);
        filler.start();
    }

    private static void awaitReady(URI server) {
        OrganisationApi probe = new OrganisationApi(server, "localhost");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (probe.get(OrganisationApi.Account.VISITOR, "health/ready").status() == 200) {
                    return;
                }
            } catch (IllegalStateException e) {
                // not listening yet
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
        }
        throw new IllegalStateException("the server did not answer /health/ready within " + PATIENCE.toMinutes() + " minutes");
    }
}
