package dev.dryfruits.kit.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Known causes hidden inside wrappers (transactions, JSON-B, CDI) get their proper status; the
 * rest is a 500 whose stack trace goes to the log, never to the caller.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return ProblemResponses.of(problem);
            }
            if (cause instanceof ConstraintViolationException violations) {
                return new ConstraintViolationMapper().toResponse(violations);
            }
            if (cause instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
            if (cause instanceof OptimisticLockException) {
                return ProblemResponses.of(409, "concurrent-modification", "Conflict",
                        "Someone else changed this at the same time; read it again and retry");
            }
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return ProblemResponses.of(400, "malformed-json", "Bad request",
                        "The request body is not valid JSON for this operation");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure", exception);
        return ProblemResponses.of(500, "internal-error", "Internal server error",
                "Something went wrong on our side; quote the request id if you report it");
    }
}
