package dev.dryfruits.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes the next pending events of one outbox partition in one transaction.
 * <p>
 * Aggregates are spread over {@link #PARTITIONS} partitions by a hash of their id, and a relay publishes a partition
 * only while it holds that partition's PostgreSQL advisory lock: so any number of replicas can relay at once, one
 * aggregate's events are always published by one of them at a time, in sequence order, and none twice. A crash
 * after Kafka acknowledged an event but before the commit republishes it: a duplicate on the topic, never a loss.
 */
@ApplicationScoped
public class OutboxBatch {

    public static final int PARTITIONS = 8;
    /** The first half of the advisory lock key: "outbox". */
    private static final int LOCK_NAMESPACE = 0x6f757462;
    private static final long ACK_TIMEOUT_SECONDS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventProducer producer;

    /**
     * @return how many events were published; fewer than asked when the partition ran dry, was locked by another
     *         replica, or Kafka refused one (then the rest wait for the next round)
     */
    @Transactional
    public Result publishNext(int partition, int batchSize) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1, ?2)")
                .setParameter(1, LOCK_NAMESPACE).setParameter(2, partition).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return Result.BUSY;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> pending = em.createNativeQuery("select sequence, topic, aggregate_id, payload"
                        + " from messaging.outbox_event where published_at is null"
                        + " and (hashtext(aggregate_id) & 2147483647) % ?1 = ?2 order by sequence limit ?3")
                .setParameter(1, PARTITIONS).setParameter(2, partition).setParameter(3, batchSize)
                .getResultList();
        if (pending.isEmpty()) {
            return Result.EMPTY;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (Object[] event : pending) {
            sends.add(producer.send((String) event[1], (String) event[2], (String) event[3]));
        }
        List<Long> published = new ArrayList<>();
        String failure = null;
        for (int i = 0; i < sends.size() && failure == null; i++) {
            try {
                sends.get(i).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                published.add(((Number) pending.get(i)[0]).longValue());
            } catch (ExecutionException | TimeoutException refused) {
                failure = String.valueOf(refused.getCause() != null ? refused.getCause() : refused);
                recordFailure(((Number) pending.get(i)[0]).longValue(), failure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
            }
        }
        if (!published.isEmpty()) {
            em.createNativeQuery("update messaging.outbox_event set published_at = now()"
                    + " where sequence = any (cast(?1 as bigint[]))")
                    .setParameter(1, toArrayLiteral(published)).executeUpdate();
        }
        return new Result(published.size(), pending.size() == batchSize && failure == null, failure);
    }

    /** Deletes events published longer ago than the retention, so the outbox does not grow forever. */
    @Transactional
    public int deletePublishedBefore(java.time.Instant cutoff) {
        return em.createNativeQuery("delete from messaging.outbox_event where published_at < ?1")
                .setParameter(1, java.sql.Timestamp.from(cutoff)).executeUpdate();
    }

    public long pending() {
        return ((Number) em.createNativeQuery(
                "select count(*) from messaging.outbox_event where published_at is null").getSingleResult()).longValue();
    }

    private void recordFailure(long sequence, String failure) {
        em.createNativeQuery("update messaging.outbox_event set attempts = attempts + 1, last_error = ?2"
                        + " where sequence = ?1")
                .setParameter(1, sequence).setParameter(2, failure.length() > 1000 ? failure.substring(0, 1000) : failure)
                .executeUpdate();
    }

    private static String toArrayLiteral(List<Long> values) {
        StringBuilder literal = new StringBuilder("{");
        for (Long value : values) {
            literal.append(literal.length() > 1 ? "," : "").append(value);
        }
        return literal.append('}').toString();
    }

    /** What one round did: how many went out, whether there is probably more, and why it stopped early. */
    public record Result(int published, boolean more, String failure) {
        static final Result BUSY = new Result(0, false, null);
        static final Result EMPTY = new Result(0, false, null);
    }
}
