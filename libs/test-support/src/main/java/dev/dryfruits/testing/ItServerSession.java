package dev.dryfruits.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before a service's integration tests start (Failsafe sets {@code dryfruits.it.server}): starts a real PostgreSQL
 * and points the service's Arquillian server at it by writing configDropins/overrides/it.xml, together with the
 * test ports and passwords. After the tests: stops PostgreSQL. Does nothing in runs without that property.
 */
public class ItServerSession implements LauncherSessionListener {

    public static final String ADMIN_PASSWORD = "it-root-secret-2026";

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String server = System.getProperty("dryfruits.it.server");
        if (server == null || database != null) {
            return;
        }
        database = EmbeddedDatabase.start(required("dryfruits.it.database"));
        String httpPort = required("dryfruits.it.http.port");
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("HTTP_HOST", "127.0.0.1");
        variables.put("HTTP_PORT", httpPort);
        variables.put("HTTPS_PORT", required("dryfruits.it.https.port"));
        variables.put("DB_URL", database.jdbcUrl());
        variables.put("DB_USER", database.user());
        variables.put("DB_PASSWORD", database.password());
        variables.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        variables.put("JWT_JWKS_URI", "http://127.0.0.1:" + httpPort + "/api/auth/jwks");
        variables.put("dryfruits.admin.password", ADMIN_PASSWORD);
        writeOverrides(Path.of(required("dryfruits.it.wlp.dir"), "usr", "servers", server), variables);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
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

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (see services/pom.xml)");
        }
        return value;
    }
}
