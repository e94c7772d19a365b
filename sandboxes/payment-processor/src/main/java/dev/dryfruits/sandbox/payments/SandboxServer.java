package dev.dryfruits.sandbox.payments;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The sandbox's HTTP API, in the shape of an Indian payment gateway's: merchant calls under /v1 with HTTP Basic
 * (key id and secret), creates with an Idempotency-Key, errors as {"error": {"code", "description"}}; the customer's
 * side at /v1/checkout/{id} (a page to approve or decline, and the same as POSTs for scripts). Every merchant call
 * takes a little while, as a remote gateway's does, and a configured share of them fail with 502.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SandboxServer.class.getName());

    private final SandboxSettings settings;
    private final HttpServer server;
    private final ScheduledExecutorService scheduler;
    private final Processor processor;
    private final ExecutorService workers;

    private SandboxServer(SandboxSettings settings, HttpServer server, ScheduledExecutorService scheduler,
                          Processor processor, ExecutorService workers) {
        this.settings = settings;
        this.server = server;
        this.scheduler = scheduler;
        this.processor = processor;
        this.workers = workers;
    }

    public static SandboxServer start(SandboxSettings settings) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "sandbox-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        String url = settings.publicUrl() != null ? settings.publicUrl().replaceAll("/+$", "")
                : "http://" + settings.host() + ":" + server.getAddress().getPort();
        Processor processor = new Processor(settings, new Webhooks(settings, scheduler), scheduler, url);
        ExecutorService workers = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "sandbox-http");
            thread.setDaemon(true);
            return thread;
        });
        SandboxServer sandbox = new SandboxServer(settings, server, scheduler, processor, workers);
        server.createContext("/", sandbox::handle);
        server.setExecutor(workers);
        server.start();
        return sandbox;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://" + settings.host() + ":" + port();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            try {
                if (path.equals("/health")) {
                    send(exchange, 200, Json.createObjectBuilder().add("status", "UP").build());
                } else if (path.startsWith("/v1/checkout/")) {
                    customer(exchange, method, path.substring("/v1/checkout/".length()));
                } else if (path.startsWith("/v1/")) {
                    merchant(exchange, method, path);
                } else {
                    throw new Processor.Refused(404, "NOT_FOUND", "No such resource: " + path);
                }
            } catch (Processor.Refused refused) {
                send(exchange, refused.status, error(refused.code, refused.getMessage()));
            } catch (RuntimeException unexpected) {
                LOG.warning(() -> "Unexpected failure at " + path + ": " + unexpected);
                send(exchange, 500, error("SERVER_ERROR", "The sandbox failed"));
            }
        }
    }

    private void merchant(HttpExchange exchange, String method, String path) throws IOException {
        authenticate(exchange);
        behaveLikeARemoteGateway();
        String[] parts = path.substring(1).split("/");
        if (method.equals("POST") && parts.length == 2 && parts[1].equals("payments")) {
            String body = read(exchange);
            Processor.Idempotent answer = processor.once("payment", exchange.getRequestHeaders().getFirst(
                    "Idempotency-Key"), body, () -> createPayment(parse(body)), 201);
            send(exchange, answer.status(), answer.answer());
        } else if (method.equals("GET") && parts.length == 2 && parts[1].equals("payments")) {
            // A merchant that lost track of a create (its own crash, a timeout) finds it by its reference.
            String reference = query(exchange, "reference");
            JsonArrayBuilder items = Json.createArrayBuilder();
            processor.paymentsFor(reference).forEach(payment -> items.add(processor.json(payment)));
            JsonArray found = items.build();
            send(exchange, 200, Json.createObjectBuilder().add("entity", "collection").add("count", found.size())
                    .add("items", found).build());
        } else if (method.equals("GET") && parts.length == 3 && parts[1].equals("payments")) {
            send(exchange, 200, processor.json(processor.payment(parts[2]).orElseThrow(() ->
                    new Processor.Refused(404, "NOT_FOUND", "No payment " + parts[2]))));
        } else if (method.equals("POST") && parts.length == 4 && parts[1].equals("payments")
                && parts[3].equals("capture")) {
            send(exchange, 200, processor.capture(parts[2], amount(parse(read(exchange)))));
        } else if (method.equals("POST") && parts.length == 4 && parts[1].equals("payments")
                && parts[3].equals("refunds")) {
            String body = read(exchange);
            Processor.Idempotent answer = processor.once("refund", exchange.getRequestHeaders().getFirst(
                    "Idempotency-Key"), parts[2] + body, () -> processor.refund(parts[2], amount(parse(body))), 201);
            send(exchange, answer.status(), answer.answer());
        } else if (method.equals("GET") && parts.length == 3 && parts[1].equals("refunds")) {
            send(exchange, 200, processor.refund(parts[2]).orElseThrow(() ->
                    new Processor.Refused(404, "NOT_FOUND", "No refund " + parts[2])).json());
        } else {
            throw new Processor.Refused(404, "NOT_FOUND", "No such resource: " + method + " " + path);
        }
    }

    private void customer(HttpExchange exchange, String method, String rest) throws IOException {
        String[] parts = rest.split("/");
        if (method.equals("GET") && parts.length == 1) {
            SandboxPayment payment = processor.payment(parts[0]).orElseThrow(() ->
                    new Processor.Refused(404, "NOT_FOUND", "No payment " + parts[0]));
            byte[] page = ("<!doctype html><html><head><title>Sandbox checkout</title></head><body>"
                    + "<h1>Pay Rs " + payment.amount / 100 + "." + String.format("%02d", payment.amount % 100)
                    + "</h1><p>" + payment.method + " (sandbox): " + payment.status.name().toLowerCase() + "</p>"
                    + "<form method=post action=\"/v1/checkout/" + payment.id + "/approve\"><button>Approve</button>"
                    + "</form><form method=post action=\"/v1/checkout/" + payment.id + "/decline\">"
                    + "<button>Decline</button></form></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        } else if (method.equals("POST") && parts.length == 2 && parts[1].equals("approve")) {
            send(exchange, 200, processor.approve(parts[0]));
        } else if (method.equals("POST") && parts.length == 2 && parts[1].equals("decline")) {
            send(exchange, 200, processor.decline(parts[0]));
        } else {
            throw new Processor.Refused(404, "NOT_FOUND", "No such page");
        }
    }

    private JsonObject createPayment(JsonObject body) {
        long amount = amount(body);
        String currency = body.getString("currency", "");
        if (!currency.equals("INR")) {
            throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "currency must be INR");
        }
        String reference = body.getString("reference", "");
        if (reference.isBlank() || reference.length() > 64) {
            throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "reference (1 to 64 characters) is required");
        }
        String method = body.getString("method", "");
        return switch (method) {
            case "upi" -> {
                String vpa = object(body, "upi").getString("vpa", "");
                if (!vpa.matches("[A-Za-z0-9.\\-_]{2,256}@[A-Za-z]{2,64}")) {
                    throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "upi.vpa must be a UPI id such as name@bank");
                }
                yield processor.create(reference, amount, currency, method, vpa, TestOutcome.forUpi(vpa));
            }
            case "card" -> {
                JsonObject card = object(body, "card");
                String number = card.getString("number", "").replace(" ", "");
                if (!luhn(number)) {
                    throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "card.number is not a valid card number");
                }
                try {
                    if (YearMonth.of(card.getInt("expiryYear"), card.getInt("expiryMonth")).isBefore(YearMonth.now())) {
                        throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "The card has expired");
                    }
                } catch (RuntimeException malformed) {
                    if (malformed instanceof Processor.Refused refused) {
                        throw refused;
                    }
                    throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "card.expiryMonth and expiryYear are required");
                }
                if (!card.getString("cvv", "").matches("\\d{3,4}")) {
                    throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "card.cvv must be 3 or 4 digits");
                }
                yield processor.create(reference, amount, currency, method, number, TestOutcome.forCard(number));
            }
            case "netbanking" -> {
                String bank = object(body, "netbanking").getString("bank", "");
                if (!bank.matches("[A-Z]{4}")) {
                    throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "netbanking.bank must be a bank code such as SBIN");
                }
                yield processor.create(reference, amount, currency, method, bank, TestOutcome.forBank(bank));
            }
            default -> throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "method must be upi, card or netbanking");
        };
    }

    private void authenticate(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((settings.keyId() + ":" + settings.keySecret())
                .getBytes(StandardCharsets.UTF_8));
        if (header == null || !MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw new Processor.Refused(401, "UNAUTHORIZED", "Wrong key id or secret");
        }
    }

    private void behaveLikeARemoteGateway() {
        long min = settings.minLatency().toMillis();
        long max = Math.max(min, settings.maxLatency().toMillis());
        try {
            Thread.sleep(min + ThreadLocalRandom.current().nextLong(max - min + 1));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        if (ThreadLocalRandom.current().nextDouble() < settings.failureRate()) {
            throw new Processor.Refused(502, "GATEWAY_ERROR", "The bank did not answer; try again");
        }
    }

    private static long amount(JsonObject body) {
        JsonValue value = body.get("amount");
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 100
                || number.longValue() > 100_000_000_00L) {
            throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "amount must be whole paise, at least 100");
        }
        return number.longValue();
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).equals(name)) {
                    return java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                }
            }
        }
        throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "The query parameter " + name + " is required");
    }

    private static JsonObject object(JsonObject body, String name) {
        if (!(body.get(name) instanceof JsonObject object)) {
            throw new Processor.Refused(400, "BAD_REQUEST_ERROR", name + " is required for this method");
        }
        return object;
    }

    static boolean luhn(String number) {
        if (!number.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        for (int index = 0; index < number.length(); index++) {
            int digit = number.charAt(number.length() - 1 - index) - '0';
            if (index % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new Processor.Refused(400, "BAD_REQUEST_ERROR", "The body must be a JSON object");
        }
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    private static JsonObject error(String code, String description) {
        return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("code", code)
                .add("description", description)).build();
    }

    private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        workers.shutdownNow();
    }
}
