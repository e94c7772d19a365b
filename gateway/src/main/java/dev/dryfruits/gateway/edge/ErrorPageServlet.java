package dev.dryfruits.gateway.edge;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Errors raised by the container rather than by the gateway's code (a malformed URI, an unknown path outside /api)
 * are answered as problems too, never with Liberty's HTML page and its stack trace. The default error page in web.xml.
 */
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<Integer, String> TITLES = Map.of(400, "Bad request", 401, "Unauthorized",
            403, "Forbidden", 404, "Not found", 405, "Method not allowed", 413, "Payload too large");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 404;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status == 500 && exception != null && String.valueOf(exception).contains("CWWWC0005I")) {
            // Liberty refuses URIs with encoded separators this way: the client's mistake, not ours.
            status = 400;
        }
        String title = TITLES.getOrDefault(status, status >= 500 ? "Internal server error" : "Error");
        String detail = switch (status) {
            case 400 -> "The request could not be understood (check the path for encoded or unusual characters)";
            case 404 -> "There is nothing at this path";
            default -> status >= 500 ? "Something went wrong on our side; quote the request id if you report it"
                    : title;
        };
        String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        Problems.send(request, response, status, slug, title, detail);
    }
}
