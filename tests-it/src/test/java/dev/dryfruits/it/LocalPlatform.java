package dev.dryfruits.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The platform under test, driven through ./dryfruits exactly as a person would, in its own home and ports. */
final class LocalPlatform {

    static final String ADMIN_EMAIL = "admin@dryfruits.local";
    static final String ADMIN_PASSWORD = "it-platform-root-2026";
    static final String DEMO_PASSWORD = "dryfruits-demo-2026";

    private static volatile String startFailure;

    private LocalPlatform() {
    }

    static Path root() {
        return Path.of(System.getProperty("dryfruits.root", "..")).toAbsolutePath().normalize();
    }

    static Path home() {
        return Path.of(System.getProperty("dryfruits.it.home", "target/platform")).toAbsolutePath().normalize();
    }

    static int port(int defaultPort) {
        return defaultPort + Integer.parseInt(System.getProperty("dryfruits.it.port-offset", "12000"));
    }

    static String gateway() {
        return "http://localhost:" + port(8080);
    }

    static String service(String name) {
        return status().getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .filter(component -> component.getString("name").equals(name)).findFirst()
                .map(component -> "http://127.0.0.1:" + component.getJsonObject("ports").getInt("http"))
                .orElseThrow();
    }

    /** The component's log file as status gives it (a service in the host server: the host's). */
    static Path log(String component) {
        return Path.of(component(component).getString("log"));
    }

    /** The process the component runs in (a service in the host server: the host's). */
    static long pid(String component) {
        return component(component).getJsonNumber("pid").longValue();
    }

    static String state(String component) {
        return component(component).getString("state");
    }

    private static JsonObject component(String name) {
        return status().getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .filter(component -> component.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No component " + name + " in ./dryfruits status"));
    }

    /** Runs ./dryfruits with the test platform's settings; the output is returned, the exit code checked. */
    static String dryfruits(String... arguments) {
        Result result = run(arguments);
        if (result.exitCode() != 0) {
            throw new AssertionError("./dryfruits " + String.join(" ", arguments) + " exited with " + result.exitCode()
                    + ":\n" + result.output());
        }
        return result.output();
    }

    static Result run(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(root().resolve("dryfruits").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("./dryfruits " + String.join(" ", arguments) + " did not finish");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new AssertionError("Could not run ./dryfruits", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", interrupted);
        }
    }

    static JsonObject status() {
        String json = dryfruits("status", "--json");
        return Json.createReader(new StringReader(json)).readObject();
    }

    static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("DRYFRUITS_HOME", home().toString());
        environment.put("DRYFRUITS_PORT_OFFSET", System.getProperty("dryfruits.it.port-offset", "12000"));
        environment.put("DRYFRUITS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // The least work factor the user service accepts (100 000 PBKDF2 iterations; 310 000 by default): these tests
        // sign up and sign in hundreds of users, which at the default is minutes of the run's CPU, and measure none
        // of it. The hashing itself is the same code (PasswordHasherTest).
        environment.put("DRYFRUITS_PASSWORD_PBKDF2_ITERATIONS", "100000");
        // Payments expire in 10 s rather than minutes, so that expiries and late successes can be waited for.
        environment.put("DRYFRUITS_PAYMENT_SANDBOX_OPTIONS", "--upi-expiry-s 10 --card-expiry-s 10"
                + " --netbanking-expiry-s 10 --late-success-after-ms 1500 --refund-processing-ms 1000"
                + " --max-webhook-delay-ms 1500");
        return environment;
    }

    static void startFailed(String why) {
        startFailure = why;
    }

    /** Every scenario calls this first, so a platform that did not start fails the tests with its reason. */
    static void requireUp() {
        if (startFailure != null) {
            throw new AssertionError("The platform did not start:\n" + startFailure);
        }
    }

    record Result(int exitCode, String output) {
    }
}
