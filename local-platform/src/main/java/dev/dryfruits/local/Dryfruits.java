package dev.dryfruits.local;

import dev.dryfruits.local.component.Component;
import dev.dryfruits.local.component.Kind;
import dev.dryfruits.local.component.LibertyComponent;
import dev.dryfruits.local.component.PostgresComponent;
import dev.dryfruits.password.PasswordRules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/** The `./dryfruits` command. */
public final class Dryfruits {

    private static final String USAGE = """
            Usage: ./dryfruits COMMAND

              up [-d]          start the whole platform (in the foreground, Ctrl-C stops it; -d: return once ready)
              down             stop everything
              status [--json]  each component: ready or not, pid, ports, URLs
              start NAME       start one component (a service, gateway, postgres, kafka, mail, payment-sandbox) and wait
              stop NAME        stop one component
              scale NAME=N...  run N instances of a service (each on its own ports; the gateway spreads requests)
              logs NAME [-f]   one component's log (a service in the host server: its lines alone); -f follows it
              backup           a base backup of PostgreSQL (every service's database); WAL is archived from then on
              restore --to T   PostgreSQL back to moment T (ISO-8601, e.g. 2026-12-04T17:40:00Z) from the newest
                               backup before it and the archived WAL; the data after T is gone, the data before it kept
              reset            stop everything and delete all local data (databases, topics, logs, keys)
              build            rebuild the platform with ./mvnw (the first 'up' does this by itself)

            Components: %s
            State, data and logs: %s
            """;

    private final Settings settings;
    private final Platform platform;
    private final Supervisor supervisor;
    private final PrintStream out = System.out;
    /** Set once Ctrl-C started the shutdown, so that components going away are no longer reported as lost. */
    private volatile boolean stopping;

    Dryfruits(Settings settings) {
        this.settings = settings;
        this.platform = new Platform(settings, Scale.read(settings));
        this.supervisor = new Supervisor(settings);
    }

    public static void main(String[] arguments) {
        Path repository = Path.of(System.getProperty("dryfruits.repo", ".")).toAbsolutePath().normalize();
        int exitCode;
        try {
            exitCode = new Dryfruits(Settings.from(repository, System.getenv())).run(Arrays.asList(arguments));
        } catch (Exception failed) {
            System.err.println("dryfruits: " + failed.getMessage());
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    int run(List<String> arguments) throws Exception {
        String command = arguments.isEmpty() ? "help" : arguments.get(0);
        List<String> options = arguments.subList(Math.min(1, arguments.size()), arguments.size());
        return switch (command) {
            case "up" -> up(options.contains("-d") || options.contains("--detach"));
            case "down" -> down();
            case "status" -> status(options.contains("--json"));
            case "start" -> startOne(named(options));
            case "stop" -> stopOne(named(options));
            case "reset" -> reset();
            case "backup" -> backup();
            case "restore" -> restore(options);
            case "scale" -> scale(options);
            case "logs" -> logs(named(options), options.contains("-f") || options.contains("--follow"));
            default -> usage(!"help".equals(command) && !"--help".equals(command));
        };
    }

    private int usage(boolean wrong) {
        String names = String.join(", ", platform.components().stream().map(Component::name).toList());
        (wrong ? System.err : out).printf(USAGE, names, settings.home());
        return wrong ? 2 : 0;
    }

    private Component named(List<String> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("Which component? One of "
                    + platform.components().stream().map(Component::name).toList());
        }
        return platform.find(options.get(0)).orElseThrow(() -> new IllegalArgumentException("No component named '"
                + options.get(0) + "'; there are " + platform.components().stream().map(Component::name).toList()));
    }

    private int up(boolean detach) throws Exception {
        requireAcceptableAdminPassword();
        requireBuilt();
        Instant began = Instant.now();
        out.println("Starting the Dry Fruits Marketplace (state in " + settings.home() + ")");
        List<Component> infrastructure = ofKind(Kind.INFRASTRUCTURE);
        List<Component> servers = new ArrayList<>(ofKind(Kind.HOST));
        servers.addAll(ofKind(Kind.SERVICE));
        servers.addAll(ofKind(Kind.GATEWAY));
        platform.writeRegistry();
        boolean ready = startAndAwait(infrastructure) && startAndAwait(servers);
        if (!ready) {
            System.err.println("The platform did not come up; './dryfruits status' shows what runs, the logs why. "
                    + "'./dryfruits down' stops what did start.");
            return 1;
        }
        printWelcome(Duration.between(began, Instant.now()));
        if (detach) {
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            out.println(System.lineSeparator() + "Stopping...");
            try {
                down();
            } catch (Exception failed) {
                System.err.println("Stopping failed: " + failed.getMessage());
            }
            stopped.countDown();
        }, "dryfruits-down"));
        out.println("Running in the foreground; Ctrl-C stops everything.");
        watchUntilStopped(stopped);
        return 0;
    }

    private void watchUntilStopped(CountDownLatch stopped) throws InterruptedException {
        List<String> reported = new ArrayList<>();
        while (!stopping) {
            for (Component component : platform.components()) {
                boolean gone = !component.isExternal() && supervisor.running(component).isEmpty();
                if (gone && !stopping && !reported.contains(component.name())) {
                    reported.add(component.name());
                    out.println("! " + component.name() + " is not running (see " + supervisor.logFile(component)
                            + "; './dryfruits start " + component.name() + "' starts it again)");
                } else if (!gone) {
                    reported.remove(component.name());
                }
            }
            Thread.sleep(2000);
        }
        stopped.await();
    }

    private boolean startAndAwait(List<Component> components) throws Exception {
        for (Component component : components) {
            if (component.isExternal()) {
                out.println("  " + component.name() + ": external, " + component.urls().values());
            } else {
                supervisor.start(component);
            }
        }
        Duration timeout = components.stream().map(Component::startTimeout).max(Comparator.naturalOrder())
                .orElse(Duration.ofSeconds(60));
        Instant began = Instant.now();
        return supervisor.awaitReady(components, timeout, new Supervisor.Progress() {
            @Override
            public void ready(Component component) {
                out.printf(Locale.ROOT, "  %-15s ready (%d s)%n", component.name(),
                        Duration.between(began, Instant.now()).toSeconds());
            }

            @Override
            public void failed(Component component, String why) {
                System.err.printf(Locale.ROOT, "  %-15s FAILED: %s; see %s%n", component.name(), why,
                        supervisor.logFile(component));
            }
        });
    }

    /** Stops everything, in order; the services in the host server stop with it. */
    private int down() {
        List<Kind> order = List.of(Kind.GATEWAY, Kind.SERVICE, Kind.HOST, Kind.INFRASTRUCTURE);
        for (Kind kind : order) {
            List<CompletableFuture<Void>> stops = ofKind(kind).stream()
                    .filter(component -> component.hostedBy().isEmpty())
                    .filter(component -> supervisor.running(component).isPresent())
                    .map(component -> CompletableFuture.runAsync(() -> stopQuietly(component)))
                    .toList();
            stops.forEach(CompletableFuture::join);
        }
        out.println("Stopped.");
        return 0;
    }

    private void stopQuietly(Component component) {
        try {
            supervisor.stop(component);
            out.println("  " + component.name() + " stopped");
        } catch (IOException | InterruptedException | RuntimeException failed) {
            // One component that will not stop (or whose state cannot be read) must not leave the others running.
            System.err.println("  " + component.name() + ": " + failed);
        }
    }

    private int status(boolean json) {
        StatusReport report = new StatusReport(platform, supervisor, settings);
        out.print(json ? report.json() : report.table());
        return 0;
    }

    private int startOne(Component component) throws Exception {
        if (component instanceof LibertyComponent || component.hostedBy().isPresent()) {
            requireAcceptableAdminPassword();
            requireBuilt();
        }
        if (component.hostedBy().isPresent() && supervisor.running(component.hostedBy().get()).isEmpty()) {
            out.println("The services run in one server, " + component.hostedBy().get().name()
                    + ": starting it starts them all.");
        }
        boolean ready = startAndAwait(List.of(component));
        return ready ? 0 : 1;
    }

    private int stopOne(Component component) throws Exception {
        if (supervisor.running(component).isEmpty()) {
            out.println(component.name() + " is not running");
            return 0;
        }
        supervisor.stop(component);
        out.println(component.name() + " stopped");
        return 0;
    }

    /** `scale user=2 notification=2`: starts the instances that are missing, stops the ones no longer wanted. */
    private int scale(List<String> requests) throws Exception {
        requireAcceptableAdminPassword();
        requireBuilt();
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("Say how many of which service, e.g. ./dryfruits scale user=2");
        }
        Scale scale = Scale.read(settings);
        for (String request : requests) {
            String[] parts = request.split("=", 2);
            if (parts.length != 2 || !platform.isService(parts[0])) {
                throw new IllegalArgumentException("'" + request + "' is not SERVICE=N; services are "
                        + platform.services().stream().map(Service::name).toList());
            }
            scale = scale.with(parts[0], Integer.parseInt(parts[1]));
        }
        scale.write(settings);
        Platform scaled = new Platform(settings, scale);
        List<String> wanted = scaled.components().stream().map(Component::name).toList();
        for (Component surplus : platform.components()) {
            if (!wanted.contains(surplus.name()) && supervisor.running(surplus).isPresent()) {
                supervisor.stop(surplus);
                out.println("  " + surplus.name() + " stopped");
            }
        }
        scaled.writeRegistry();
        List<String> existing = platform.components().stream().map(Component::name).toList();
        List<Component> added = scaled.components().stream().filter(component -> !existing.contains(component.name()))
                .toList();
        boolean ready = added.isEmpty() || startAndAwait(added);
        new StatusReport(scaled, supervisor, settings).rows().stream()
                .filter(row -> row.component().kind() == Kind.SERVICE)
                .forEach(row -> out.printf(Locale.ROOT, "  %-15s %-9s %s%n", row.component().name(), row.state(),
                        row.component().ports()));
        return ready ? 0 : 1;
    }

    /** The component's log; a service in the host server: the host's lines that are its application's. */
    private int logs(Component component, boolean follow) throws IOException, InterruptedException {
        new LogView(supervisor.logFile(component), component.hostedBy().isPresent() ? component.name() : null)
                .print(out, follow);
        return 0;
    }

    private int backup() throws Exception {
        PostgresComponent postgres = runningPostgres();
        Instant began = Instant.now();
        Path backup = new PostgresBackups(settings, postgres.host(), postgres.port()).backUp();
        out.printf(Locale.ROOT, "Backed up PostgreSQL to %s (%d s); WAL is archived from now on.%n", backup,
                Duration.between(began, Instant.now()).toSeconds());
        return 0;
    }

    /**
     * PostgreSQL back to a moment: the newest backup before it, and the archived WAL replayed up to it. The services
     * keep running; their connections fail while PostgreSQL is down and are made again afterwards.
     */
    private int restore(List<String> options) throws Exception {
        int at = options.indexOf("--to");
        if (at < 0 || at + 1 >= options.size()) {
            throw new IllegalArgumentException("Say to when, e.g. ./dryfruits restore --to 2026-12-04T17:40:00Z");
        }
        Instant moment = java.time.OffsetDateTime.parse(options.get(at + 1)).toInstant();
        if (moment.isAfter(Instant.now())) {
            throw new IllegalArgumentException(moment + " has not happened yet");
        }
        PostgresComponent postgres = runningPostgres();
        PostgresBackups backups = new PostgresBackups(settings, postgres.host(), postgres.port());
        Path backup = backups.backupBefore(moment).orElseThrow(() -> new IllegalArgumentException(
                "No backup finished before " + moment + "; './dryfruits backup' takes one"));
        Instant began = Instant.now();
        backups.archiveCurrentWal(Duration.ofSeconds(60));
        supervisor.stop(postgres);
        Path previous = backups.prepareRestore(backup, moment);
        boolean ready = startAndAwait(List.of(postgres));
        out.printf(Locale.ROOT, "%s PostgreSQL to %s from the backup %s in %d s; the data directory as it was is in %s%n",
                ready ? "Restored" : "Could not restore", moment, backup.getFileName(),
                Duration.between(began, Instant.now()).toSeconds(), previous);
        return ready ? 0 : 1;
    }

    private PostgresComponent runningPostgres() {
        PostgresComponent postgres = (PostgresComponent) platform.find(PostgresComponent.NAME).orElseThrow();
        if (postgres.isExternal()) {
            throw new IllegalArgumentException("PostgreSQL is external (DRYFRUITS_EXTERNAL_POSTGRES): back it up there");
        }
        if (supervisor.running(postgres).isEmpty() || !postgres.isReady()) {
            throw new IllegalArgumentException("PostgreSQL is not running: './dryfruits start postgres' first");
        }
        return postgres;
    }

    private int reset() {
        down();
        for (String folder : List.of("data", "servers", "logs", "run", "config", "liberty")) {
            Supervisor.deleteRecursively(settings.home().resolve(folder));
        }
        out.println("Deleted all local data in " + settings.home() + "; the next 'up' starts afresh.");
        return 0;
    }

    /**
     * The user service would refuse to create the administrator with a password its policy refuses, and nobody could
     * sign in as one: refuse it here, with the policy's reason, before anything starts.
     */
    private void requireAcceptableAdminPassword() {
        PasswordRules.weakness(settings.adminPassword(), Settings.ADMIN_EMAIL).ifPresent(reason -> {
            throw new IllegalArgumentException("DRYFRUITS_ADMIN_PASSWORD is refused: the administrator's password "
                    + "(" + Settings.ADMIN_EMAIL + ") " + reason + ". Nothing was started.");
        });
    }

    private void requireBuilt() {
        Optional<LibertyComponent> missing = platform.libertyServers().stream().filter(server -> !server.isBuilt())
                .findFirst();
        if (missing.isPresent()) {
            throw new IllegalStateException("The " + missing.get().name() + " server is not built; run ./dryfruits build");
        }
    }

    private List<Component> ofKind(Kind kind) {
        return platform.components().stream().filter(component -> component.kind() == kind).toList();
    }

    private void printWelcome(Duration took) {
        LibertyComponent gateway = platform.gateway();
        out.println();
        out.printf(Locale.ROOT, "The Dry Fruits Marketplace is up (%d s).%n%n", took.toSeconds());
        out.println("  API (gateway)   " + gateway.urls().get("api"));
        out.println("  OpenAPI UI      " + gateway.urls().get("openApiUi"));
        out.println("  Mailboxes       " + platform.mail().urls().getOrDefault("mailboxes", "(external SMTP)"));
        out.println("  Payment sandbox " + platform.paymentSandbox().urls().get("checkout"));
        out.println("  Traces (Zipkin) " + platform.zipkin().urls().get("traces"));
        out.println("  Admin Center    (user admin, password as the administrator's below)");
        for (LibertyComponent server : platform.libertyServers()) {
            out.printf(Locale.ROOT, "    %-12s %s%s%n", server.name(), server.adminCenterUrl(),
                    server == platform.host() ? "   (" + String.join(", ", platform.host().hosted().stream()
                            .map(Component::name).toList()) + ")" : "");
        }
        out.println();
        out.println("  Demo logins");
        out.printf(Locale.ROOT, "    %-34s %-9s %s%n", Settings.ADMIN_EMAIL, "ADMIN",
                settings.environment().containsKey("DRYFRUITS_ADMIN_PASSWORD") ? "(DRYFRUITS_ADMIN_PASSWORD)"
                        : Settings.DEFAULT_ADMIN_PASSWORD);
        for (String[] demo : List.of(new String[] {"asha.verma@dryfruits.local", "CUSTOMER"},
                new String[] {"rahul.mehta@dryfruits.local", "CUSTOMER"},
                new String[] {"kashmir.orchards@dryfruits.local", "SELLER"},
                new String[] {"kerala.cashew.co@dryfruits.local", "SELLER"},
                new String[] {"rajasthan.dates@dryfruits.local", "SELLER"})) {
            out.printf(Locale.ROOT, "    %-34s %-9s %s%n", demo[0], demo[1], Settings.DEMO_PASSWORD);
        }
        out.println();
        out.println("  './dryfruits status' shows every component; logs are in " + settings.logs());
    }
}
