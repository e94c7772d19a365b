package dev.dryfruits.gateway.discovery.control;

import dev.dryfruits.gateway.discovery.entity.Instance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where each service's instances are and which of them are ready.
 * <p>
 * The instances come from {@code gateway.upstream.NAME.url} (one URL, or several separated by commas), replaced by
 * the local platform's registry file when {@code gateway.discovery.file} names one (./dryfruits rewrites it when
 * instances are added or removed; it is read again every few seconds). In Kubernetes the URL is the service's
 * Kubernetes Service, which balances over the ready pods itself, and there is no registry file.
 * <p>
 * Every instance's {@code /health/ready} is checked every {@code gateway.discovery.check-interval}; requests go round
 * robin to the ready ones, and an instance that refuses a connection is taken out at once, until its next good check;
 * one that fails {@code gateway.discovery.failure-threshold} checks in a row is taken out too.
 * <p>
 * With {@code gateway.discovery.resolve-dns=true} (docker compose), each URL's host name is looked up again at every
 * check and each of its addresses is an instance: {@code docker compose up --scale order-service=3} gives the name
 * {@code order-service} three addresses, and the gateway spreads requests over the ready ones, as it does over the
 * local registry's. (The JVM keeps a looked-up name for {@code networkaddress.cache.ttl}, 30 s unless the image's
 * JVM options say less.)
 */
@ApplicationScoped
public class InstanceRegistry {

    private static final Logger LOG = Logger.getLogger(InstanceRegistry.class.getName());

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "gateway.discovery.file")
    Optional<String> registryFile;

    @Inject
    @ConfigProperty(name = "gateway.discovery.check-interval", defaultValue = "PT2S")
    Duration checkInterval;

    /** Failed checks in a row that take an instance out (after it passed one); see {@link Instance#checked}. */
    @Inject
    @ConfigProperty(name = "gateway.discovery.failure-threshold", defaultValue = "2")
    int failureThreshold;

    @Inject
    @ConfigProperty(name = "gateway.discovery.resolve-dns", defaultValue = "false")
    boolean resolveDns;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final HttpClient health = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500))
            .proxy(HttpClient.Builder.NO_PROXY).build();
    private final Map<String, List<URI>> configured = new ConcurrentHashMap<>();
    private final Map<String, List<Instance>> instances = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> nextTurn = new ConcurrentHashMap<>();
    private ScheduledFuture<?> checks;
    private volatile boolean checkedOnce;

    @PostConstruct
    void readConfiguration() {
        for (String upstream : config.getOptionalValues("gateway.upstreams", String.class).orElse(List.of())) {
            String name = upstream.strip();
            config.getOptionalValue("gateway.upstream." + name + ".url", String.class).ifPresent(urls -> {
                configured.put(name, parse(urls));
                instances.put(name, configured.get(name).stream().map(Instance::new).toList());
            });
        }
        readRegistryFile();
    }

    void startChecking(@Observes @Initialized(ApplicationScoped.class) Object started) {
        checks = scheduler.scheduleWithFixedDelay(this::refresh, 0, checkInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopChecking() {
        if (checks != null) {
            checks.cancel(false);
        }
    }

    /** The instances to try, in order: the ready ones, taking turns; all of them when none is known to be ready. */
    public List<Instance> candidates(String upstream) {
        List<Instance> all = instances.getOrDefault(upstream, List.of());
        List<Instance> ready = all.stream().filter(Instance::isReady).toList();
        List<Instance> pool = ready.isEmpty() ? all : ready;
        if (pool.size() <= 1) {
            return pool;
        }
        int start = Math.floorMod(nextTurn.computeIfAbsent(upstream, name -> new AtomicInteger()).getAndIncrement(),
                pool.size());
        List<Instance> ordered = new ArrayList<>(pool.subList(start, pool.size()));
        ordered.addAll(pool.subList(0, start));
        return ordered;
    }

    /** A connection to the instance was refused: stop sending to it until its health check says otherwise. */
    public void unreachable(Instance instance) {
        if (instance.isReady()) {
            instance.ready(false);
            LOG.warning(() -> "Instance " + instance.baseUri() + " refused a connection; no longer sending to it");
        }
    }

    void refresh() {
        readRegistryFile();
        if (resolveDns) {
            configured.forEach((upstream, urls) -> list(upstream, urls.stream().flatMap(url -> addresses(url).stream())
                    .distinct().toList()));
        }
        instances.values().forEach(list -> list.forEach(this::check));
        checkedOnce = true;
    }

    /** Whether every instance has been asked at least once: until then, readiness says nothing about them. */
    public boolean checkedOnce() {
        return checkedOnce;
    }

    /** Per upstream, how many of its instances are ready now. */
    public Map<String, Long> readyInstances() {
        Map<String, Long> ready = new java.util.TreeMap<>();
        instances.forEach((upstream, list) -> ready.put(upstream, list.stream().filter(Instance::isReady).count()));
        return ready;
    }

    private void check(Instance instance) {
        boolean ready;
        try {
            HttpResponse<Void> answer = health.send(HttpRequest.newBuilder(instance.baseUri().resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.discarding());
            ready = answer.statusCode() == 200;
        } catch (IOException notAnswering) {
            ready = false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        boolean before = instance.isReady();
        instance.checked(ready, failureThreshold);
        if (instance.isReady() != before) {
            boolean now = instance.isReady();
            LOG.info(() -> "Instance " + instance.baseUri() + (now ? " is ready" : " is not ready"));
        }
    }

    private void readRegistryFile() {
        if (registryFile.isEmpty() || !Files.exists(Path.of(registryFile.get()))) {
            return;
        }
        Properties registry = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(registryFile.get()))) {
            registry.load(in);
        } catch (IOException unreadable) {
            LOG.warning(() -> "Cannot read the registry " + registryFile.get() + ": " + unreadable.getMessage());
            return;
        }
        registry.stringPropertyNames().forEach(upstream -> list(upstream, parse(registry.getProperty(upstream))));
    }

    /** The upstream's instances are now these: the ones it already had keep their state, new ones start out ready. */
    private void list(String upstream, List<URI> listed) {
        List<Instance> known = instances.getOrDefault(upstream, List.of());
        if (listed.equals(known.stream().map(Instance::baseUri).toList())) {
            return;
        }
        List<Instance> updated = listed.stream().map(uri -> known.stream()
                .filter(instance -> instance.baseUri().equals(uri)).findFirst().orElseGet(() -> new Instance(uri)))
                .toList();
        instances.put(upstream, updated);
        LOG.info(() -> "Instances of " + upstream + ": " + updated);
    }

    /** The URL once per address its host name has now; the URL itself when the name does not resolve. */
    private static List<URI> addresses(URI url) {
        try {
            return Arrays.stream(InetAddress.getAllByName(url.getHost()))
                    .map(address -> URI.create(url.getScheme() + "://" + hostLiteral(address)
                            + (url.getPort() < 0 ? "" : ":" + url.getPort())))
                    .sorted().toList();
        } catch (UnknownHostException notResolvable) {
            return List.of(url);
        }
    }

    private static String hostLiteral(InetAddress address) {
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }

    private static List<URI> parse(String urls) {
        return Arrays.stream(urls.split(",")).map(String::strip).filter(url -> !url.isEmpty()).map(URI::create)
                .toList();
    }
}
