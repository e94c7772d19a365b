package dev.dryfruits.product.catalog.entity;

/**
 * How the marketplace ships a pack of each net weight: in its standard corrugated box for that size band, a
 * nitrogen-flushed pouch inside, so a pack's shipping weight and box are facts of its net weight, the same for every
 * seller (and the carrier's billed weight is predictable at checkout). Tare: the pouch (about 4 % of the contents,
 * at least 10 g) and the box of the band.
 */
public final class PackagingStandard {

    /** Bands by net weight: up to this many grams, this box (cm) weighing this many grams. */
    private static final int[][] BANDS = {
            // maxNetGrams, lengthCm, widthCm, heightCm, boxGrams
            {250, 18, 12, 6, 30},
            {500, 22, 15, 8, 45},
            {1000, 26, 18, 10, 70},
            {2000, 30, 22, 12, 110},
            {5000, 40, 30, 15, 200},
            {Integer.MAX_VALUE, 50, 40, 20, 350}};

    private PackagingStandard() {
    }

    /** A pack as it travels: its weight with packaging and its box's outer dimensions. */
    public record ShippingPack(int shippingGrams, int lengthCm, int widthCm, int heightCm) {
    }

    public static ShippingPack forPack(int netGrams) {
        for (int[] band : BANDS) {
            if (netGrams <= band[0]) {
                int pouch = Math.max(10, (netGrams * 4 + 99) / 100);
                return new ShippingPack(netGrams + pouch + band[4], band[1], band[2], band[3]);
            }
        }
        throw new IllegalStateException("unreachable: the last band has no limit");
    }
}
