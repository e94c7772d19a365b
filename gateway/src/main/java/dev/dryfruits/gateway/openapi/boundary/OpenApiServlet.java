package dev.dryfruits.gateway.openapi.boundary;

import dev.dryfruits.gateway.openapi.control.OpenApiAggregator;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The combined OpenAPI document of the public API (the UI is at /openapi/ui/). Public. */
@WebServlet(urlPatterns = "/openapi")
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenApiAggregator aggregator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] document = aggregator.document().toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=30");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }
}
