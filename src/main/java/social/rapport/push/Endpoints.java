package social.rapport.push;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which push endpoints this server sends to. A push service is a public https address; an address
 * on this machine or a private network is refused, so a subscription cannot make the server call
 * its own neighbours. A server that itself runs on a loopback http address (development, tests)
 * may also send to loopback addresses, over http or https, and to nothing private beyond them.
 */
final class Endpoints {
    static final int MAX_LENGTH = 2048;
    private final boolean loopbackAllowed;

    Endpoints(boolean loopbackAllowed) {
        this.loopbackAllowed = loopbackAllowed;
    }

    /** Whether the server at `baseUrl` runs on this machine only, over http. */
    static boolean localServer(String baseUrl) {
        try {
            URI u = new URI(baseUrl);
            return "http".equals(u.getScheme()) && u.getHost() != null && loopbackName(u.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The endpoint as a URI, or null when it is no address this server sends to. */
    URI check(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) return null;
        URI u;
        try {
            u = new URI(raw.trim());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost();
        if (host == null || u.getRawUserInfo() != null || u.getRawFragment() != null) return null;
        if (loopbackName(host)) return loopbackAllowed && (scheme.equals("http") || scheme.equals("https")) ? u : null;
        if (!scheme.equals("https")) return null;
        InetAddress literal = literal(host);
        if (literal != null && !publicAddress(literal)) return null;
        return u;
    }

    /** Asked again just before sending, after the name is resolved: it may point elsewhere by now. */
    boolean mayConnect(URI u) {
        if (check(u.toString()) == null) return false;
        if (loopbackName(u.getHost())) return true;
        try {
            for (InetAddress a : InetAddress.getAllByName(u.getHost())) if (!publicAddress(a)) return false;
            return true;
        } catch (UnknownHostException e) {
            return true; // the send fails on its own and is tried again later
        }
    }

    static boolean loopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) return true;
        InetAddress a = literal(h);
        return a != null && a.isLoopbackAddress();
    }

    private static boolean publicAddress(InetAddress a) {
        return !(a.isLoopbackAddress()
                || a.isAnyLocalAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()
                || (a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc));
    }

    /** The address when the host is an IP literal, else null (no name is looked up here). */
    private static InetAddress literal(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+") && !h.contains(":")) return null;
        try {
            return InetAddress.getByName(h);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
