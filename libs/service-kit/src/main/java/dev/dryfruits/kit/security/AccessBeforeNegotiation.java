package dev.dryfruits.kit.security;

import dev.dryfruits.kit.problem.ProblemResponses;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The 406 and 415 that JAX-RS raises while it chooses a resource method, before anyone asked whether the caller may
 * call it: a caller who may not call any method at that path hears 401 or 403 instead ({@link AccessIndex}), as
 * for every other request; others hear the 406 or 415, as problems.
 */
public final class AccessBeforeNegotiation {

    private AccessBeforeNegotiation() {
    }

    static Response answer(ClientErrorException refused, Request request, UriInfo uri, SecurityContext caller) {
        return ProblemResponses.of(AccessIndex.refusal(request.getMethod(), uri.getPath(), caller)
                .orElse(refused.getResponse().getStatus()));
    }

    /** 406: none of the media types the caller accepts is on offer. */
    @Provider
    public static final class NotAcceptable implements ExceptionMapper<NotAcceptableException> {

        @Context
        Request request;

        @Context
        UriInfo uri;

        @Context
        SecurityContext caller;

        @Override
        public Response toResponse(NotAcceptableException refused) {
            return answer(refused, request, uri, caller);
        }
    }

    /** 415: the body's media type is not one the method reads. */
    @Provider
    public static final class NotSupported implements ExceptionMapper<NotSupportedException> {

        @Context
        Request request;

        @Context
        UriInfo uri;

        @Context
        SecurityContext caller;

        @Override
        public Response toResponse(NotSupportedException refused) {
            return answer(refused, request, uri, caller);
        }
    }
}
