package org.communa.server.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Hot-drop: every two seconds, a jar that appeared in the modules directory is installed, a jar that
 * changed is upgraded in place, and a jar that disappeared is removed. A scan rather than a file-system
 * watch, because watches miss events on network and container volumes.
 */
final class ModulesDirectoryWatcher implements AutoCloseable {

    /** What the watcher does to the host; ModuleHost implements it. */
    interface Target {
        long installFile(Path jar);

        void upgradeFile(long bundleId, Path jar);

        void removeBundle(long bundleId);
    }

    private record Seen(long bundleId, long modified, long size) {
    }

    private record Refusal(long modified, long size, long atNanos) {
    }

    /** A refused file is tried again when it changes, or after this long (its publisher may have been trusted since). */
    static final Duration RETRY_REFUSED = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(ModulesDirectoryWatcher.class.getName());
    private final Path directory;
    private final Target target;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Map<Path, Refusal> refused = new HashMap<>();
    private final Duration retryRefused;
    private final ScheduledExecutorService scanner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "communa-modules-directory");
        thread.setDaemon(true);
        return thread;
    });

    private final Runnable afterScan;

    ModulesDirectoryWatcher(Path directory, Target target) {
        this(directory, target, RETRY_REFUSED, () -> { });
    }

    ModulesDirectoryWatcher(Path directory, Target target, Runnable afterScan) {
        this(directory, target, RETRY_REFUSED, afterScan);
    }

    ModulesDirectoryWatcher(Path directory, Target target, Duration retryRefused) {
        this(directory, target, retryRefused, () -> { });
    }

    /** afterScan runs after each scan, on the same thread: what else decides which bundles are installed. */
    ModulesDirectoryWatcher(Path directory, Target target, Duration retryRefused, Runnable afterScan) {
        this.directory = directory;
        this.target = target;
        this.retryRefused = retryRefused;
        this.afterScan = afterScan;
    }

    /** Installs what is there now, then keeps watching. */
    void start() {
        scanQuietly();
        scanner.scheduleWithFixedDelay(this::scanQuietly, 2, 2, TimeUnit.SECONDS);
    }

    /** Some work, then a scan, on the scanner's thread now rather than at the next tick. */
    void soon(Runnable work) {
        scanner.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a module change failed", e);
            }
            scanQuietly();
        });
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scanning the modules directory " + directory + " failed", e);
        }
        try {
            afterScan.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "applying the instance's module registry failed", e);
        }
    }

    synchronized void scan() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Set<Path> present = new HashSet<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                present.add(jar);
                long modified = Files.getLastModifiedTime(jar).toMillis();
                long size = Files.size(jar);
                Seen before = seen.get(jar);
                Refusal refusedBefore = refused.get(jar);
                if (before == null && refusedBefore != null && refusedBefore.modified() == modified && refusedBefore.size() == size
                        && System.nanoTime() - refusedBefore.atNanos() < retryRefused.toNanos()) {
                    continue; // refused as it is: not tried (nor logged) again every scan
                }
                if (before == null) {
                    long id = target.installFile(jar);
                    if (id >= 0) {
                        seen.put(jar, new Seen(id, modified, size));
                        refused.remove(jar);
                    } else {
                        refused.put(jar, new Refusal(modified, size, System.nanoTime()));
                    }
                } else if (before.modified() != modified || before.size() != size) {
                    target.upgradeFile(before.bundleId(), jar);
                    seen.put(jar, new Seen(before.bundleId(), modified, size));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read the modules directory " + directory, e);
            return;
        }
        refused.keySet().retainAll(present);
        for (Path gone : new HashSet<>(seen.keySet())) {
            if (!present.contains(gone)) {
                target.removeBundle(seen.remove(gone).bundleId());
            }
        }
    }

    @Override
    public void close() {
        scanner.shutdownNow();
    }
}
