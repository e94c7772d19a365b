package dev.dryfruits.payment.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a payment was made, as far as this service may know it: a card only as the processor's token, its last four
 * digits and network (RBI's card-on-file tokenisation rules); the UPI id; the bank's code.
 */
@Embeddable
public class PaymentInstrument {

    @Column(name = "card_token")
    private String cardToken;

    @Column(name = "card_last4")
    private String cardLast4;

    @Column(name = "card_network")
    private String cardNetwork;

    @Column
    private String vpa;

    @Column
    private String bank;

    protected PaymentInstrument() {
        // for JPA
    }

    public PaymentInstrument(String cardToken, String cardLast4, String cardNetwork, String vpa, String bank) {
        this.cardToken = cardToken;
        this.cardLast4 = cardLast4;
        this.cardNetwork = cardNetwork;
        this.vpa = vpa;
        this.bank = bank;
    }

    public String cardToken() {
        return cardToken;
    }

    public String cardLast4() {
        return cardLast4;
    }

    public String cardNetwork() {
        return cardNetwork;
    }

    public String vpa() {
        return vpa;
    }

    public String bank() {
        return bank;
    }
}
