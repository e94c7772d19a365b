package dev.dryfruits.kit.problem;

import dev.dryfruits.kit.request.RequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem responses carrying the current request's path and id. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(int status, String typeSlug, String title, String detail) {
        return of(status, typeSlug, title, detail, List.of(), Map.of());
    }

    public static Response of(int status, String typeSlug, String title, String detail,
                              List<Problem.Violation> errors, Map<String, String> headers) {
        Problem problem = problem(status, typeSlug, title, detail, errors,
                RequestContext.current().orElse(null));
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        headers.forEach(response::header);
        return response.build();
    }

    /** The platform's problem for a bare status raised by the runtime (a 403, a 406...). */
    public static Response of(int status) {
        return of(status, slugFor(status), titleFor(status), detailFor(status));
    }

    public static Response of(ProblemException exception) {
        return of(exception.status(), exception.typeSlug(), exception.title(), exception.getMessage(),
                exception.violations(), exception.headers());
    }

    static Problem problem(int status, String typeSlug, String title, String detail,
                           List<Problem.Violation> errors, RequestContext context) {
        return new Problem(Problem.type(typeSlug), title, status, detail,
                context == null ? null : context.path(),
                context == null ? null : context.requestId(),
                errors);
    }

    /** The standard reason phrase, as a title for problems that have nothing more specific. */
    static String titleFor(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /** What a status means for the caller, for problems raised by the runtime rather than by our code. */
    static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood";
            case 401 -> "A valid bearer token is required";
            case 403 -> "You are not allowed to do this";
            case 404 -> "There is nothing at this path";
            case 405 -> "This path does not support this method";
            case 406 -> "No acceptable representation; this API speaks application/json";
            case 413 -> "The request body is too large";
            case 415 -> "Unsupported content type; send application/json";
            default -> status >= 500 ? "Something went wrong on our side; quote the request id if you report it"
                    : titleFor(status);
        };
    }

    /** A kebab-case type slug from the reason phrase, e.g. 405 becomes method-not-allowed. */
    static String slugFor(int status) {
        return titleFor(status).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
