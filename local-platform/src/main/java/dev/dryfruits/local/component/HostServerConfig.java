package dev.dryfruits.local.component;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The host server's server.xml, written from the services it hosts, so that nothing of it is kept by hand:
 * <ul>
 * <li>the features: every hosted service's own (its server.xml's featureManager), and the local JMX connector;</li>
 * <li>the shared configuration every one of them includes (liberty-config), but the data source;</li>
 * <li>per service: its HTTP endpoint (http.xml's, on the service's ports) and a virtual host bound to it, its data
 * source (datasource.xml's, for its own database, as jdbc/NAME), and its application, bound to both, with the
 * service's MicroProfile Config values as application properties.</li>
 * </ul>
 * No configuration or application monitoring: nothing changes under a running host, and polling costs CPU.
 */
final class HostServerConfig {

    private static final String SHARED = "${shared.config.dir}/dryfruits/";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");

    private final Path libertyHome;

    HostServerConfig(Path libertyHome) {
        this.libertyHome = libertyHome;
    }

    String serverXml(List<HostedService> services) throws IOException {
        try {
            Document config = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element server = config.createElement("server");
            server.setAttribute("description", "the local platform's services in one server: "
                    + String.join(", ", services.stream().map(Component::name).toList()));
            config.appendChild(server);
            server.appendChild(config.createComment(" Written by ./dryfruits at every start of the host; edit the "
                    + "services' own server.xml and liberty-config, not this file. "));

            Element features = child(server, "featureManager");
            for (String feature : features(services)) {
                child(features, "feature").setTextContent(feature);
            }
            for (String include : includes(services)) {
                child(server, "include").setAttribute("location", include);
            }
            Element endpointTemplate = template("http.xml", "httpEndpoint");
            Element dataSourceTemplate = template("datasource.xml", "dataSource");
            Map<String, String> dataSourceDefaults = variables("datasource.xml");
            for (HostedService service : services) {
                server.appendChild(config.createComment(" " + service.name() + " "));
                endpoint(server, endpointTemplate, service);
                dataSource(server, dataSourceTemplate, dataSourceDefaults, service);
                application(server, service);
            }
            Element monitor = child(server, "applicationMonitor");
            monitor.setAttribute("updateTrigger", "disabled");
            monitor.setAttribute("dropinsEnabled", "false");
            child(server, "config").setAttribute("updateTrigger", "disabled");
            return write(config);
        } catch (ParserConfigurationException | SAXException | TransformerException failed) {
            throw new IOException("Cannot write the host server's configuration", failed);
        }
    }

    /** Every hosted service's features, and the local connector through which the launcher starts and stops them. */
    private Set<String> features(List<HostedService> services) throws IOException, ParserConfigurationException,
            SAXException {
        Set<String> features = new TreeSet<>();
        for (String application : applications(services)) {
            NodeList listed = serverXmlOf(application).getElementsByTagName("feature");
            for (int i = 0; i < listed.getLength(); i++) {
                features.add(listed.item(i).getTextContent().strip());
            }
        }
        features.add("localConnector-1.0");
        return features;
    }

    /** The shared configuration they include, in their order; the data source becomes one per service. */
    private Set<String> includes(List<HostedService> services) throws IOException, ParserConfigurationException,
            SAXException {
        Set<String> includes = new LinkedHashSet<>();
        for (String application : applications(services)) {
            NodeList listed = serverXmlOf(application).getElementsByTagName("include");
            for (int i = 0; i < listed.getLength(); i++) {
                String location = ((Element) listed.item(i)).getAttribute("location");
                if (location.equals(SHARED + "datasource.xml")) {
                    includes.add(SHARED + "postgresql-driver.xml");
                } else if (location.startsWith(SHARED)) {
                    includes.add(location);
                }
            }
        }
        return includes;
    }

    private static Set<String> applications(List<HostedService> services) {
        Set<String> applications = new LinkedHashSet<>();
        services.forEach(service -> applications.add(service.service().application()));
        return applications;
    }

    private void endpoint(Element server, Element template, HostedService service) {
        Element endpoint = (Element) server.getOwnerDocument().importNode(template, true);
        endpoint.setAttribute("id", service.endpointId());
        endpoint.setAttribute("httpPort", Integer.toString(service.httpPort()));
        endpoint.setAttribute("httpsPort", Integer.toString(service.httpsPort()));
        server.appendChild(endpoint);
        Element virtualHost = child(server, "virtualHost");
        virtualHost.setAttribute("id", virtualHostOf(service));
        virtualHost.setAttribute("allowFromEndpointRef", service.endpointId());
        child(virtualHost, "hostAlias").setTextContent("*:" + service.httpPort());
        child(virtualHost, "hostAlias").setTextContent("*:" + service.httpsPort());
    }

    /** datasource.xml's data source, its variables resolved for this service's database. */
    private void dataSource(Element server, Element template, Map<String, String> defaults, HostedService service) {
        Element dataSource = (Element) server.getOwnerDocument().importNode(template, true);
        Map<String, String> variables = new LinkedHashMap<>(defaults);
        variables.putAll(service.databaseVariables());
        resolve(dataSource, variables);
        dataSource.setAttribute("id", service.name() + "DataSource");
        dataSource.setAttribute("jndiName", dataSourceOf(service));
        server.appendChild(dataSource);
    }

    private void application(Element server, HostedService service) {
        Element application = child(server, "webApplication");
        application.setAttribute("id", service.name());
        application.setAttribute("name", service.name());
        application.setAttribute("location", war(service.service().application()).toString());
        application.setAttribute("contextRoot", "/");
        Element bindings = child(application, "web-bnd");
        bindings.setAttribute("moduleName", service.service().application());
        child(bindings, "virtual-host").setAttribute("name", virtualHostOf(service));
        Element dataSource = child(bindings, "resource-ref");
        dataSource.setAttribute("name", "jdbc/dryfruits");
        dataSource.setAttribute("binding-name", dataSourceOf(service));
        Element properties = child(application, "appProperties");
        service.properties().forEach((name, value) -> {
            Element property = child(properties, "property");
            property.setAttribute("name", name);
            property.setAttribute("value", value);
        });
    }

    /** The application as the build deployed it: a WAR, or the loose application Liberty dev mode leaves. */
    Path war(String application) {
        Path apps = libertyHome.resolve("usr/servers/" + application + "/apps");
        Path loose = apps.resolve(application + ".war.xml");
        return Files.exists(loose) ? loose : apps.resolve(application + ".war");
    }

    private static String virtualHostOf(HostedService service) {
        return service.name() + "Host";
    }

    private static String dataSourceOf(HostedService service) {
        return "jdbc/" + service.name();
    }

    private Element template(String file, String element) throws IOException, ParserConfigurationException,
            SAXException {
        NodeList found = parse(libertyHome.resolve("usr/shared/config/dryfruits/" + file)).getElementsByTagName(element);
        if (found.getLength() != 1) {
            throw new IOException("Expected one " + element + " in " + file);
        }
        return (Element) found.item(0);
    }

    private Map<String, String> variables(String file) throws IOException, ParserConfigurationException,
            SAXException {
        Map<String, String> variables = new LinkedHashMap<>();
        NodeList listed = parse(libertyHome.resolve("usr/shared/config/dryfruits/" + file))
                .getElementsByTagName("variable");
        for (int i = 0; i < listed.getLength(); i++) {
            Element variable = (Element) listed.item(i);
            variables.put(variable.getAttribute("name"), variable.getAttribute("defaultValue"));
        }
        return variables;
    }

    /** Replaces ${NAME} in every attribute of the subtree by its value, repeatedly (values refer to others). */
    private static void resolve(Element element, Map<String, String> variables) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            attribute.setNodeValue(resolve(attribute.getNodeValue(), variables, 0));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                resolve(child, variables);
            }
        }
    }

    static String resolve(String text, Map<String, String> variables, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("Variables refer to each other in a circle: " + text);
        }
        Matcher reference = VARIABLE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        boolean changed = false;
        while (reference.find()) {
            String value = variables.get(reference.group(1));
            changed |= value != null;
            reference.appendReplacement(resolved, Matcher.quoteReplacement(value != null ? value : reference.group()));
        }
        reference.appendTail(resolved);
        return changed ? resolve(resolved.toString(), variables, depth + 1) : text;
    }

    private Document serverXmlOf(String application) throws IOException, ParserConfigurationException, SAXException {
        Path file = libertyHome.resolve("usr/servers/" + application + "/server.xml");
        if (!Files.exists(file)) {
            throw new IOException("There is no server " + application + " to take the configuration from: " + file);
        }
        return parse(file);
    }

    private static Document parse(Path file) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element child(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElement(name);
        parent.appendChild(child);
        return child;
    }

    private static String write(Document config) throws TransformerException {
        removeComments(config.getDocumentElement(), true);
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
        StringWriter text = new StringWriter();
        transformer.transform(new DOMSource(config), new StreamResult(text));
        return text.toString().replaceAll("(?m)^\\s+$\\R", "") + System.lineSeparator();
    }

    /** Comments copied along with the templates are theirs, not this file's; the top-level ones are kept. */
    private static void removeComments(Element element, boolean top) {
        NodeList children = element.getChildNodes();
        for (int i = children.getLength() - 1; i >= 0; i--) {
            Node child = children.item(i);
            if (child instanceof Comment && !top) {
                element.removeChild(child);
            } else if (child instanceof Element nested) {
                removeComments(nested, false);
            }
        }
    }
}
