package dev.dryfruits.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** How many instances of each service the local platform runs (`./dryfruits scale NAME=N`); one unless told. */
public final class Scale {

    public static final int MAX_INSTANCES = 5;

    private final Map<String, Integer> instances;

    private Scale(Map<String, Integer> instances) {
        this.instances = new TreeMap<>(instances);
    }

    public static Scale read(Settings settings) {
        Path file = file(settings);
        Map<String, Integer> instances = new TreeMap<>();
        if (Files.exists(file)) {
            Properties stored = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                stored.load(in);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            stored.stringPropertyNames().forEach(name -> instances.put(name, Integer.parseInt(stored.getProperty(name))));
        }
        return new Scale(instances);
    }

    public int instancesOf(String service) {
        return instances.getOrDefault(service, 1);
    }

    public Scale with(String service, int count) {
        if (count < 1 || count > MAX_INSTANCES) {
            throw new IllegalArgumentException("A service runs 1 to " + MAX_INSTANCES + " instances, not " + count);
        }
        Map<String, Integer> changed = new TreeMap<>(instances);
        changed.put(service, count);
        return new Scale(changed);
    }

    public void write(Settings settings) throws IOException {
        Properties stored = new Properties();
        instances.forEach((service, count) -> stored.setProperty(service, Integer.toString(count)));
        Files.createDirectories(settings.config());
        try (Writer out = Files.newBufferedWriter(file(settings))) {
            stored.store(out, "Instances per service, set with ./dryfruits scale NAME=N");
        }
    }

    private static Path file(Settings settings) {
        return settings.config().resolve("scale.properties");
    }
}
