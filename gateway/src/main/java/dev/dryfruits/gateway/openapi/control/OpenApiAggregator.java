package dev.dryfruits.gateway.openapi.control;

import dev.dryfruits.gateway.routing.control.Forwarding;
import dev.dryfruits.gateway.routing.control.RouteTable;
import dev.dryfruits.gateway.routing.control.Upstreams;
import dev.dryfruits.gateway.routing.entity.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One OpenAPI document for the public API: each service's own document (fetched from its /openapi through the same
 * guard as API traffic, and cached), keeping only the paths the gateway routes to that service. A service that is
 * down keeps its last known document; one never seen is left out until it answers.
 * <p>
 * Where a server hosts several services (the local platform), its /openapi is one document for all of them, on the
 * server's own port: {@code gateway.upstream.NAME.openapi} names it, and the same path filter picks each service's
 * part.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private static final Logger LOG = Logger.getLogger(OpenApiAggregator.class.getName());
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);

    @Inject
    Upstreams upstreams;

    @Inject
    RouteTable routes;

    @Inject
    Forwarding forwarding;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "gateway.openapi.cache-ttl", defaultValue = "PT30S")
    Duration cacheTtl;

    @Inject
    @ConfigProperty(name = "gateway.openapi.title", defaultValue = "Dry Fruits Marketplace API")
    String title;

    @Inject
    @ConfigProperty(name = "gateway.openapi.version", defaultValue = "1.0")
    String version;

    private final Map<String, Fetched> documents = new ConcurrentHashMap<>();

    public JsonObject document() {
        Map<String, JsonValue> paths = new TreeMap<>();
        Map<String, JsonValue> schemas = new TreeMap<>();
        Map<String, JsonValue> securitySchemes = new TreeMap<>();
        Map<String, JsonValue> tags = new TreeMap<>();
        Set<String> missing = new TreeSet<>();
        for (Upstream upstream : upstreams.all()) {
            Optional<JsonObject> service = documentOf(upstream);
            if (service.isEmpty()) {
                missing.add(upstream.name());
                continue;
            }
            service.get().getJsonObject("paths").forEach((path, operations) -> {
                if (routes.route(path).filter(route -> route.upstream().equals(upstream.name())).isPresent()) {
                    paths.putIfAbsent(path, operations);
                }
            });
            JsonObject components = service.get().getJsonObject("components");
            if (components != null) {
                copyInto(components.getJsonObject("schemas"), schemas);
                copyInto(components.getJsonObject("securitySchemes"), securitySchemes);
            }
            if (service.get().containsKey("tags")) {
                service.get().getJsonArray("tags").getValuesAs(JsonObject.class)
                        .forEach(tag -> tags.putIfAbsent(tag.getString("name"), tag));
            }
        }
        String description = "The public API of the marketplace, through the gateway. Send the access token from "
                + "POST /api/auth/login as 'Authorization: Bearer ...'. Errors are RFC 9457 problem details."
                + (missing.isEmpty() ? "" : " Not listed right now (not answering): " + String.join(", ", missing) + ".");
        JsonArrayBuilder tagArray = Json.createArrayBuilder();
        tags.values().forEach(tagArray::add);
        return Json.createObjectBuilder()
                .add("openapi", "3.1.0")
                .add("info", Json.createObjectBuilder().add("title", title).add("version", version)
                        .add("description", description))
                .add("servers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", "/")))
                .add("tags", tagArray)
                .add("paths", objectOf(paths))
                .add("components", Json.createObjectBuilder().add("schemas", objectOf(schemas))
                        .add("securitySchemes", objectOf(securitySchemes)))
                .build();
    }

    private Optional<JsonObject> documentOf(Upstream upstream) {
        Fetched known = documents.get(upstream.name());
        if (known != null && known.fetchedAt().plus(cacheTtl).isAfter(Instant.now())) {
            return Optional.of(known.document());
        }
        try {
            Optional<String> shared = config.getOptionalValue("gateway.upstream." + upstream.name() + ".openapi",
                    String.class);
            HttpResponse<InputStream> response = shared.isPresent()
                    ? forwarding.get(URI.create(shared.get()), FETCH_TIMEOUT, "application/json")
                    : forwarding.get(upstream, "/openapi", FETCH_TIMEOUT, "application/json");
            try (InputStream body = response.body(); JsonReader reader = Json.createReader(body)) {
                if (response.statusCode() == 200) {
                    JsonObject document = reader.readObject();
                    documents.put(upstream.name(), new Fetched(document, Instant.now()));
                    return Optional.of(document);
                }
            }
        } catch (Exception unavailable) {
            LOG.fine(() -> "No OpenAPI document from " + upstream.name() + ": " + unavailable);
        }
        return Optional.ofNullable(known).map(Fetched::document);
    }

    private static void copyInto(JsonObject source, Map<String, JsonValue> target) {
        if (source != null) {
            source.forEach(target::putIfAbsent);
        }
    }

    private static JsonObjectBuilder objectOf(Map<String, JsonValue> members) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        members.forEach(object::add);
        return object;
    }

    private record Fetched(JsonObject document, Instant fetchedAt) {
    }
}
