package dev.dryfruits.local;

import dev.dryfruits.local.component.Component;
import dev.dryfruits.local.component.LibertyComponent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What `./dryfruits status` prints: each component's state, pid, ports and URLs, as a table or as JSON. */
final class StatusReport {

    private final Platform platform;
    private final Supervisor supervisor;
    private final Settings settings;

    StatusReport(Platform platform, Supervisor supervisor, Settings settings) {
        this.platform = platform;
        this.supervisor = supervisor;
        this.settings = settings;
    }

    record Row(Component component, String state, Optional<Long> pid) {
        boolean ready() {
            return "ready".equals(state);
        }
    }

    List<Row> rows() {
        return platform.components().parallelStream().map(this::row).toList();
    }

    private Row row(Component component) {
        Optional<Long> pid = supervisor.running(component).map(ProcessHandle::pid);
        String state;
        if (component.isExternal()) {
            state = component.isReady() ? "ready" : "unreachable";
        } else if (pid.isEmpty()) {
            state = "stopped";
        } else {
            state = component.isReady() ? "ready" : "starting";
        }
        return new Row(component, state, pid);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-15s %-12s %-9s %s%n", "COMPONENT", "STATE", "PID", "PORTS"));
        List<Row> rows = rows();
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-15s %-12s %-9s %s%n", row.component().name(),
                    row.component().isExternal() ? row.state() + "*" : row.state(),
                    row.pid().map(String::valueOf).orElse("-"), ports(row.component().ports())));
        }
        out.append(System.lineSeparator());
        for (Row row : rows) {
            row.component().urls().forEach((name, url) -> out.append(String.format(Locale.ROOT, "%-15s %-12s %s%n",
                    row.component().name(), name, url)));
        }
        out.append(System.lineSeparator()).append("State and logs: ").append(settings.home())
                .append(System.lineSeparator());
        if (rows.stream().anyMatch(row -> row.component().isExternal())) {
            out.append("* external, configured with DRYFRUITS_EXTERNAL_...").append(System.lineSeparator());
        }
        return out.toString();
    }

    String json() {
        List<Row> rows = rows();
        JsonArrayBuilder components = Json.createArrayBuilder();
        for (Row row : rows) {
            Component component = row.component();
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("name", component.name())
                    .add("kind", component.kind().name().toLowerCase(Locale.ROOT))
                    .add("state", row.state())
                    .add("ready", row.ready())
                    .add("external", component.isExternal())
                    .add("log", supervisor.logFile(component).toString());
            row.pid().ifPresentOrElse(pid -> entry.add("pid", pid), () -> entry.addNull("pid"));
            JsonObjectBuilder ports = Json.createObjectBuilder();
            component.ports().forEach(ports::add);
            entry.add("ports", ports);
            JsonObjectBuilder urls = Json.createObjectBuilder();
            component.urls().forEach(urls::add);
            entry.add("urls", urls);
            if (component instanceof LibertyComponent liberty) {
                entry.add("adminCenterUrl", liberty.adminCenterUrl());
            }
            components.add(entry);
        }
        JsonObject status = Json.createObjectBuilder()
                .add("home", settings.home().toString())
                .add("ready", rows.stream().allMatch(Row::ready))
                .add("gateway", platform.gateway().publicUrl())
                .add("components", components)
                .build();
        StringWriter text = new StringWriter();
        JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        writers.createWriter(text).write(status);
        return text.toString().strip() + System.lineSeparator();
    }

    private static String ports(Map<String, Integer> ports) {
        StringBuilder text = new StringBuilder();
        ports.forEach((name, port) -> text.append(text.length() == 0 ? "" : " ").append(name).append('=').append(port));
        return text.toString();
    }
}
