package dev.dryfruits.kit.problem;

import dev.dryfruits.kit.request.RequestContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Renders errors the container raises outside JAX-RS (for example a rejected bearer token, or an unknown path) as
 * problem responses too. Mapped as the error page for every status in the kit's web-fragment.xml.
 */
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        writeProblem(request, response, code instanceof Integer value ? value : 404);
    }

    static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        RequestContext context = request.getAttribute(RequestContext.ATTRIBUTE) instanceof RequestContext known
                ? known
                : RequestContext.from(request.getHeader(RequestContext.REQUEST_ID_HEADER),
                        request.getHeader(RequestContext.TRACEPARENT_HEADER),
                        uri != null ? uri.toString() : request.getRequestURI());
        Problem problem = ProblemResponses.problem(status, ProblemResponses.slugFor(status),
                ProblemResponses.titleFor(status), ProblemResponses.detailFor(status), List.of(), context);
        response.setStatus(status);
        response.setHeader(RequestContext.REQUEST_ID_HEADER, context.requestId());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSONB.toJson(problem));
    }
}
