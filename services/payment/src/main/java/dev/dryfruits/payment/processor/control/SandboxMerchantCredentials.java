package dev.dryfruits.payment.processor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** The merchant's key id and secret, as HTTP Basic credentials on every call to the processor. */
@ApplicationScoped
public class SandboxMerchantCredentials implements ClientHeadersFactory {

    @Inject
    @ConfigProperty(name = "dryfruits.payment.processor.key-id")
    String keyId;

    @Inject
    @ConfigProperty(name = "dryfruits.payment.processor.key-secret")
    Optional<String> keySecret;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        String secret = keySecret.filter(value -> !value.isBlank()).orElseThrow(() -> new ProviderFailure(
                "No merchant secret is configured for the payment processor (dryfruits.payment.processor.key-secret)"));
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                (keyId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
