package dev.dryfruits.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml as Compose would read it: valid against the Compose Specification, every service that can be
 * scaled free of fixed host ports and container names, and the gateway and the services pointed at every service by
 * the name that has one address per replica.
 */
class ComposeFileTest {

    static final String COMPOSE_FILE = "docker/compose.yaml";
    static final String LIBERTY_DOCKERFILE = "docker/liberty-service.Dockerfile";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void followsTheComposeSpecification() {
        assertThat(problems(compose())).isEmpty();
    }

    @Test
    void aMisspelledFieldIsRefused() {
        Map<String, Object> misspelled = compose();
        service(misspelled, "order-service").put("restrat", "always");
        service(misspelled, "gateway").put("healthcheck", Map.of("intervall", "5s"));

        assertThat(problems(misspelled)).anySatisfy(problem -> assertThat(problem).contains("restrat"))
                .anySatisfy(problem -> assertThat(problem).contains("intervall"));
    }

    @Test
    void everyServiceOfTheLocalPlatformRunsInCompose() {
        assertThat(libertyServices(compose()).keySet())
                .containsExactlyInAnyOrderElementsOf(localServices().stream().map(name -> name + "-service")
                        .collect(Collectors.toCollection(() -> new TreeSet<>(Set.of("gateway")))));
    }

    @Test
    void businessServicesScaleWithoutFixedPortsOrNames() {
        libertyServices(compose()).forEach((name, service) -> {
            if (!name.equals("gateway")) {
                assertThat(service).as(name).doesNotContainKeys("ports", "container_name");
            }
        });
    }

    @Test
    void theGatewayFindsEveryReplicaOfEveryUpstream() {
        Map<String, Object> gateway = service(compose(), "gateway");
        Map<String, String> environment = environment(gateway);
        assertThat(environment).containsEntry("GATEWAY_DISCOVERY_RESOLVE_DNS", "true");

        Properties gatewayConfig = properties("gateway/src/main/resources/META-INF/microprofile-config.properties");
        for (String upstream : gatewayConfig.getProperty("gateway.upstreams").split(",")) {
            String name = upstream.strip();
            assertThat(environment).as(name).containsEntry("GATEWAY_UPSTREAM_" + name.toUpperCase() + "_URL",
                    "http://" + name + "-service:9080");
            assertThat(compose().get("services")).asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey(name + "-service");
        }
    }

    @Test
    void servicesFindTheirPeersByTheirComposeNames() {
        Map<String, Object> compose = compose();
        libertyServices(compose).forEach((name, service) -> {
            if (name.equals("gateway")) {
                return;
            }
            assertThat(environment(service)).as(name).containsEntry("DRYFRUITS_DISCOVERY_RESOLVE_DNS", "true");
            environment(service).forEach((variable, value) -> {
                if (variable.endsWith("_MP_REST_URL") || variable.equals("JWT_JWKS_URI")) {
                    String host = java.net.URI.create(value).getHost();
                    assertThat(compose.get("services")).as(name + " " + variable).asInstanceOf(
                            org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey(host);
                }
            });
        });
    }

    // --- reading the file

    static Map<String, Object> compose() {
        return Repository.yaml(Repository.read(COMPOSE_FILE));
    }

    /** The services built from the one Liberty image shape, by name. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> libertyServices(Map<String, Object> compose) {
        Map<String, Map<String, Object>> liberty = new LinkedHashMap<>();
        ((Map<String, Object>) compose.get("services")).forEach((name, definition) -> {
            Map<String, Object> service = (Map<String, Object>) definition;
            if (service.get("build") instanceof Map<?, ?> build
                    && LIBERTY_DOCKERFILE.equals("docker/" + java.nio.file.Path.of(
                            String.valueOf(build.get("dockerfile"))).getFileName())) {
                liberty.put(name, service);
            }
        });
        return liberty;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(Map<String, Object> compose, String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<String, Object>) service.getOrDefault("environment", Map.of()))
                .forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    static List<String> localServices() {
        return Repository.read("local-platform/src/main/resources/dev/dryfruits/local/services.list").lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0]).toList();
    }

    static Properties properties(String relative) {
        Properties properties = new Properties();
        try (InputStream in = java.nio.file.Files.newInputStream(Repository.path(relative))) {
            properties.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return properties;
    }

    /**
     * The 2021 schema names its parts with draft 4's {@code id}, which draft 2019-09 does not know (and the validator
     * refuses); they only label the parts, so they go. A property that is called {@code id} stays.
     */
    private static void withoutIds(JsonNode node, boolean isPropertyList) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            if (!isPropertyList && object.path("id").isTextual()) {
                object.remove("id");
            }
            object.fields().forEachRemaining(field -> withoutIds(field.getValue(),
                    field.getKey().equals("properties") || field.getKey().equals("patternProperties")));
        } else if (node.isArray()) {
            node.forEach(element -> withoutIds(element, false));
        }
    }

    private static List<String> problems(Map<String, Object> compose) {
        JsonNode specification;
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
            specification = JSON.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        withoutIds(specification, false);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(specification);
        JsonNode document = JSON.valueToTree(compose);
        return schema.validate(document).stream().map(ValidationMessage::getMessage).toList();
    }
}
