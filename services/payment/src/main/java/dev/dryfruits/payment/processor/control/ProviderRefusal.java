package dev.dryfruits.payment.processor.control;

/** The processor answered no (4xx): asking again will not change its mind. */
public class ProviderRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    public ProviderRefusal(int status, String code, String description) {
        super(description);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
