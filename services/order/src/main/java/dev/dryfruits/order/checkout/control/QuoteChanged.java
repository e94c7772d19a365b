package dev.dryfruits.order.checkout.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.order.checkout.entity.CheckoutQuote;

/**
 * 409: the order would not cost what the customer was last shown (a price, the stock, shipping changed since, or no
 * quote was asked for): the answer carries the new quote, which placing the order again accepts.
 */
public class QuoteChanged extends ProblemException {

    private static final long serialVersionUID = 1L;
    private final transient CheckoutQuote quote;

    public QuoteChanged(CheckoutQuote quote, boolean quotedBefore) {
        super(409, "quote-changed", "Conflict", quotedBefore
                ? "The order would not cost what you were shown: see the new quote, and place the order again to"
                + " accept it"
                : "Ask for a quote first: see it here, and place the order again to accept it");
        this.quote = quote;
    }

    public CheckoutQuote quote() {
        return quote;
    }
}
