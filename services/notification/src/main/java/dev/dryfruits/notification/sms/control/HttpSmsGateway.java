package dev.dryfruits.notification.sms.control;

import dev.dryfruits.notification.delivery.control.DeliveryFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A real SMS provider behind an HTTP API: POSTs {@code {"to", "from", "text", "reference"}} as JSON to
 * {@code dryfruits.sms.http.url} with {@code Authorization: Bearer dryfruits.sms.http.token}; any 2xx is accepted.
 * Providers with another request shape get an implementation of their own next to this one.
 */
@ApplicationScoped
@Named("http")
public class HttpSmsGateway implements SmsGateway {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    @ConfigProperty(name = "dryfruits.sms.http.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "dryfruits.sms.http.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "dryfruits.sms.sender")
    String sender;

    @Override
    public void send(String phone, String text, UUID reference) throws DeliveryFailure {
        String endpoint = url.orElseThrow(() -> new DeliveryFailure("dryfruits.sms.http.url is not configured", null));
        String body = Json.createObjectBuilder().add("to", phone).add("from", sender).add("text", text)
                .add("reference", reference.toString()).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailure("SMS provider answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(200, response.body().length())), null);
            }
        } catch (IOException unreachable) {
            throw new DeliveryFailure("SMS provider unreachable: " + unreachable.getMessage(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("Interrupted", interrupted);
        }
    }
}
