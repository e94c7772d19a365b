package dev.dryfruits.product.catalog.entity;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which image URLs a listing may carry. Browsers and, later, an image fetcher load them, so a URL must not point
 * into a private network: HTTPS only, no credentials, no non-standard port, and no host that names this machine or
 * a private, loopback, link-local or otherwise internal address, in any spelling (2130706433 and 0x7f.1 are
 * 127.0.0.1 too). Host names are not resolved here: whoever fetches an image must check the address it connects
 * to, since DNS answers change.
 */
public final class ImageUrlPolicy {

    public static final int MAX_LENGTH = 2000;

    private static final List<String> INTERNAL_SUFFIXES = List.of(".localhost", ".local", ".internal", ".lan",
            ".home.arpa", ".intranet", ".corp");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
            + "(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("[0-9a-fx.]+");

    private ImageUrlPolicy() {
    }

    /** Why this URL may not be used, or nothing when it may. */
    public static Optional<String> problemWith(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is empty");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException malformed) {
            return Optional.of("is not a valid URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain credentials");
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            return Optional.of("must use the standard HTTPS port");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("has no host");
        }
        return hostProblem(host.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> hostProblem(String host) {
        if (host.startsWith("[")) {
            return addressProblem(host.substring(1, host.length() - 1));
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (DOTTED_QUAD.matcher(name).matches()) {
            return addressProblem(name);
        }
        if (NUMERIC_LOOKING.matcher(name).matches() && name.chars().anyMatch(Character::isDigit)
                && lastLabelIsNumeric(name)) {
            return Optional.of("must use a host name or a plain public IPv4 address");
        }
        if (!name.contains(".") || name.equals("localhost")
                || INTERNAL_SUFFIXES.stream().anyMatch(name::endsWith)) {
            return Optional.of("must be on a public host, not " + name);
        }
        return Optional.empty();
    }

    private static boolean lastLabelIsNumeric(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.startsWith("0x") || last.chars().allMatch(Character::isDigit);
    }

    /** A literal address (never a DNS lookup: the literal forms below are parsed locally). */
    private static Optional<String> addressProblem(String literal) {
        InetAddress address;
        try {
            address = InetAddress.getByName(literal);
        } catch (UnknownHostException | SecurityException malformed) {
            return Optional.of("has an invalid IP address");
        }
        if (address instanceof Inet6Address ipv6) {
            byte[] bytes = ipv6.getAddress();
            boolean uniqueLocal = (bytes[0] & 0xFE) == 0xFC;
            boolean mappedIpv4 = isIpv4Mapped(bytes);
            if (uniqueLocal || mappedIpv4 || internal(address)) {
                return Optional.of("must not point to a private, loopback or link-local address");
            }
            return Optional.empty();
        }
        byte[] bytes = ((Inet4Address) address).getAddress();
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        boolean sharedOrReserved = first == 0 || (first == 100 && second >= 64 && second <= 127) || first >= 240
                || (first == 192 && second == 0 && (bytes[2] & 0xFF) == 0) || (first == 198 && (second & 0xFE) == 18);
        if (sharedOrReserved || internal(address)) {
            return Optional.of("must not point to a private, loopback or link-local address");
        }
        return Optional.empty();
    }

    private static boolean internal(InetAddress address) {
        return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress();
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF;
    }
}
