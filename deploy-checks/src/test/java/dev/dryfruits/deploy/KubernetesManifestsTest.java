package dev.dryfruits.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kustomize overlay of kubernetes/ as the cluster would get it ({@code kubectl kustomize}), validated strictly
 * against the Kubernetes 1.36 and operator schemas by the validator kept in kubernetes/validation (unknown fields,
 * wrong types, missing required fields, the operators' enums and patterns). Needs kubectl (with its built-in
 * kustomize) and Python 3 with jsonschema and PyYAML, as this project's CI machine has them; where they are missing
 * the checks are skipped and say why.
 */
class KubernetesManifestsTest {

    private static final Path VALIDATOR = Repository.path("kubernetes/validation/validate");

    @BeforeAll
    static void toolsArePresent() {
        assumeTrue(succeeds(List.of("kubectl", "version", "--client")), "kubectl is not installed: not checked");
        assumeTrue(succeeds(List.of("python3", "-c", "import jsonschema, yaml")),
                "python3 with jsonschema and yaml is not installed (apt-get install python3-jsonschema python3-yaml)");
    }

    /** Every folder kustomize can build: the overlays and the recovery example. */
    static Stream<String> kustomizations() throws IOException {
        try (Stream<Path> folders = Files.walk(Repository.path("kubernetes"))) {
            return folders.filter(folder -> Files.exists(folder.resolve("kustomization.yaml")))
                    .map(folder -> Repository.ROOT.relativize(folder).toString())
                    .filter(folder -> folder.contains("overlays/") || folder.endsWith("recovery"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void thereAreASmallAndAProductionOverlay() throws IOException {
        assertThat(kustomizations()).contains("kubernetes/overlays/small", "kubernetes/overlays/production");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void rendersAndValidatesStrictly(String kustomization) {
        String rendered = render(kustomization);
        Result validation = validate(rendered);

        assertThat(validation.exitCode()).as(validation.output()).isZero();
        assertThat(validation.output()).contains(" 0 invalid");
    }

    @Test
    void aMisspelledFieldFailsTheValidation() {
        String rendered = render("kubernetes/overlays/production");
        assertThat(rendered).contains("applicationImage:");

        Result validation = validate(rendered.replaceFirst("applicationImage:", "applicationImag:"));

        assertThat(validation.exitCode()).isNotZero();
        assertThat(validation.output()).contains("unknown field \"applicationImag\"");
    }

    @Test
    void theClusterRunsTheImagesComposeBuildsOnThePortTheyListenOn() {
        List<Map<String, Object>> manifests = documents(render("kubernetes/overlays/production"));
        Map<String, Map<String, Object>> applications = new java.util.TreeMap<>();
        manifests.stream().filter(manifest -> "OpenLibertyApplication".equals(manifest.get("kind")))
                .forEach(manifest -> applications.put(name(manifest), spec(manifest)));
        Map<String, Map<String, Object>> compose = ComposeFileTest.libertyServices(ComposeFileTest.compose());

        assertThat(applications.keySet()).containsExactlyInAnyOrderElementsOf(compose.keySet());
        applications.forEach((name, spec) -> {
            String image = String.valueOf(spec.get("applicationImage"));
            assertThat(image).as(name).endsWith("/" + compose.get(name).get("image"));
            assertThat(((Map<?, ?>) spec.get("service")).get("port")).as(name).isEqualTo(9080);
            Map<?, ?> probes = (Map<?, ?>) spec.get("probes");
            assertThat(((Map<?, ?>) ((Map<?, ?>) probes.get("readiness")).get("httpGet")).get("path")).as(name)
                    .isEqualTo("/health/ready");
            assertThat(((Map<?, ?>) ((Map<?, ?>) probes.get("startup")).get("httpGet")).get("path")).as(name)
                    .isEqualTo("/health/started");
            assertThat(((Map<?, ?>) ((Map<?, ?>) probes.get("liveness")).get("httpGet")).get("path")).as(name)
                    .isEqualTo("/health/live");
        });
    }

    @Test
    void theGatewayIsPointedAtTheServiceOfEveryUpstream() {
        List<Map<String, Object>> manifests = documents(render("kubernetes/overlays/production"));
        Map<String, String> gatewayConfig = new java.util.HashMap<>();
        manifests.stream().filter(manifest -> "ConfigMap".equals(manifest.get("kind"))
                        && name(manifest).startsWith("gateway-config"))
                .forEach(manifest -> ((Map<?, ?>) manifest.get("data")).forEach((key, value) ->
                        gatewayConfig.put(String.valueOf(key), String.valueOf(value))));
        java.util.Set<String> applications = new java.util.HashSet<>();
        manifests.stream().filter(manifest -> "OpenLibertyApplication".equals(manifest.get("kind")))
                .forEach(manifest -> applications.add(name(manifest)));

        for (String upstream : ComposeFileTest.properties("gateway/src/main/resources/META-INF/microprofile-config.properties")
                .getProperty("gateway.upstreams").split(",")) {
            String name = upstream.strip();
            assertThat(gatewayConfig).as(name).containsEntry("GATEWAY_UPSTREAM_" + name.toUpperCase() + "_URL",
                    "http://" + name + "-service:9080");
            assertThat(applications).contains(name + "-service");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String yaml) {
        List<Map<String, Object>> documents = new java.util.ArrayList<>();
        new org.yaml.snakeyaml.Yaml().loadAll(yaml).forEach(document -> {
            if (document instanceof Map<?, ?> manifest) {
                documents.add((Map<String, Object>) manifest);
            }
        });
        return documents;
    }

    private static String name(Map<String, Object> manifest) {
        return String.valueOf(((Map<?, ?>) manifest.get("metadata")).get("name"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Map<String, Object> manifest) {
        return (Map<String, Object>) manifest.get("spec");
    }

    // --- running the tools

    record Result(int exitCode, String output) {
    }

    static String render(String kustomization) {
        Result rendered = run(List.of("kubectl", "kustomize", Repository.path(kustomization).toString()), null);
        assertThat(rendered.exitCode()).as(kustomization + ": " + rendered.output()).isZero();
        return rendered.output();
    }

    private static Result validate(String manifests) {
        return run(List.of("python3", VALIDATOR.toString(), "-q", "-"), manifests);
    }

    private static boolean succeeds(List<String> command) {
        try {
            return run(command, null).exitCode() == 0;
        } catch (UncheckedIOException notInstalled) {
            return false;
        }
    }

    private static Result run(List<String> command, String input) {
        try {
            Path output = Files.createTempFile("deploy-check", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                try (var stdin = process.getOutputStream()) {
                    if (input != null) {
                        stdin.write(input.getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError(command + " took more than 2 minutes");
                }
                return new Result(process.exitValue(), Files.readString(output));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }
}
