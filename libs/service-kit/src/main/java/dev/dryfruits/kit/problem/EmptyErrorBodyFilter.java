package dev.dryfruits.kit.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Liberty's MP-JWT authentication answers a missing or rejected token with a bare 401 (no body, no error page).
 * This gives such answers, and any other bodiless client or server error, the same problem body as the rest of
 * the API. Answers that already have a body are left alone.
 */
public class EmptyErrorBodyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (response.getStatus() >= 400 && response.getContentType() == null && !response.isCommitted()) {
            ErrorPageServlet.writeProblem(request, response, response.getStatus());
        }
    }
}
