package dev.dryfruits.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh local platform before the end-to-end tests (./dryfruits up -d in target/platform) and stops it
 * after them (./dryfruits down), whatever the tests did in between.
 */
public class PlatformSession implements LauncherSessionListener {

    private boolean started;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("dryfruits.it.home") == null || started) {
            return;
        }
        started = true;
        deleteFreshly(LocalPlatform.home());
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
