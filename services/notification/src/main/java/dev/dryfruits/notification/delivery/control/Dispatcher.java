package dev.dryfruits.notification.delivery.control;

import dev.dryfruits.kit.persistence.DatabaseMigrations;
import dev.dryfruits.notification.delivery.entity.Channel;
import dev.dryfruits.notification.delivery.entity.Notification;
import dev.dryfruits.notification.sms.control.SmsSender;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends whatever is due, all the time the service runs: claim a few, send each, record the outcome. */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final int CLAIM = 5;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DeliveryLedger ledger;

    @Inject
    EmailSender email;

    @Inject
    SmsSender sms;

    @Inject
    @ConfigProperty(name = "dryfruits.notifications.dispatch-interval")
    Duration interval;

    private ScheduledFuture<?> task;
    private volatile boolean stopping;

    void start(@Observes @Priority(DatabaseMigrations.PRIORITY + 10) @Initialized(ApplicationScoped.class)
               Object started) {
        task = scheduler.scheduleWithFixedDelay(this::dispatchDue, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The message being sent is finished; the others claimed with it are handed back at once, not left to expire. */
    @PreDestroy
    void stop() {
        stopping = true;
        if (task != null) {
            task.cancel(false);
        }
    }

    void dispatchDue() {
        try {
            List<UUID> claimed;
            do {
                claimed = ledger.claimDue(CLAIM);
                for (int i = 0; i < claimed.size(); i++) {
                    if (stopping) {
                        ledger.release(claimed.subList(i, claimed.size()));
                        return;
                    }
                    deliver(claimed.get(i));
                }
            } while (claimed.size() == CLAIM && !stopping);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Dispatch round failed; retrying", unexpected);
        }
    }

    private void deliver(UUID id) {
        Notification notification = ledger.load(id);
        try {
            if (notification.channel() == Channel.EMAIL) {
                email.send(notification);
            } else {
                sms.send(notification);
            }
            ledger.delivered(id);
        } catch (DeliveryFailure | RuntimeException failed) {
            Notification after = ledger.failed(id, failed.getMessage() != null ? failed.getMessage() : failed.toString());
            LOG.warning(() -> notification.channel() + " " + notification.type() + " " + id + " to "
                    + notification.recipient() + " failed (attempt " + after.attempts() + ", now " + after.status()
                    + "): " + failed.getMessage());
        }
    }
}
