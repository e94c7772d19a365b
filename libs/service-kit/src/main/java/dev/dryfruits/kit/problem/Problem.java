package dev.dryfruits.kit.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 * Null members are left out of the JSON.
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail; the body of every error response")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public record Problem(
        @Schema(description = "Identifies the kind of problem, e.g. urn:dryfruits:problem:validation")
        URI type,
        @Schema(description = "Short summary of the kind of problem")
        String title,
        @Schema(description = "HTTP status code")
        int status,
        @Schema(description = "What went wrong with this request, for a human")
        String detail,
        @Schema(description = "The request path")
        String instance,
        @Schema(description = "The X-Request-Id of the request, to quote when reporting it")
        String requestId,
        @Schema(description = "One entry per invalid field, for validation problems")
        List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:dryfruits:problem:";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** The problem type URI for a short slug, e.g. {@code validation} becomes {@code urn:dryfruits:problem:validation}. */
    public static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    /** One invalid input field: where it is in the request and what is wrong with it. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "Path of the field in the request, e.g. email or address.postalCode") String field,
            @Schema(description = "What is wrong with it") String message) {
    }
}
