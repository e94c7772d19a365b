package dev.dryfruits.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance 1 and 6: status lists every component ready, with each server's Admin Center, which works over HTTPS. */
class AdminCenterIT {

    private static final List<String> COMPONENTS = List.of("postgres", "kafka", "mail", "services", "user", "gateway");

    @BeforeAll
    static void platformIsUp() {
        LocalPlatform.requireUp();
    }

    @Test
    void statusListsEveryComponentAsReady() {
        // The tests before this one stop and start services and Kafka; readiness may take a few seconds to settle.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonObject status = LocalPlatform.status();
            List<JsonObject> components = status.getJsonArray("components").getValuesAs(JsonObject.class);
            assertThat(components).extracting(component -> component.getString("name")).containsAll(COMPONENTS);
            assertThat(components).allSatisfy(component -> {
                assertThat(component.getString("state")).as(component.getString("name")).isEqualTo("ready");
                assertThat(component.getJsonNumber("pid").longValue()).isPositive();
            });
            assertThat(status.getBoolean("ready")).isTrue();
        });
    }

    @Test
    void everyServersAdminCenterLetsTheAdministratorInOverHttps() throws Exception {
        for (JsonObject component : libertyServers()) {
            String adminCenter = component.getString("adminCenterUrl");
            assertThat(adminCenter).startsWith("https://");
            HttpClient browser = browser();

            String loginPage = browser.send(get(adminCenter), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(loginPage).contains("j_security_check");

            HttpResponse<String> signedIn = signIn(browser, adminCenter, LocalPlatform.ADMIN_PASSWORD);
            assertThat(signedIn.statusCode()).isEqualTo(200);
            assertThat(signedIn.body()).contains("toolbox");
        }
    }

    @Test
    void anonymousAndWrongPasswordsGetOnlyTheLoginPage() throws Exception {
        JsonObject services = libertyServers().stream().filter(server -> server.getString("name").equals("services"))
                .findFirst().orElseThrow();
        String adminCenter = services.getString("adminCenterUrl");

        HttpResponse<String> anonymous = browser().send(get(adminCenter), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.body()).contains("j_security_check").doesNotContain("toolbox");
        HttpResponse<String> wrong = signIn(browser(), adminCenter, "not-the-password");
        assertThat(wrong.body()).contains("j_security_check").doesNotContain("toolbox");

        String restConnector = adminCenter.replace("/adminCenter/", "/IBMJMXConnectorREST");
        assertThat(browser().send(get(restConnector), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
    }

    private static List<JsonObject> libertyServers() {
        return LocalPlatform.status().getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .filter(component -> component.containsKey("adminCenterUrl")).toList();
    }

    /** The form login as a browser does it: the page sets a csrfToken cookie that the form posts back. */
    private static HttpResponse<String> signIn(HttpClient browser, String adminCenter, String password)
            throws Exception {
        browser.send(get(adminCenter), HttpResponse.BodyHandlers.discarding());
        CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
        String csrf = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("csrfToken")).map(HttpCookie::getValue)
                .findFirst().orElse("");
        String form = "j_username=admin&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&X-CSRF-Token=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create(adminCenter + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return browser.send(get(adminCenter), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    /** A client that keeps cookies, follows redirects and accepts the servers' self-signed development certificates. */
    private static HttpClient browser() throws Exception {
        TrustManager[] trustAll = {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }};
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trustAll, new SecureRandom());
        SSLParameters noHostnameCheck = new SSLParameters();
        noHostnameCheck.setEndpointIdentificationAlgorithm(null);
        return HttpClient.newBuilder().sslContext(tls).sslParameters(noHostnameCheck)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.ALWAYS).build();
    }
}
