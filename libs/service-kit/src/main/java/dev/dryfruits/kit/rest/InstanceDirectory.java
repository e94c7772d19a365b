package dev.dryfruits.kit.rest;

import dev.dryfruits.kit.scheduling.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the other services' instances are, found the way the gateway finds them: in Kubernetes, each service's REST
 * client URL is its Service, which balances over the ready pods, and this directory does nothing; on the local
 * platform, {@code dryfruits.discovery.file} names the launcher's registry of every service's instances (rewritten by
 * {@code up} and {@code scale}), and this directory checks each one's {@code /health/ready} every 2 s and hands the
 * ready ones out in turn. A REST client's URL (a service's first instance) is thus only a name for the service: a
 * request goes to whichever of its instances is ready ({@link DiscoveredInstances}). With
 * {@code dryfruits.discovery.resolve-dns=true} (docker compose, where a scaled service's name has one address per
 * replica) the instances are the addresses the URL's host name has, looked up again at every check.
 */
@ApplicationScoped
public class InstanceDirectory {

    private static final Logger LOG = Logger.getLogger(InstanceDirectory.class.getName());
    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(1);

    @Inject
    @ConfigProperty(name = "dryfruits.discovery.file")
    Optional<String> registryFile;

    @Inject
    @ConfigProperty(name = "dryfruits.discovery.resolve-dns", defaultValue = "false")
    boolean resolveDns;

    @Inject
    PeriodicWork periodicWork;

    private final Map<String, List<String>> instancesByAuthority = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ready = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();
    private final Set<String> namesToResolve = ConcurrentHashMap.newKeySet();
    private HttpClient http;
    private FileTime readAt;

    /** The URI to send a request for {@code requested} to: the same path on a ready instance of its service. */
    public URI resolve(URI requested) {
        if (!usesRegistry() && !resolveDns) {
            return requested;
        }
        startChecking();
        if (resolveDns && namesToResolve.add(origin(requested))) {
            lookUp(origin(requested));
        }
        List<String> instances = instancesByAuthority.get(origin(requested));
        if (instances == null || instances.size() < 2) {
            return requested;
        }
        List<String> up = instances.stream().filter(instance -> ready.getOrDefault(instance, true)).toList();
        if (up.isEmpty()) {
            return requested;
        }
        String chosen = up.get(Math.floorMod(turns.computeIfAbsent(instances.get(0), first -> new AtomicInteger())
                .getAndIncrement(), up.size()));
        URI instance = URI.create(chosen);
        return URI.create(instance.getScheme() + "://" + instance.getRawAuthority() + requested.getRawPath()
                + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery()));
    }

    private synchronized void startChecking() {
        if (http != null) {
            return;
        }
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CHECK_TIMEOUT).build();
        check();
        periodicWork.schedule("Instance checks", CHECK_EVERY, CHECK_EVERY, this::check);
    }

    private void check() {
        try {
            if (usesRegistry()) {
                reread();
            }
            namesToResolve.forEach(this::lookUp);
            instancesByAuthority.values().stream().flatMap(List::stream).distinct().forEach(instance ->
                    ready.put(instance, isReady(instance)));
        } catch (RuntimeException failed) {
            LOG.fine(() -> "Instance check failed: " + failed);
        }
    }

    /** The registry file again, if it changed: every instance of a service is listed under each one's origin. */
    private void reread() {
        Path file = Path.of(registryFile.orElseThrow());
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(readAt)) {
                return;
            }
            Properties registry = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                registry.load(in);
            }
            Map<String, List<String>> byAuthority = new HashMap<>();
            for (String service : registry.stringPropertyNames()) {
                List<String> instances = new ArrayList<>();
                for (String url : registry.getProperty(service).split(",")) {
                    if (!url.isBlank()) {
                        instances.add(url.strip().replaceAll("/+$", ""));
                    }
                }
                instances.forEach(instance -> byAuthority.put(origin(URI.create(instance)), instances));
            }
            instancesByAuthority.clear();
            instancesByAuthority.putAll(byAuthority);
            readAt = modified;
        } catch (IOException unreadable) {
            // Not written yet (the platform starting): every request goes where its client says.
            instancesByAuthority.clear();
        }
    }

    private boolean usesRegistry() {
        return registryFile.filter(file -> !file.isBlank()).isPresent();
    }

    /** The origin's host name, looked up again: one instance per address. */
    private void lookUp(String origin) {
        URI name = URI.create(origin);
        try {
            List<String> instances = new ArrayList<>();
            for (InetAddress address : InetAddress.getAllByName(name.getHost())) {
                String host = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]"
                        : address.getHostAddress();
                instances.add(name.getScheme() + "://" + host + (name.getPort() < 0 ? "" : ":" + name.getPort()));
            }
            instances.sort(null);
            instancesByAuthority.put(origin, List.copyOf(instances));
        } catch (UnknownHostException notResolvable) {
            instancesByAuthority.remove(origin);
        }
    }

    private boolean isReady(String instance) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(instance + "/health/ready")).timeout(CHECK_TIMEOUT)
                    .GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException unreachable) {
            return false;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
