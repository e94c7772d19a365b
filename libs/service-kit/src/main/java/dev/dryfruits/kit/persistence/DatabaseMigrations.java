package dev.dryfruits.kit.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the service's database up to date with Flyway before the application takes requests: the kit's own schema
 * {@code messaging} (outbox and inbox), then the service's tables in {@code public} (scripts in db/migration). Several replicas starting at once are safe: Flyway serialises them with a database lock.
 * Observers that need the schema (seed data, for example) observe the same event with a later priority.
 */
@ApplicationScoped
public class DatabaseMigrations {

    public static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE;
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:comp/env/jdbc/dryfruits")
    DataSource dataSource;

    private volatile boolean completed;

    void migrateOnStartup(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object started) {
        migrate("messaging", "classpath:dev/dryfruits/kit/db/messaging");
        migrate("public", "classpath:db/migration");
        completed = true;
    }

    /**
     * One schema, one history: the kit's tables (outbox, inbox) live apart from the service's own.
     * <p>
     * Flyway always looks for callbacks in {@code classpath:db/callback} as well, and on Liberty, where a folder in a
     * jar is found only through a file in it, logged "Unable to resolve location" as SEVERE at every start. No service
     * has callbacks: the kit's jar holds that folder with only the marker file Flyway looks for, {@code flyway.location}.
     */
    private void migrate(String schema, String location) {
        MigrateResult result = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .locations(location)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema " + schema + " at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    public boolean completed() {
        return completed;
    }
}
