package dev.dryfruits.payment.processor.control;

/** A webhook that is not the processor's: its signature does not verify, or it is not a notice at all. */
public class NoticeRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoticeRejected(String reason) {
        super(reason);
    }
}
