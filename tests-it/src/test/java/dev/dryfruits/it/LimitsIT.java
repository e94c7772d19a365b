package dev.dryfruits.it;

import static dev.dryfruits.it.Api.PROBLEM;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance 5: rate limiting per client, the body size limit, and CORS, with the default settings. */
class LimitsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void aBurstOf400GetsTooManyRequestsWithRetryAfter() throws Exception {
        String token = Api.newCustomerToken();
        List<HttpResponse<String>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                burst.add(CompletableFuture.supplyAsync(() -> send(me(token)), pool));
            }
            burst.forEach(call -> answers.add(call.join()));
        } finally {
            pool.shutdown();
        }

        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus.keySet()).containsOnly(200, 429);
        assertThat(byStatus.get(429)).isGreaterThan(0);
        HttpResponse<String> limited = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst()
                .orElseThrow();
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM));
    }

    @Test
    void normalUseOfTensOfRequestsASecondIsNeverLimited() throws Exception {
        String token = Api.newCustomerToken();
        List<Integer> statuses = new ArrayList<>();
        for (int second = 0; second < 4; second++) {
            long began = System.nanoTime();
            for (int i = 0; i < 25; i++) {
                statuses.add(send(me(token)).statusCode());
            }
            long spentMillis = (System.nanoTime() - began) / 1_000_000;
            Thread.sleep(Math.max(0, 1000 - spentMillis));
        }
        assertThat(statuses).hasSize(100).containsOnly(200);
    }

    @Test
    void a20MegabyteBodyIsRefusedWith413() {
        byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(LocalPlatform.gateway() + "/api/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(twentyMegabytes)).build());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("\"status\":413");
    }

    @Test
    void browsersOnAllowedOriginsMayCallTheApi() {
        Function<String, HttpResponse<String>> preflight = origin -> send(HttpRequest.newBuilder(
                        URI.create(LocalPlatform.gateway() + "/api/users/me"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .build());

        assertThat(preflight.apply("http://localhost:5173").headers().firstValue("Access-Control-Allow-Origin"))
                .contains("http://localhost:5173");
        assertThat(preflight.apply("https://evil.example").headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    private static HttpRequest me(String token) {
        return HttpRequest.newBuilder(URI.create(LocalPlatform.gateway() + "/api/users/me"))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }
}
