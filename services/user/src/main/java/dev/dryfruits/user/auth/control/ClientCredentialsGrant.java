package dev.dryfruits.user.auth.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.auth.entity.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.net.URLDecoder;

/**
 * The OAuth 2.0 client-credentials grant (RFC 6749 section 4.4) for the platform's services: the client
 * authenticates with HTTP Basic (or, as section 2.3.1 also allows, client_id and client_secret in the form), asks
 * for some of its scopes or all of them, and gets a short-lived SERVICE token carrying the scopes granted. Errors
 * are problem responses whose type ends in the OAuth error code (invalid_client, invalid_scope...).
 */
@ApplicationScoped
public class ClientCredentialsGrant {

    public static final String GRANT_TYPE = "client_credentials";

    @Inject
    ServiceClients clients;

    @Inject
    TokenIssuer issuer;

    public Granted grant(TokenRequest request) {
        if (request.grantType() == null || request.grantType().isBlank()) {
            throw oauth(400, "invalid_request", "grant_type is required");
        }
        if (!GRANT_TYPE.equals(request.grantType())) {
            throw oauth(400, "unsupported_grant_type", "Only grant_type=" + GRANT_TYPE + " is issued here;"
                    + " users sign in at /api/auth/login");
        }
        Credentials credentials = credentials(request);
        ServiceClient client = clients.authenticate(credentials.id(), credentials.secret())
                .orElseThrow(() -> invalidClient(request.authorization() != null));
        Set<String> scopes = requestedScopes(request.scope(), client);
        return new Granted(issuer.issueForService(client, scopes), scopes);
    }

    private static Credentials credentials(TokenRequest request) {
        String authorization = request.authorization();
        if (authorization != null && request.clientSecret() != null) {
            throw oauth(400, "invalid_request", "Authenticate with one method only: Basic or the form's client_secret");
        }
        if (authorization == null) {
            return new Credentials(request.clientId(), request.clientSecret());
        }
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw invalidClient(true);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalidClient(true);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw invalidClient(true);
        }
        try {
            return new Credentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            throw invalidClient(true);
        }
    }

    private static Set<String> requestedScopes(String scope, ServiceClient client) {
        if (scope == null || scope.isBlank()) {
            return new TreeSet<>(client.scopes());
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        List<String> refused = requested.stream().filter(one -> !client.scopes().contains(one)).sorted().toList();
        if (!refused.isEmpty()) {
            throw oauth(400, "invalid_scope", "Client " + client.id() + " may not have " + String.join(", ", refused));
        }
        return new TreeSet<>(requested);
    }

    private static ProblemException invalidClient(boolean usedBasic) {
        return new ProblemException(401, "invalid_client", "Unauthorized", "Unknown client or wrong secret",
                List.of(), usedBasic ? Map.of("WWW-Authenticate", "Basic realm=\"dryfruits\"") : Map.of());
    }

    private static ProblemException oauth(int status, String error, String detail) {
        return new ProblemException(status, error, "Bad request", detail);
    }

    /** The token endpoint's form, as RFC 6749 names its fields, and the Authorization header. */
    public record TokenRequest(String grantType, String scope, String clientId, String clientSecret,
                               String authorization) {
    }

    public record Granted(TokenIssuer.AccessToken token, Set<String> scopes) {
    }

    private record Credentials(String id, String secret) {
    }
}
