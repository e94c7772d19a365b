package dev.dryfruits.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What `./dryfruits logs NAME` prints: a component's log file, or, for a service in the host server, the lines of the
 * host's log that its application wrote (Liberty marks each JSON line with "ext_appName"). The host's own lines
 * (start-up, access log) are under `logs services`. With follow, it goes on printing what is appended, like tail -f.
 */
final class LogView {

    private static final long FOLLOW_POLL_MILLIS = 250;

    private final Path file;
    private final String application;

    /** @param application the application whose lines to show, or null for every line */
    LogView(Path file, String application) {
        this.file = file;
        this.application = application;
    }

    boolean shows(String line) {
        return application == null || line.contains("\"ext_appName\":\"" + application + "\"");
    }

    void print(PrintStream out, boolean follow) throws IOException, InterruptedException {
        if (!Files.exists(file)) {
            out.println("No log yet: " + file);
            return;
        }
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            while (true) {
                String line = lines.readLine();
                if (line != null) {
                    if (shows(line)) {
                        out.println(line);
                    }
                } else if (follow) {
                    out.flush();
                    Thread.sleep(FOLLOW_POLL_MILLIS);
                } else {
                    return;
                }
            }
        }
    }
}
