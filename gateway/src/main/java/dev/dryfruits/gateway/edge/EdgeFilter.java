package dev.dryfruits.gateway.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request its id and trace context, echoes the id, and puts both on the log lines it causes.
 *
 * <p>Registered by {@link Registration} rather than {@code @WebFilter}: MicroProfile Telemetry adds its own filter
 * (the one that opens the request's server span) from a ServletContainerInitializer, matched after every declared
 * filter. A declared EdgeFilter would run before the span exists and pass on a trace of its own; added here, after the
 * initializer ran and also matched "after", it runs inside the span and the upstream continues the gateway's trace.
 */
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

    @WebListener
    public static class Registration implements ServletContextListener {

        @Override
        public void contextInitialized(ServletContextEvent event) {
            FilterRegistration.Dynamic filter = event.getServletContext().addFilter("edge", EdgeFilter.class);
            filter.setAsyncSupported(true);
            filter.addMappingForUrlPatterns(null, true, "/*");
        }
    }
}
