package dev.dryfruits.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What Java's process API does not say: whether a process still runs, or only waits to be collected. */
public final class Processes {

    private Processes() {
    }

    /**
     * Alive, and not a zombie: a process that ended but whose parent has not collected it yet (ours are re-parented
     * to pid 1 when the launcher that started them exits, and collected only some time later) still has its pid, and
     * {@link ProcessHandle#isAlive()} says true.
     */
    public static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        try {
            String stat = Files.readString(proc.resolve("stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException gone) {
            // No /proc (not Linux): trust the process API; otherwise the process just went.
            return Files.exists(proc) || !Files.isDirectory(Path.of("/proc"));
        }
    }
}
