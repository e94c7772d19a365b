package dev.dryfruits.local.component;

import dev.dryfruits.local.Service;
import dev.dryfruits.local.Settings;
import java.nio.file.Path;
import java.util.Map;

/**
 * An instance of a service in a Liberty server of its own (its application's server definition, run with its own
 * ports and output folder), as in Kubernetes: what `./dryfruits scale NAME=N` adds, and what a test kills alone.
 */
public class StandaloneService extends LibertyComponent implements ServiceInstance {

    private final Service service;

    public StandaloneService(Settings settings, String name, Service service, int httpPort, int httpsPort,
                             Map<String, String> wiring, Path outputDirectory) {
        super(settings, name, service.application(), Kind.SERVICE, httpPort, httpsPort, wiring, outputDirectory);
        this.service = service;
    }

    @Override
    public Service service() {
        return service;
    }
}
