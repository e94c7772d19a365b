package dev.dryfruits.it;

import dev.dryfruits.embedded.ProcessGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh local platform before the end-to-end tests (./dryfruits up -d in target/platform) and stops it
 * after them (./dryfruits down), whatever the tests did in between. If this JVM dies first (killed for a timeout,
 * interrupted), the process guard runs ./dryfruits down and stops whatever is left.
 */
public class PlatformSession implements LauncherSessionListener {

    private boolean started;
    private ProcessGuard guard;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("dryfruits.it.home") == null || started) {
            return;
        }
        started = true;
        deleteFreshly(LocalPlatform.home());
        guard = ProcessGuard.start(LocalPlatform.home().resolveSibling("process-guard"));
        guard.runOnExit(List.of(LocalPlatform.root().resolve("dryfruits").toString(), "down"), LocalPlatform.root(),
                LocalPlatform.environment());
        LocalPlatform.Result up = LocalPlatform.run("up", "-d");
        System.out.println(up.output());
        if (up.exitCode() != 0) {
            LocalPlatform.startFailed(up.output());
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (started) {
            System.out.println(LocalPlatform.run("down").output());
            guard.close();
        }
    }

    private static void deleteFreshly(Path home) {
        if (!Files.exists(home)) {
            return;
        }
        try (var files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }
}
