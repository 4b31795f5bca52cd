package social.rapport.web;

/**
 * Whether the browser reached us over https: directly, or through a reverse proxy we were told to
 * trust, which says so in the first value of X-Forwarded-Proto. A client's own header is ignored.
 */
public final class Https {
    private Https() {}

    public static boolean used(String scheme, String forwardedProto, boolean trustProxy) {
        if ("https".equalsIgnoreCase(scheme)) return true;
        if (!trustProxy || forwardedProto == null) return false;
        int comma = forwardedProto.indexOf(',');
        return "https".equalsIgnoreCase((comma < 0 ? forwardedProto : forwardedProto.substring(0, comma)).trim());
    }
}
