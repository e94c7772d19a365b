package dev.dryfruits.gateway.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives every request its id and trace context, echoes the id, and puts both on the log lines it causes. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class EdgeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        EdgeRequest edge = EdgeRequest.of(request);
        response.setHeader(EdgeRequest.REQUEST_ID_HEADER, edge.requestId());
        LogContext.put(edge);
        try {
            chain.doFilter(request, response);
        } finally {
            LogContext.clear();
        }
    }
}
