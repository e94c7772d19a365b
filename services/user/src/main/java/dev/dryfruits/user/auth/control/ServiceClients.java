package dev.dryfruits.user.auth.control;

import dev.dryfruits.user.auth.entity.ServiceClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's services that may get tokens of their own (client-credentials grant), from configuration: the
 * list {@code dryfruits.service-clients}, each client's scopes ({@code dryfruits.service-client.ID.scopes}, the
 * platform's policy, kept here) and secret ({@code dryfruits.service-client.ID.secret}, from a Secret; a client
 * without one, or with one shorter than {@value #MIN_SECRET_LENGTH} characters, gets no token).
 */
@ApplicationScoped
public class ServiceClients {

    static final int MIN_SECRET_LENGTH = 24;
    private static final Logger LOG = Logger.getLogger(ServiceClients.class.getName());

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "dryfruits.service-clients", defaultValue = " ")
    String clientIds;

    private final Map<String, Registered> clients = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        for (String id : clientIds.trim().split("\\s*,\\s*")) {
            if (id.isEmpty()) {
                continue;
            }
            Set<String> scopes = Arrays.stream(config.getOptionalValue("dryfruits.service-client." + id + ".scopes",
                    String.class).orElse("").trim().split("\\s+")).filter(scope -> !scope.isEmpty())
                    .collect(Collectors.toSet());
            Optional<String> secret = config.getOptionalValue("dryfruits.service-client." + id + ".secret",
                    String.class).filter(value -> !value.isBlank());
            if (secret.isEmpty()) {
                LOG.info(() -> "Service client " + id + " has no secret configured: it gets no tokens");
                continue;
            }
            if (secret.get().length() < MIN_SECRET_LENGTH) {
                LOG.warning(() -> "Service client " + id + "'s secret is shorter than " + MIN_SECRET_LENGTH
                        + " characters: it gets no tokens until a longer one is configured");
                continue;
            }
            clients.put(id, new Registered(new ServiceClient(id, scopes), sha256(secret.get())));
        }
    }

    /**
     * The client these credentials prove, if they do. The secrets are compared as SHA-256 digests in constant time,
     * and an unknown client id costs the same comparison, so timing tells nothing about either.
     */
    public Optional<ServiceClient> authenticate(String clientId, String secret) {
        Registered registered = clientId == null ? null : clients.get(clientId);
        byte[] expected = registered == null ? new byte[32] : registered.secretDigest();
        boolean matches = MessageDigest.isEqual(expected, sha256(secret == null ? "" : secret));
        return registered != null && matches ? Optional.of(registered.client()) : Optional.empty();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private record Registered(ServiceClient client, byte[] secretDigest) {
    }
}
