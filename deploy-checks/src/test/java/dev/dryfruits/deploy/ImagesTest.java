package dev.dryfruits.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every image as docker build would make it, checked without a Docker engine: each file a COPY names exists after
 * the build, the application the server configuration deploys is the WAR the image carries, and the port the image
 * exposes is the one its server listens on and its health check asks.
 */
class ImagesTest {

    private static final Pattern COPY = Pattern.compile("^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern ENV_PORT = Pattern.compile("\\bHTTP_PORT=(\\d+)");
    private static final Pattern EXPOSE = Pattern.compile("^EXPOSE\\s+(\\d+)", Pattern.MULTILINE);
    private static final Pattern HEALTH_PORT = Pattern.compile("^\\s+CMD .*http://localhost:(\\d+)/",
            Pattern.MULTILINE);
    private static final Pattern HTTP_PORT_VARIABLE = Pattern.compile(
            "<variable\\s+name=\"HTTP_PORT\"\\s+(\\w+)=\"\\d+\"");
    private static final Pattern INCLUDE = Pattern.compile(
            "<include\\s+location=\"\\$\\{shared\\.config\\.dir}/([^\"]+)\"");
    private static final Pattern APPLICATION = Pattern.compile("<webApplication\\s[^>]*location=\"([^\"]+)\"");

    static Stream<Arguments> libertyImages() {
        return ComposeFileTest.libertyServices(ComposeFileTest.compose()).entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey(), buildArguments(entry.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libertyImages")
    void everyFileTheImageCopiesIsBuilt(String service, Map<String, String> arguments) {
        List<String> sources = copiedFiles(Repository.read(ComposeFileTest.LIBERTY_DOCKERFILE), arguments);

        assertThat(sources).isNotEmpty().allSatisfy(source ->
                assertThat(Repository.path(source)).as(service + ": COPY " + source).exists());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libertyImages")
    void theServerDeploysTheWarTheImageCarries(String service, Map<String, String> arguments) {
        String module = arguments.get("MODULE");
        String application = Repository.read(module + "/src/main/liberty/config/application.xml");
        Matcher location = APPLICATION.matcher(application);

        assertThat(location.find()).as(service).isTrue();
        assertThat(location.group(1)).as(service).isEqualTo(arguments.get("SERVER") + ".war");
        assertThat(Repository.path(module + "/target/" + location.group(1))).as(service).isRegularFile();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libertyImages")
    void everyIncludedConfigurationFileIsInTheImage(String service, Map<String, String> arguments) {
        String server = Repository.read(arguments.get("MODULE") + "/src/main/liberty/config/server.xml");
        Matcher include = INCLUDE.matcher(server);
        List<String> included = new ArrayList<>();
        while (include.find()) {
            included.add(include.group(1));
        }

        assertThat(included).as(service).isNotEmpty().allSatisfy(file ->
                assertThat(Repository.path("liberty-config/shared/config/" + file)).as(service).isRegularFile());
        assertThat(server).as(service + ": features are installed at build time from server.xml itself")
                .contains("<featureManager>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libertyImages")
    void theImagePortIsTheOneTheServerListensOnAndTheHealthCheckAsks(String service, Map<String, String> arguments) {
        String dockerfile = Repository.read(ComposeFileTest.LIBERTY_DOCKERFILE);
        String server = Repository.read(arguments.get("MODULE") + "/src/main/liberty/config/server.xml");
        Matcher portVariable = HTTP_PORT_VARIABLE.matcher(server);

        assertThat(portVariable.find()).as(service + " declares HTTP_PORT").isTrue();
        assertThat(portVariable.group(1)).as(service + ": HTTP_PORT must give way to the environment")
                .isEqualTo("defaultValue");
        String port = first(ENV_PORT, dockerfile);
        assertThat(first(EXPOSE, dockerfile)).isEqualTo(port);
        assertThat(first(HEALTH_PORT, dockerfile)).isEqualTo(port);
        assertThat(Repository.read("liberty-config/shared/config/dryfruits/http.xml"))
                .contains("httpPort=\"${HTTP_PORT}\"");
    }

    @Test
    void theSandboxImageListensWhereThePaymentServiceLooks() throws Exception {
        String dockerfile = Repository.read("docker/payment-sandbox.Dockerfile");
        String port = first(EXPOSE, dockerfile);

        assertThat(copiedFiles(dockerfile, Map.of())).isNotEmpty().allSatisfy(source ->
                assertThat(Repository.path(source)).as("COPY " + source).exists());
        assertThat(Files.list(Repository.path("sandboxes/payment-processor/target/lib"))).isNotEmpty();
        assertThat(dockerfile).contains("\"--port\", \"" + port + "\"");
        assertThat(first(HEALTH_PORT, dockerfile)).isEqualTo(port);
        assertThat(ComposeFileTest.environment(ComposeFileTest.service(ComposeFileTest.compose(), "payment-service")))
                .containsEntry("PAYMENT_PROCESSOR_MP_REST_URL", "http://payment-sandbox:" + port);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> buildArguments(Map<String, Object> service) {
        Map<String, String> arguments = new LinkedHashMap<>();
        ((Map<String, Object>) ((Map<String, Object>) service.get("build")).get("args"))
                .forEach((name, value) -> arguments.put(name, String.valueOf(value)));
        return arguments;
    }

    /** The sources of the Dockerfile's COPY instructions, relative to the build context (the repository). */
    private static List<String> copiedFiles(String dockerfile, Map<String, String> arguments) {
        List<String> sources = new ArrayList<>();
        Matcher copy = COPY.matcher(dockerfile);
        while (copy.find()) {
            String source = copy.group(1);
            for (Map.Entry<String, String> argument : arguments.entrySet()) {
                source = source.replace("${" + argument.getKey() + "}", argument.getValue());
            }
            assertThat(source).as("a build argument the compose file does not give").doesNotContain("${");
            sources.add(source);
        }
        return sources;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }
}
