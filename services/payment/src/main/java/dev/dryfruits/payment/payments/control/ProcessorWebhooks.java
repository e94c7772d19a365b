package dev.dryfruits.payment.payments.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.payment.payments.entity.RejectedWebhook;
import dev.dryfruits.payment.processor.control.NoticeRejected;
import dev.dryfruits.payment.processor.control.PaymentProvider;
import dev.dryfruits.payment.processor.entity.ProcessorNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * The processor's webhooks: the signature is verified over exactly the bytes received (before anything is read from
 * them); a forged or damaged one is refused with 401 and recorded for the administrators; a genuine one is applied
 * once, whatever how many times and in whichever order its events arrive. A notice about a refund not yet recorded
 * here fails the delivery (503), so the processor delivers it again later.
 */
@ApplicationScoped
public class ProcessorWebhooks {

    private static final Logger LOG = Logger.getLogger(ProcessorWebhooks.class.getName());

    @Inject
    PaymentProvider provider;

    @Inject
    ProcessorNews news;

    @Inject
    PaymentStore store;

    @Inject
    PaymentWork work;

    /** @return false when the notice was a duplicate (applied before) */
    public boolean receive(byte[] body, String signature, String eventId, String remoteAddress) {
        ProcessorNotice notice;
        try {
            notice = provider.read(body == null ? new byte[0] : body, signature);
        } catch (NoticeRejected rejected) {
            byte[] bytes = body == null ? new byte[0] : body;
            store.reject(new RejectedWebhook(rejected.getMessage(), eventId, signature, remoteAddress, sha256(bytes),
                    new String(bytes, StandardCharsets.UTF_8), Instant.now()));
            LOG.warning(() -> "Refused a webhook from " + remoteAddress + ": " + rejected.getMessage());
            throw ProblemException.unauthorized("The webhook's signature does not verify");
        }
        boolean fresh;
        try {
            fresh = news.received(notice);
        } catch (IllegalStateException notYet) {
            throw ProblemException.serviceUnavailable(notYet.getMessage(), Payments.RETRY_AFTER);
        }
        if (fresh) {
            work.soon();
        }
        return fresh;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
