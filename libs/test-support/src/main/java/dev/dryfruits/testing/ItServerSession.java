package dev.dryfruits.testing;

import dev.dryfruits.embedded.ProcessGuard;
import dev.dryfruits.sandbox.payments.SandboxServer;
import dev.dryfruits.sandbox.payments.SandboxSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before a server's integration tests start (Failsafe sets {@code dryfruits.it.server}): writes the test ports and
 * passwords into the Arquillian server's configDropins/overrides/it.xml, and for a service with a database
 * ({@code dryfruits.it.database}) starts a real PostgreSQL and points the server at it. Every system property
 * {@code dryfruits.it.var.NAME} becomes a server variable NAME too (MicroProfile Config sees those), and with
 * {@code dryfruits.it.kafka=true} a real Kafka broker is started and KAFKA_BOOTSTRAP_SERVERS points at it, with
 * {@code dryfruits.it.mail=true} an SMTP server (SMTP_HOST, SMTP_PORT), and with {@code dryfruits.it.tokens=true} a
 * token issuer standing in for the user service (JWT_JWKS_URI), and with {@code dryfruits.it.peers=NAME,...} a
 * {@link PeerStub} standing in for the services it asks (NAME/mp-rest/url), and with
 * {@code dryfruits.it.payment-sandbox=true} the payment processor's sandbox, its webhooks to the server's
 * {@value #PAYMENT_WEBHOOK_PATH} (options of {@link SandboxSettings#of} as {@code dryfruits.it.payment-sandbox.NAME}).
 * After the tests: stops them all. A process guard stops them, and the Arquillian-managed Liberty server, if the test
 * JVM dies without getting there (killed for a timeout, interrupted). Does nothing in runs without
 * {@code dryfruits.it.server}.
 */
public class ItServerSession implements LauncherSessionListener {

    public static final String ADMIN_PASSWORD = "it-root-secret-2026";

    private static final String VARIABLE_PREFIX = "dryfruits.it.var.";
    private static final String SANDBOX_PREFIX = "dryfruits.it.payment-sandbox.";
    public static final String PAYMENT_WEBHOOK_PATH = "/api/payments/webhooks/sandbox";
    public static final String PAYMENT_KEY_ID = "rzp_it_dryfruits";
    public static final String PAYMENT_KEY_SECRET = "it-merchant-secret-0123456789";
    public static final String PAYMENT_WEBHOOK_SECRET = "it-webhook-secret-0123456789";

    private static EmbeddedKafka kafka;
    private static EmbeddedMail mail;
    private static TestTokens tokens;
    private static PeerStub peers;
    private static SandboxServer paymentSandbox;

    private static EmbeddedDatabase database;
    private static ProcessGuard guard;

    private boolean started;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String server = System.getProperty("dryfruits.it.server");
        if (server == null || started) {
            return;
        }
        started = true;
        guard = ProcessGuard.start(Path.of("target", "process-guard").toAbsolutePath());
        try {
            startInfrastructure(server);
        } catch (RuntimeException failed) {
            launcherSessionClosed(session);
            throw failed;
        }
    }

    private static void startInfrastructure(String server) {
        String httpPort = required("dryfruits.it.http.port");
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("HTTP_HOST", "127.0.0.1");
        variables.put("HTTP_PORT", httpPort);
        variables.put("HTTPS_PORT", required("dryfruits.it.https.port"));
        variables.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        variables.put("JWT_JWKS_URI", "http://127.0.0.1:" + httpPort + "/api/auth/jwks");
        variables.put("dryfruits.admin.password", ADMIN_PASSWORD);
        if (Boolean.getBoolean("dryfruits.it.kafka")) {
            Path work = Path.of("target", "it-kafka").toAbsolutePath();
            deleteRecursively(work);
            kafka = EmbeddedKafka.start(work);
            variables.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        }
        if (Boolean.getBoolean("dryfruits.it.mail")) {
            mail = EmbeddedMail.start();
            variables.put("SMTP_HOST", "127.0.0.1");
            variables.put("SMTP_PORT", Integer.toString(mail.port()));
        }
        if (Boolean.getBoolean("dryfruits.it.tokens")) {
            tokens = TestTokens.start();
            variables.put("JWT_JWKS_URI", tokens.jwksUri());
        }
        String peerNames = System.getProperty("dryfruits.it.peers", "");
        if (!peerNames.isBlank()) {
            peers = PeerStub.start();
            for (String peer : peerNames.split(",")) {
                variables.put(peer.strip() + "/mp-rest/url", peers.url());
            }
        }
        if (Boolean.getBoolean("dryfruits.it.payment-sandbox")) {
            Map<String, String> options = new LinkedHashMap<>();
            options.put("port", "0");
            options.put("key-id", PAYMENT_KEY_ID);
            options.put("key-secret", PAYMENT_KEY_SECRET);
            options.put("webhook-secret", PAYMENT_WEBHOOK_SECRET);
            options.put("webhook-url", "http://127.0.0.1:" + httpPort + PAYMENT_WEBHOOK_PATH);
            System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(SANDBOX_PREFIX))
                    .forEach(name -> options.put(name.substring(SANDBOX_PREFIX.length()), System.getProperty(name)));
            try {
                paymentSandbox = SandboxServer.start(SandboxSettings.of(options));
            } catch (IOException failed) {
                throw new UncheckedIOException("Could not start the payment sandbox", failed);
            }
            variables.put("payment-processor/mp-rest/url", paymentSandbox.url());
            variables.put("dryfruits.payment.processor.key-id", PAYMENT_KEY_ID);
            variables.put("dryfruits.payment.processor.key-secret", PAYMENT_KEY_SECRET);
            variables.put("dryfruits.payment.processor.webhook-secret", PAYMENT_WEBHOOK_SECRET);
        }
        String databaseName = System.getProperty("dryfruits.it.database");
        if (databaseName != null && !databaseName.isBlank()) {
            database = EmbeddedDatabase.start(databaseName, guard);
            variables.put("DB_URL", database.jdbcUrl());
            variables.put("DB_USER", database.user());
            variables.put("DB_PASSWORD", database.password());
        }
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(VARIABLE_PREFIX)).sorted()
                .forEach(name -> variables.put(name.substring(VARIABLE_PREFIX.length()), System.getProperty(name)));
        writeOverrides(Path.of(required("dryfruits.it.wlp.dir"), "usr", "servers", server), variables);
    }

    /** The test run's Kafka broker (with {@code dryfruits.it.kafka=true}), for tests that read, write or stop it. */
    public static EmbeddedKafka kafka() {
        if (kafka == null) {
            throw new IllegalStateException("This test run has no Kafka: set dryfruits.it.kafka=true for Failsafe");
        }
        return kafka;
    }

    /** The test run's SMTP server (with {@code dryfruits.it.mail=true}). */
    public static EmbeddedMail mail() {
        if (mail == null) {
            throw new IllegalStateException("This test run has no mail server: set dryfruits.it.mail=true for Failsafe");
        }
        return mail;
    }

    /** The test run's token issuer (with {@code dryfruits.it.tokens=true}), standing in for the user service. */
    public static TestTokens tokens() {
        if (tokens == null) {
            throw new IllegalStateException("This test run has no token issuer: set dryfruits.it.tokens=true");
        }
        return tokens;
    }

    /** What stands in for the other services this one asks (with {@code dryfruits.it.peers}). */
    public static PeerStub peers() {
        if (peers == null) {
            throw new IllegalStateException("This test run has no peer stub: set dryfruits.it.peers for Failsafe");
        }
        return peers;
    }

    /** The payment processor's sandbox (with {@code dryfruits.it.payment-sandbox=true}). */
    public static SandboxServer paymentSandbox() {
        if (paymentSandbox == null) {
            throw new IllegalStateException("This test run has no payment sandbox: set dryfruits.it.payment-sandbox=true");
        }
        return paymentSandbox;
    }

    /** The test run's PostgreSQL (for a service with {@code dryfruits.it.database}). */
    public static EmbeddedDatabase database() {
        if (database == null) {
            throw new IllegalStateException("This test run has no database: set dryfruits.it.database for Failsafe");
        }
        return database;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.close();
            mail = null;
        }
        if (tokens != null) {
            tokens.close();
            tokens = null;
        }
        if (peers != null) {
            peers.close();
            peers = null;
        }
        if (paymentSandbox != null) {
            paymentSandbox.close();
            paymentSandbox = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
        if (guard != null) {
            guard.close();
            guard = null;
        }
    }

    private static void writeOverrides(Path serverDir, Map<String, String> variables) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server>\n");
        variables.forEach((name, value) -> xml.append("    <variable name=\"").append(name).append("\" value=\"")
                .append(value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"))
                .append("\"/>\n"));
        xml.append("</server>\n");
        try {
            Path overrides = serverDir.resolve("configDropins/overrides");
            Files.createDirectories(overrides);
            Files.writeString(overrides.resolve("it.xml"), xml);
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot configure the test server in " + serverDir, failed);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (see services/pom.xml)");
        }
        return value;
    }
}
