package dev.dryfruits.local.component;

import dev.dryfruits.local.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Zipkin: the trace UI of the local platform. Every Liberty server sends its spans to it (MicroProfile Telemetry's
 * Zipkin exporter), so a request shows as one trace from the gateway through every service and event it touched.
 * Spans are kept in memory only, the newest {@value #KEPT_SPANS}. DRYFRUITS_EXTERNAL_ZIPKIN=host:port sends them to
 * an existing Zipkin instead.
 */
public class ZipkinComponent extends Component {

    public static final String NAME = "zipkin";
    static final int KEPT_SPANS = 30_000;

    public ZipkinComponent(Settings settings) {
        super(settings, NAME, Kind.INFRASTRUCTURE);
    }

    private String host() {
        return settings.external(NAME).map(hostPort -> hostPort.substring(0, hostPort.lastIndexOf(':')))
                .orElse(settings.bindHost());
    }

    private int port() {
        return settings.external(NAME).map(hostPort -> Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)))
                .orElseGet(() -> settings.port(NAME, 13411));
    }

    /** Where the servers send their spans (Zipkin's v2 JSON API). */
    public String spansEndpoint() {
        return "http://" + host() + ":" + port() + "/api/v2/spans";
    }

    /** The OpenTelemetry settings (environment variables) that send a Liberty server's spans here. */
    public Map<String, String> exporterSettings() {
        Map<String, String> exporter = new LinkedHashMap<>();
        exporter.put("OTEL_TRACES_EXPORTER", "zipkin");
        exporter.put("OTEL_EXPORTER_ZIPKIN_ENDPOINT", spansEndpoint());
        return exporter;
    }

    @Override
    public boolean isExternal() {
        return settings.external(NAME).isPresent();
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("http", port());
    }

    @Override
    public Map<String, String> urls() {
        String host = isExternal() ? host() : settings.publicHost();
        return Map.of("traces", "http://" + host + ":" + port() + "/zipkin/");
    }

    @Override
    public List<String> command() {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(marker());
        command.addAll(List.of("-Xms16m", "-Xmx160m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", settings.traceServerJar().toString(),
                "--armeria.ports[0].ip=" + settings.bindHost(),
                "--armeria.ports[0].port=" + port(),
                "--zipkin.storage.type=mem",
                "--zipkin.storage.mem.max-spans=" + KEPT_SPANS));
        return command;
    }

    @Override
    public boolean isReady() {
        return Probes.answers200("http://" + host() + ":" + port() + "/health");
    }
}
