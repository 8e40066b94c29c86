package org.communa.server.web.sandbox;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;

/**
 * The budget of the render running on this thread: a deadline and the bytes its thread may allocate. Checked
 * cooperatively at every node, filter, function and loop step, which is where a template spends and allocates;
 * a render with no budget (outside {@link #run}) is not checked.
 */
public final class RenderBudget {

    private static final ThreadLocal<RenderBudget> CURRENT = new ThreadLocal<>();
    /** A power of two. */
    private static final int CHECK_EVERY = 16;
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private final TemplateLimits limits;
    private final long deadline;
    private final long allocatedAtStart;
    private int checks;

    private RenderBudget(TemplateLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.renderTime().toNanos();
        this.allocatedAtStart = allocated();
    }

    /** Runs a render within these limits; a call stack too deep for the thread is a limit like the others. */
    static <T> T run(TemplateLimits limits, Callable<T> render) throws Exception {
        RenderBudget outer = CURRENT.get();
        CURRENT.set(new RenderBudget(limits));
        try {
            return render.call();
        } catch (StackOverflowError e) {
            throw new TemplateLimitExceeded("the template calls itself too deeply (include, macro or embed recursion)", "recursion");
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Throws {@link TemplateLimitExceeded} when the render on this thread is over its time or allocation budget. */
    public static void check() {
        RenderBudget budget = CURRENT.get();
        if (budget != null) {
            budget.checkNow();
        }
    }

    /** The limits of the render on this thread, or the defaults outside a render. */
    static TemplateLimits limits() {
        RenderBudget budget = CURRENT.get();
        return budget == null ? TemplateLimits.DEFAULT : budget.limits;
    }

    /** Refuses to build a string longer than the limit, before it is built. */
    static void requireStringLength(long length) {
        int max = limits().maxStringLength();
        if (length > max) {
            throw new TemplateLimitExceeded("the template builds a string of " + length + " characters; the limit is " + max, "string",
                    length, max);
        }
    }

    private void checkNow() {
        // reading the clock and the thread's allocation counter costs more than most template steps: do it at
        // one step in CHECK_EVERY; what runs in between is bounded by the string and range limits of each step
        if ((++checks & (CHECK_EVERY - 1)) != 0) {
            return;
        }
        if (System.nanoTime() > deadline) {
            throw new TemplateLimitExceeded("the page took longer than " + limits.renderTime().toMillis() + " ms to render", "time",
                    limits.renderTime().toMillis());
        }
        long allocated = allocated();
        if (allocated >= 0 && allocatedAtStart >= 0 && allocated - allocatedAtStart > limits.maxAllocatedBytes()) {
            throw new TemplateLimitExceeded("the page used more than " + (limits.maxAllocatedBytes() >> 20)
                    + " MB of memory to render", "memory", limits.maxAllocatedBytes() >> 20);
        }
    }

    private static long allocated() {
        return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                    && threads.isThreadAllocatedMemorySupported()) {
                threads.setThreadAllocatedMemoryEnabled(true);
                return threads;
            }
        } catch (LinkageError | UnsupportedOperationException | SecurityException e) {
            // a JVM without per-thread allocation counts: the time and size limits still hold
        }
        return null;
    }
}
