package dev.dryfruits.kit.security;

import dev.dryfruits.kit.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Enforces {@link ServiceScope}: after the roles are checked, a SERVICE caller must hold the method's (or else the
 * class's) scope in its token's {@code scope} claim (space-separated, RFC 8693 and RFC 9068).
 */
@Provider
public class ServiceScopeFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod() == null) {
            return;
        }
        ServiceScope scope = resource.getResourceMethod().getAnnotation(ServiceScope.class);
        if (scope == null) {
            scope = resource.getResourceClass().getAnnotation(ServiceScope.class);
        }
        if (scope != null) {
            context.register(new ScopeCheck(scope.value()));
        }
    }

    /** Whether a token's scope claim names the scope. */
    public static boolean grants(String scopeClaim, String scope) {
        return scopeClaim != null && Arrays.asList(scopeClaim.trim().split("\\s+")).contains(scope);
    }

    @Priority(Priorities.AUTHORIZATION + 10)
    static final class ScopeCheck implements ContainerRequestFilter {

        private final String scope;

        ScopeCheck(String scope) {
            this.scope = scope;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!request.getSecurityContext().isUserInRole(Roles.SERVICE)) {
                return;
            }
            Principal caller = request.getSecurityContext().getUserPrincipal();
            String granted = caller instanceof JsonWebToken token ? token.getClaim("scope") : null;
            if (!grants(granted, scope)) {
                request.abortWith(ProblemResponses.of(403, "forbidden", "Forbidden",
                        "This service's token does not carry the scope " + scope));
            }
        }
    }
}
