package dev.dryfruits.kit.security;

import dev.dryfruits.kit.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.logging.Logger;

/**
 * Default deny: a resource method that does not say who may call it (@RolesAllowed, @PermitAll or @DenyAll, on the
 * method or its class) answers 403 to everyone, and the omission is logged when the application starts.
 * The architecture test in each service fails the build before it gets that far.
 */
@Provider
public class ExplicitAccessFeature implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(ExplicitAccessFeature.class.getName());

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            AccessIndex.add(resource.getResourceClass(), method);
        }
        if (method == null || statesAccess(method) || statesAccess(resource.getResourceClass())) {
            return;
        }
        LOG.severe(() -> "No @RolesAllowed, @PermitAll or @DenyAll on " + resource.getResourceClass().getName()
                + "#" + method.getName() + ": it will deny every request");
        context.register(new DenyEveryone());
    }

    public static boolean statesAccess(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class DenyEveryone implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            request.abortWith(ProblemResponses.of(403, "forbidden", "Forbidden",
                    "This operation does not declare who may call it, so nobody may"));
        }
    }
}
