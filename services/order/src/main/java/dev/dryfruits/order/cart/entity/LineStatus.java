package dev.dryfruits.order.cart.entity;

/** Whether a cart line can be bought as it stands. */
public enum LineStatus {
    /** On sale, and enough packs are available. */
    AVAILABLE,
    /** On sale, but fewer packs are available than the line asks for. */
    SHORT,
    /** On sale, but none are available now. */
    OUT_OF_STOCK,
    /** Its listing is paused or withdrawn. */
    NOT_ON_SALE
}
