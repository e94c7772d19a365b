package dev.dryfruits.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One business service of the local platform, from the platform's list (services.list): its name, its default
 * ports, its database (dryfruits_NAME), and the application it runs, which is its own (services/NAME, Liberty server
 * NAME) unless it stands in, under its own name, for a service still to come.
 */
public record Service(String name, int httpPort, int httpsPort, String application) {

    private static final String LIST = "/dev/dryfruits/local/services.list";

    public String database() {
        return "dryfruits_" + name;
    }

    /** The launcher's own list, or DRYFRUITS_SERVICES_FILE's. */
    public static List<Service> list(Settings settings) {
        String file = settings.value("DRYFRUITS_SERVICES_FILE", "");
        try (InputStream in = file.isBlank() ? Service.class.getResourceAsStream(LIST) : Files.newInputStream(Path.of(file))) {
            return parse(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the list of services " + (file.isBlank() ? LIST : file),
                    unreadable);
        }
    }

    static List<Service> parse(InputStream in) throws IOException {
        List<Service> services = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] fields = entry.split("\\s+");
            if (fields.length < 3 || fields.length > 4 || !fields[0].matches("[a-z][a-z0-9]*")) {
                throw new IllegalArgumentException("Not NAME HTTP_PORT HTTPS_PORT [APPLICATION]: " + entry);
            }
            services.add(new Service(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                    fields.length == 4 ? fields[3] : fields[0]));
        }
        return List.copyOf(services);
    }
}
