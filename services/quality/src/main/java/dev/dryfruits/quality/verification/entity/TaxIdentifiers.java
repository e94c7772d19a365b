package dev.dryfruits.quality.verification.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * India's business identifiers, checked the way their issuers define them (domain-reference.md):
 * <ul>
 * <li>PAN: five letters, four digits, a letter; the fourth letter says what kind of holder it is.</li>
 * <li>GSTIN: a two-digit state code, the holder's PAN, an entity number, 'Z', and a check character computed with
 * the published base-36 weighted checksum, so a mistyped character is caught.</li>
 * <li>FSSAI licence or registration: 14 digits.</li>
 * </ul>
 * Each check answers why a value is wrong, or nothing when it is right.
 */
public final class TaxIdentifiers {

    private static final String BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern PAN = Pattern.compile("[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z]");
    private static final Pattern GSTIN = Pattern.compile("[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]");
    private static final Pattern FSSAI = Pattern.compile("[0-9]{14}");

    private TaxIdentifiers() {
    }

    public static Optional<String> panProblem(String pan) {
        if (pan == null || !PAN.matcher(pan).matches()) {
            return Optional.of("must be 5 letters (the 4th one of P, C, H, F, A, T, B, L, J, G), 4 digits and a letter,"
                    + " e.g. AAPFU0939F");
        }
        return Optional.empty();
    }

    public static Optional<String> gstinProblem(String gstin) {
        if (gstin == null || !GSTIN.matcher(gstin).matches()) {
            return Optional.of("must be 15 characters: state code, PAN, entity number, Z and a check character");
        }
        int state = Integer.parseInt(gstin.substring(0, 2));
        if (!(state >= 1 && state <= 38) && state != 97 && state != 99) {
            return Optional.of("starts with an unknown state code " + gstin.substring(0, 2));
        }
        if (gstin.charAt(14) != checkCharacter(gstin.substring(0, 14))) {
            return Optional.of("has a wrong check character: a character is mistyped");
        }
        return Optional.empty();
    }

    public static Optional<String> fssaiProblem(String number) {
        if (number == null || !FSSAI.matcher(number).matches()) {
            return Optional.of("must be the 14-digit FSSAI licence or registration number");
        }
        return Optional.empty();
    }

    /** The PAN embedded in a GSTIN (characters 3 to 12). */
    public static String panOf(String gstin) {
        return gstin.substring(2, 12);
    }

    /** The GSTIN check character of its first 14 characters. */
    public static char checkCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int value = BASE36.indexOf(first14.charAt(i));
            int product = value * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return BASE36.charAt((36 - sum % 36) % 36);
    }
}
