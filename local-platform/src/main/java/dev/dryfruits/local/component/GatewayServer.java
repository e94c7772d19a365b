package dev.dryfruits.local.component;

import dev.dryfruits.local.Settings;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's server. Ready means it already routes to every service of the platform: its readiness (the routing
 * check) has heard from every service's instances, and each service has a ready one. Otherwise the first requests
 * after `up` could still find a service presumed unready.
 */
public class GatewayServer extends LibertyComponent {

    private final List<String> services;

    public GatewayServer(Settings settings, int httpPort, int httpsPort, Map<String, String> wiring,
                         Path outputDirectory, List<String> services) {
        super(settings, "gateway", "gateway", Kind.GATEWAY, httpPort, httpsPort, wiring, outputDirectory);
        this.services = List.copyOf(services);
    }

    @Override
    public boolean isReady() {
        Optional<JsonObject> health = Probes.json200(internalUrl() + "/health/ready");
        return health.flatMap(GatewayServer::routing).map(ready -> services.stream().allMatch(service ->
                ready.get(service) instanceof JsonNumber count && count.longValue() > 0)).orElse(false);
    }

    private static Optional<JsonObject> routing(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> "routing".equals(check.getString("name", "")))
                .map(check -> check.get("data")).filter(data -> data != null && data.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject).findFirst();
    }
}
