package org.communa.server.newsletters;

/**
 * Spaces e-mails evenly at a rate per second (0: no limit). Used by the one thread of the sending job;
 * an interrupted wait means the process is stopping.
 */
final class Throttle {

    private long intervalNanos;
    private long next = System.nanoTime();

    void rate(double perSecond) {
        intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    }

    /** Waits for the next slot; false when interrupted. */
    boolean awaitSlot() {
        if (Thread.currentThread().isInterrupted()) {
            return false;
        }
        if (intervalNanos == 0) {
            return true;
        }
        long now = System.nanoTime();
        // a long pause (between passes) does not earn a burst afterwards
        next = Math.max(next, now);
        long wait = next - now;
        next += intervalNanos;
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
