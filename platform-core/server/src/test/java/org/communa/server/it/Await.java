package org.communa.server.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Waiting for what servers do in the background (jobs, deliveries), with a deadline and a reason on failure. */
final class Await {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Await() {
    }

    /** The first value the probe finds within 30 s; WHAT names it in the failure, STATE tells what there was. */
    static <T> T until(String what, Supplier<Optional<T>> probe, Supplier<Object> state) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen within " + PATIENCE.toSeconds() + " s; there was: " + state.get());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    static void until(String what, java.util.function.BooleanSupplier condition) {
        until(what, () -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty(), () -> "nothing");
    }
}
