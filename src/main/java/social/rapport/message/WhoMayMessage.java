package social.rapport.message;

import java.util.Locale;
import social.rapport.core.Problem;

/**
 * Whom a person lets message them. People they follow or are connected with message them directly;
 * anyone else sends a message request, which `ANYONE` accepts from everybody and `NETWORK` from the
 * 2nd degree only. `CONNECTIONS_AND_FOLLOWING` takes no requests; `NOBODY` takes no new messages at all.
 * Whoever they accepted a request from, or wrote to privately themselves, may always answer.
 */
public enum WhoMayMessage {
    ANYONE,
    NETWORK,
    CONNECTIONS_AND_FOLLOWING,
    NOBODY;

    public static final WhoMayMessage DEFAULT = ANYONE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WhoMayMessage parse(String value) {
        for (WhoMayMessage w : values()) if (w.wire().equals(value)) return w;
        throw Problem.invalid(
                "who_may_message", "who_may_message must be anyone, network, connections_and_following or nobody");
    }

    /** A stored value; an unknown one (never written) reads as the default. */
    static WhoMayMessage stored(String value) {
        for (WhoMayMessage w : values()) if (w.wire().equals(value)) return w;
        return DEFAULT;
    }
}
