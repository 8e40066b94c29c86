package org.communa.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * Stops a process without failing a request, for rolling upgrades behind a load balancer: on SIGTERM the
 * process first says it is no longer ready (/health/ready answers 503, so the load balancer's health
 * check sends new requests elsewhere) while it keeps serving for communa.shutdown.drain-seconds, then
 * shuts down as usual. Taking over SIGTERM is needed because the JVM runs all shutdown hooks at once,
 * Payara's (which closes the HTTP listener) among them: none could wait for the others. With no drain
 * time (the default, for one process on a workstation) SIGTERM is left alone.
 */
@ApplicationScoped
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());
    @Inject CommunaSettings settings;
    private final AtomicBoolean draining = new AtomicBoolean();

    void takeOverSigterm(@Observes PlatformStarted started) {
        int seconds = settings.shutdownDrainSeconds();
        if (seconds <= 0) {
            return;
        }
        Signal.handle(new Signal("TERM"), signal -> drainThenExit(seconds));
        LOG.info("on SIGTERM this process drains for " + seconds + " s before it stops");
    }

    public boolean draining() {
        return draining.get();
    }

    private void drainThenExit(int seconds) {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        LOG.info("SIGTERM: not ready any more; serving what still comes for " + seconds + " s, then stopping");
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(0); // the usual shutdown: hooks run, Payara undeploys, jobs and pools close
        }, "communa-drain");
        stopper.start();
    }
}
