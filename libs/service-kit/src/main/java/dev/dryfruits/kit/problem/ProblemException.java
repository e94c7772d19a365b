package dev.dryfruits.kit.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller should hear about as a problem response: thrown by control classes, turned into
 * {@code application/problem+json} by {@link ProblemExceptionMapper}.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String typeSlug;
    private final String title;
    private final transient List<Problem.Violation> violations;
    private final transient Map<String, String> headers;

    public ProblemException(int status, String typeSlug, String title, String detail) {
        this(status, typeSlug, title, detail, List.of(), Map.of());
    }

    public ProblemException(int status, String typeSlug, String title, String detail,
                            List<Problem.Violation> violations, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException badRequest(String typeSlug, String detail) {
        return new ProblemException(400, typeSlug, "Bad request", detail);
    }

    /** The request's body, or 400 {@code missing-body} when there was none ("The quote is required"). */
    public static <T> T requireBody(T body, String what) {
        if (body == null) {
            throw badRequest("missing-body", what + " is required");
        }
        return body;
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid input", field + ": " + message,
                List.of(new Problem.Violation(field, message)), Map.of());
    }

    /** 400 listing every invalid field at once (nothing is saved). */
    public static ProblemException invalidFields(List<Problem.Violation> violations) {
        String detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new ProblemException(400, "validation", "Invalid input", detail, violations, Map.of());
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found");
    }

    public static ProblemException conflict(String typeSlug, String detail) {
        return new ProblemException(409, typeSlug, "Conflict", detail);
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "too-many-requests", "Too many requests", detail, List.of(),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    /** 503: this service cannot answer right now (another one it needs did not), but will; try again later. */
    public static ProblemException serviceUnavailable(String detail, Duration retryAfter) {
        return new ProblemException(503, "service-unavailable", "Service unavailable", detail, List.of(),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds()))));
    }

    /**
     * 409: what the request refers to exists, but news of it has not reached this service yet (events take a moment
     * between services); the same request will work in a moment.
     */
    public static ProblemException onItsWay(String detail, Duration retryAfter) {
        return new ProblemException(409, "on-its-way", "On its way", detail, List.of(),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds()))));
    }

    public int status() {
        return status;
    }

    public String typeSlug() {
        return typeSlug;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
