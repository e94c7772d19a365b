package dev.dryfruits.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in, in a service's own tests, for the other services it asks (its REST clients point here): it answers
 * 404 to everything (the other service has not heard of it either) unless a test says otherwise for a path, and
 * remembers what it was asked, with the Authorization header the caller passed on.
 */
public final class PeerStub implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Asked> asked = new CopyOnWriteArrayList<>();

    private PeerStub(HttpServer server) {
        this.server = server;
    }

    public static PeerStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            PeerStub stub = new PeerStub(server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code pathAndQuery} (exactly, query included; any method) with {@code status} and the JSON body. */
    public void answer(String pathAndQuery, int status, String json) {
        answers.put(pathAndQuery, new Answer(status, json));
    }

    /** Closes connections to {@code pathAndQuery} without an answer's body: the other service failing. */
    public void fail(String pathAndQuery) {
        answers.put(pathAndQuery, new Answer(500, "{\"status\":500}"));
    }

    public List<Asked> asked() {
        return List.copyOf(asked);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String pathAndQuery = exchange.getRequestURI().toString();
        asked.add(new Asked(exchange.getRequestMethod(), pathAndQuery,
                exchange.getRequestHeaders().getFirst("Authorization")));
        Answer answer = answers.getOrDefault(pathAndQuery, new Answer(404, "{\"status\":404}"));
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public record Asked(String method, String pathAndQuery, String authorization) {
    }

    private record Answer(int status, String json) {
    }
}
