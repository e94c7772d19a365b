package dev.dryfruits.kit.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * First filter of every service (declared in the kit's web-fragment.xml): binds the {@link RequestContext} to the
 * thread and the logs, and echoes the request id to the caller.
 */
public class RequestContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestContext context = RequestContext.from(request.getHeader(RequestContext.REQUEST_ID_HEADER),
                request.getHeader(RequestContext.TRACEPARENT_HEADER), request.getRequestURI());
        request.setAttribute(RequestContext.ATTRIBUTE, context);
        response.setHeader(RequestContext.REQUEST_ID_HEADER, context.requestId());
        RequestContext.bind(context);
        LogContext.put(context);
        try {
            chain.doFilter(request, response);
        } finally {
            LogContext.clear();
            RequestContext.unbind();
        }
    }
}
