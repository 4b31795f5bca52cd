package social.rapport.mail;

import java.util.Locale;

/**
 * How to reach the SMTP server that sends this server's mail. `security`: `starttls` (upgrade a plain
 * connection, required: no mail goes out in clear text), `tls` (TLS from the first byte, port 465) or
 * `none` (a relay on the same machine or in a test). `username` null: the server takes mail without
 * signing in. `from` is the sender people see.
 */
public record MailSettings(String host, int port, Security security, String username, String password, String from) {
    public enum Security {
        NONE,
        STARTTLS,
        TLS;

        public static Security parse(String s) {
            if (s == null || s.isBlank()) return STARTTLS;
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("SMTP security must be starttls, tls or none, not " + s);
            }
        }

        int defaultPort() {
            return switch (this) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case TLS -> 465;
            };
        }
    }

    public MailSettings {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("the SMTP server needs a host");
        host = host.trim();
        if (security == null) security = Security.STARTTLS;
        if (port == 0) port = security.defaultPort();
        if (port < 1 || port > 65535) throw new IllegalArgumentException("the SMTP port must be 1 to 65535");
        if (from == null || !from.contains("@"))
            throw new IllegalArgumentException("outgoing mail needs a from address (--smtp-from, RAPPORT_SMTP_FROM)");
        from = from.trim();
        username = username == null || username.isBlank() ? null : username;
        if (username == null) password = null;
    }

    /** Never shows the password, so the configuration can be logged. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                + ", password=" + (password == null ? null : "***") + ", from=" + from + "]";
    }
}
