package dev.dryfruits.kit.rest;

import dev.dryfruits.kit.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses a query parameter holding a control character (an encoded NUL, a line break...): no parameter of this API
 * has one, and a NUL handed to PostgreSQL is its error, not an answer. The gateway refuses them too; a service does
 * not rely on that.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class UnreadableQueryFilter implements ContainerRequestFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0a-\\x1f\\x7f]");

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, List<String>> parameters;
        try {
            parameters = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException malformed) {
            request.abortWith(ProblemResponses.of(400, "unreadable-query", "Bad request",
                    "The query contains a malformed percent-encoding"));
            return;
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (CONTROL.matcher(value).find() || CONTROL.matcher(parameter.getKey()).find()) {
                    request.abortWith(ProblemResponses.of(400, "validation", "Invalid input",
                            parameter.getKey().replaceAll(CONTROL.pattern(), "?") + ": must not contain control characters"));
                    return;
                }
            }
        }
    }
}
