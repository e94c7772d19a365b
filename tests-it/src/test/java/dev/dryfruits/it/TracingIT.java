package dev.dryfruits.it;

import static dev.dryfruits.it.Api.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's tracing: a request through the gateway is one trace in the platform's Zipkin, from the gateway's span
 * through the service that answered to the consumers of the events it published; the caller's sampling decision holds.
 */
class TracingIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void aSignUpIsOneTraceFromTheGatewayThroughTheUserServiceToTheConsumersOfItsEvent() {
        String traceId = newTraceId();
        String callerSpan = "00f067aa0ba902b7";
        gateway().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body("{\"email\":\"" + Api.newEmail("traced") + "\",\"password\":\"" + Api.PASSWORD
                        + "\",\"fullName\":\"Traced Customer\",\"role\":\"CUSTOMER\"}")
                .post("/api/users").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<Map<String, Object>> spans = trace(traceId);
            Map<String, Object> edge = span(spans, "gateway", "SERVER");
            Map<String, Object> user = span(spans, "user", "SERVER");
            Map<String, Object> welcome = span(spans, "notification", "CONSUMER");
            assertThat(edge.get("parentId")).as("the gateway continues the caller's trace").isEqualTo(callerSpan);
            assertThat(user.get("parentId")).as("the user service's span hangs under the gateway's")
                    .isEqualTo(edge.get("id"));
            assertThat(welcome.get("parentId")).as("the consumer's span hangs under the span that published")
                    .isEqualTo(user.get("id"));
            assertThat(welcome.get("name")).isEqualTo("process userregistered");
            assertThat(tags(welcome)).containsEntry("messaging.system", "kafka")
                    .containsEntry("messaging.destination.name", "dryfruits.users")
                    .containsEntry("messaging.consumer.group.name", "notification");
        });
    }

    @Test
    void aSearchIsOneTraceThroughTheGatewayAndTheProductService() {
        String traceId = newTraceId();
        gateway().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/api/products?q=almond").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<Map<String, Object>> spans = trace(traceId);
            Map<String, Object> product = span(spans, "product", "SERVER");
            assertThat(tags(product)).containsEntry("url.path", "/api/products");
            assertThat(product.get("parentId")).isEqualTo(span(spans, "gateway", "SERVER").get("id"));
        });
    }

    @Test
    void aTraceTheCallerDidNotSampleIsNotRecorded() {
        String traceId = newTraceId();
        gateway().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00")
                .get("/api/products?q=cashew").then().statusCode(200);
        String recorded = newTraceId();
        gateway().header("traceparent", "00-" + recorded + "-00f067aa0ba902b7-01")
                .get("/api/products?q=cashew").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> span(trace(recorded), "product", "SERVER"));
        assertThat(zipkin().get("/api/v2/trace/" + traceId).statusCode()).isEqualTo(404);
    }

    private static String newTraceId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private static List<Map<String, Object>> trace(String traceId) {
        var response = zipkin().get("/api/v2/trace/" + traceId);
        assertThat(response.statusCode()).as("trace " + traceId + " in Zipkin").isEqualTo(200);
        return response.jsonPath().getList("$");
    }

    private static Map<String, Object> span(List<Map<String, Object>> spans, String service, String kind) {
        return spans.stream()
                .filter(span -> kind.equals(span.get("kind")) && service.equals(localService(span)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " span of " + service + " in " + spans));
    }

    @SuppressWarnings("unchecked")
    private static Object localService(Map<String, Object> span) {
        return ((Map<String, Object>) span.getOrDefault("localEndpoint", Map.of())).get("serviceName");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tags(Map<String, Object> span) {
        return (Map<String, Object>) span.getOrDefault("tags", Map.of());
    }

    private static RequestSpecification zipkin() {
        return RestAssured.given().baseUri("http://127.0.0.1:" + LocalPlatform.port(13411));
    }
}
