package org.communa.server.platform;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a process does when the platform cannot start (database unreachable, unsafe roles, a failed
 * migration...): it says why and stops with status 1. Payara Micro would otherwise stay up with nothing
 * deployed, a process that looks alive to a supervisor and answers nothing: stopping lets systemd, Docker
 * or the cluster's orchestrator see the failure and start it again.
 */
final class StartFailure {

    private static final Logger LOG = Logger.getLogger(StartFailure.class.getName());

    private StartFailure() {
    }

    /** Logs FAILURE and stops the process once the failed deployment has unwound; returns FAILURE to rethrow. */
    static RuntimeException stopProcess(RuntimeException failure) {
        LOG.log(Level.SEVERE, "Communa cannot start: " + failure.getMessage() + "; this process stops (status 1)", failure);
        // from another thread: exiting on the deploying thread would wait for Payara's shutdown hook, which
        // waits for the deployment this thread is in
        Thread stopper = new Thread(() -> System.exit(1), "communa-start-failure");
        stopper.start();
        return failure;
    }
}
