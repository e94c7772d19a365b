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
 * Brings the service's database schema up to date with Flyway (scripts in db/migration) before the application
 * takes requests. Several replicas starting at once are safe: Flyway serialises them with a database lock.
 * Observers that need the schema (seed data, for example) observe the same event with a later priority.
 */
@ApplicationScoped
public class DatabaseMigrations {

    public static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE;
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/dryfruits")
    DataSource dataSource;

    private volatile boolean completed;

    void migrateOnStartup(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object started) {
        MigrateResult result = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
        completed = true;
    }

    public boolean completed() {
        return completed;
    }
}
