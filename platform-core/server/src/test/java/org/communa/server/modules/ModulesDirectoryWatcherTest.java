package org.communa.server.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModulesDirectoryWatcherTest {

    private final List<String> calls = new ArrayList<>();
    private long nextId = 10;

    private final ModulesDirectoryWatcher.Target recorder = new ModulesDirectoryWatcher.Target() {
        @Override
        public long installFile(Path jar) {
            calls.add("install " + jar.getFileName());
            return jar.getFileName().toString().startsWith("bad") ? -1 : nextId++;
        }

        @Override
        public void upgradeFile(long bundleId, Path jar) {
            calls.add("upgrade " + bundleId + " " + jar.getFileName());
        }

        @Override
        public void removeBundle(long bundleId) {
            calls.add("remove " + bundleId);
        }
    };

    @Test
    void installsNewJarsUpgradesChangedOnesAndRemovesDeletedOnes(@TempDir Path dir) throws Exception {
        ModulesDirectoryWatcher watcher = new ModulesDirectoryWatcher(dir, recorder);
        Files.write(dir.resolve("pages.jar"), new byte[] {1});
        Files.write(dir.resolve("notes.txt"), new byte[] {1});
        watcher.scan();
        watcher.scan();
        assertThat(calls).containsExactly("install pages.jar");

        Files.write(dir.resolve("pages.jar"), new byte[] {1, 2});
        Files.setLastModifiedTime(dir.resolve("pages.jar"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        watcher.scan();
        assertThat(calls).endsWith("upgrade 10 pages.jar");

        Files.delete(dir.resolve("pages.jar"));
        watcher.scan();
        assertThat(calls).endsWith("remove 10");
    }

    @Test
    void aJarThatCannotBeInstalledIsTriedAgainLater(@TempDir Path dir) throws Exception {
        ModulesDirectoryWatcher watcher = new ModulesDirectoryWatcher(dir, recorder, java.time.Duration.ZERO);
        Files.write(dir.resolve("bad.jar"), new byte[] {1});
        watcher.scan();
        watcher.scan();
        assertThat(calls).containsExactly("install bad.jar", "install bad.jar");
    }

    @Test
    void aRefusedJarIsNotTriedEveryScanButAgainWhenItChanges(@TempDir Path dir) throws Exception {
        ModulesDirectoryWatcher watcher = new ModulesDirectoryWatcher(dir, recorder);
        Files.write(dir.resolve("bad.jar"), new byte[] {1});
        watcher.scan();
        watcher.scan();
        assertThat(calls).containsExactly("install bad.jar");
        Files.write(dir.resolve("bad.jar"), new byte[] {1, 2});
        watcher.scan();
        assertThat(calls).containsExactly("install bad.jar", "install bad.jar");
    }

    @Test
    void aMissingDirectoryIsNotAnError(@TempDir Path dir) {
        new ModulesDirectoryWatcher(dir.resolve("absent"), recorder).scan();
        assertThat(calls).isEmpty();
    }
}
