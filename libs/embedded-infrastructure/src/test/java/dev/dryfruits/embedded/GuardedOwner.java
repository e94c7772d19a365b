package dev.dryfruits.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A JVM that starts things and is then killed (or, with "close", ends normally), for {@link ProcessGuardTest}:
 * a child process, a process that is not its descendant (started through a shell that exits) and a command for the
 * guard to run. Prints the pids it started, one per line, then "ready".
 */
public final class GuardedOwner {

    private GuardedOwner() {
    }

    public static void main(String[] arguments) throws Exception {
        Path directory = Path.of(arguments[0]);
        boolean closeNormally = arguments.length > 1 && "close".equals(arguments[1]);
        ProcessGuard guard = ProcessGuard.start(directory.resolve("guard"));
        Process child = new ProcessBuilder("sleep", "600").start();
        Process shell = new ProcessBuilder("sh", "-c", "sleep 600 > /dev/null 2>&1 & echo $!").start();
        long orphan = Long.parseLong(new String(shell.getInputStream().readAllBytes()).strip());
        shell.waitFor();
        guard.stopOnExit(ProcessHandle.of(orphan).orElseThrow());
        guard.runOnExit(List.of("sh", "-c", "echo cleaned > \"$MARKER\""), directory,
                Map.of("MARKER", directory.resolve("cleaned").toString()));
        System.out.println(child.pid());
        System.out.println(orphan);
        System.out.println("ready");
        System.out.flush();
        if (closeNormally) {
            guard.close();
            return;
        }
        Thread.sleep(600_000);
    }
}
