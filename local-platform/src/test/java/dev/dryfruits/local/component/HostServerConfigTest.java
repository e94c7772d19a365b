package dev.dryfruits.local.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.local.Service;
import dev.dryfruits.local.Settings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The host server's configuration, written from the services' own server.xml and the shared configuration. */
class HostServerConfigTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path home;

    private Path liberty;
    private String xml;
    private Document written;

    @BeforeEach
    void writeForTwoServicesAndAStandIn() throws Exception {
        liberty = home.resolve("wlp");
        copy(REPOSITORY.resolve("liberty-config/shared/config"), liberty.resolve("usr/shared/config"));
        for (String service : List.of("user", "notification", "inventory")) {
            Path server = Files.createDirectories(liberty.resolve("usr/servers/" + service));
            Files.copy(REPOSITORY.resolve("services/" + service + "/src/main/liberty/config/server.xml"),
                    server.resolve("server.xml"));
        }
        Settings settings = Settings.from(home, Map.of("DRYFRUITS_HOME", home.resolve("home").toString()));
        HostServer host = new HostServer(settings, 9100, 9400, Map.of());
        List<HostedService> services = List.of(
                hosted(settings, host, new Service("user", 9101, 9401, "user"), Map.of("dryfruits.instance", "user")),
                hosted(settings, host, new Service("notification", 9107, 9407, "notification"), Map.of()),
                hosted(settings, host, new Service("order", 9103, 9403, "inventory"), Map.of()));
        xml = new HostServerConfig(liberty).serverXml(services);
        written = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void everyHostedServicesFeaturesAndTheLocalConnector() {
        assertThat(texts("feature")).contains("mail-2.1", "mpReactiveMessaging-3.0", "persistence-3.1",
                "adminCenter-1.0", "localConnector-1.0").doesNotHaveDuplicates();
    }

    @Test
    void theSharedConfigurationButOneDataSourcePerService() {
        List<String> includes = attributes("include", "location");
        assertThat(includes).contains("${shared.config.dir}/dryfruits/http.xml",
                "${shared.config.dir}/dryfruits/mail.xml", "${shared.config.dir}/dryfruits/postgresql-driver.xml")
                .doesNotContain("${shared.config.dir}/dryfruits/datasource.xml").doesNotHaveDuplicates();
        assertThat(attributes("dataSource", "jndiName")).containsExactly("jdbc/user", "jdbc/notification", "jdbc/order");
        Element orders = (Element) written.getElementsByTagName("properties.postgresql").item(2);
        assertThat(orders.getAttribute("URL")).isEqualTo("jdbc:postgresql://127.0.0.1:15432/dryfruits_order");
        assertThat(orders.getAttribute("user")).isEqualTo("dryfruits_order");
        assertThat(orders.getAttribute("password")).isEqualTo("dryfruits_order-local");
        assertThat(((Element) written.getElementsByTagName("connectionManager").item(0)).getAttribute("maxPoolSize"))
                .isEqualTo("20");
    }

    @Test
    void eachServiceOnItsOwnPortsWithItsOwnDataSourceAndProperties() {
        assertThat(attributes("httpEndpoint", "httpPort")).containsExactly("9101", "9107", "9103");
        assertThat(attributes("httpEndpoint", "httpOptionsRef")).containsOnly("dryfruitsHttpOptions");
        assertThat(texts("hostAlias")).containsExactly("*:9101", "*:9401", "*:9107", "*:9407", "*:9103", "*:9403");
        Element standIn = (Element) written.getElementsByTagName("webApplication").item(2);
        assertThat(standIn.getAttribute("name")).isEqualTo("order");
        assertThat(standIn.getAttribute("location")).endsWith("usr/servers/inventory/apps/inventory.war");
        Element binding = (Element) standIn.getElementsByTagName("resource-ref").item(0);
        assertThat(binding.getAttribute("name")).isEqualTo("jdbc/dryfruits");
        assertThat(binding.getAttribute("binding-name")).isEqualTo("jdbc/order");
        Element property = (Element) written.getElementsByTagName("property").item(0);
        assertThat(property.getAttribute("name")).isEqualTo("dryfruits.instance");
        assertThat(xml).doesNotContain("${DB_").contains("updateTrigger=\"disabled\"");
    }

    private static HostedService hosted(Settings settings, HostServer host, Service service,
                                        Map<String, String> properties) {
        return new HostedService(settings, service, host, service.httpPort(), service.httpsPort(), properties,
                Map.of("DB_HOST", "127.0.0.1", "DB_PORT", "15432", "DB_NAME", service.database()));
    }

    private List<String> texts(String element) {
        NodeList found = written.getElementsByTagName(element);
        return java.util.stream.IntStream.range(0, found.getLength()).mapToObj(i -> found.item(i).getTextContent())
                .toList();
    }

    private List<String> attributes(String element, String attribute) {
        NodeList found = written.getElementsByTagName(element);
        return java.util.stream.IntStream.range(0, found.getLength())
                .mapToObj(i -> ((Element) found.item(i)).getAttribute(attribute)).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
