package social.rapport.account.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import social.rapport.account.Secrets;
import social.rapport.core.Problem;
import social.rapport.core.Scopes;
import social.rapport.store.Database;

/**
 * Registers a client application (POST /api/v1/apps): a name, where to send people back after
 * consent, and the most it may ever ask for. The client secret is shown once and kept as a digest.
 */
public final class RegisterApp {
    static final int MAX_NAME = 60;
    static final int MAX_URI = 2000;
    private final Database db;
    private final OAuthStore store;

    public record Registered(OAuth.App app, String clientSecret) {}

    public RegisterApp(Database db) {
        this(db, new OAuthStore());
    }

    RegisterApp(Database db, OAuthStore store) {
        this.db = db;
        this.store = store;
    }

    public Registered register(String name, List<String> redirectUris, String scopes, String website) {
        Map<String, String> bad = new LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) bad.put("client_name", "client_name can't be blank");
        else if (n.codePointCount(0, n.length()) > MAX_NAME) {
            bad.put("client_name", "client_name is too long (maximum is " + MAX_NAME + " characters)");
        }
        List<String> uris = new ArrayList<>();
        for (String raw : redirectUris) {
            for (String u : raw.split("[\\s]+")) if (!u.isBlank()) uris.add(u);
        }
        if (uris.isEmpty()) bad.put("redirect_uris", "redirect_uris can't be blank");
        for (String u : uris) {
            String why = redirectProblem(u);
            if (why != null) {
                bad.put("redirect_uris", why);
                break;
            }
        }
        if (uris.size() > 10) bad.put("redirect_uris", "redirect_uris holds more than 10 addresses");
        Set<String> parsed = Scopes.parse(scopes);
        if (parsed == null) bad.put("scopes", "scopes holds an unknown scope");
        String site = website == null || website.isBlank() ? null : website.strip();
        if (site != null && (site.length() > MAX_URI || !absoluteHttp(site))) {
            bad.put("website", "website must be an http or https address");
        }
        if (!bad.isEmpty()) throw Problem.invalid(bad);
        String clientId = Secrets.token();
        String secret = Secrets.token();
        List<String> distinct = uris.stream().distinct().toList();
        int id = db.write(
                tx -> store.insertApp(tx, n, site, distinct, Scopes.format(parsed), clientId, Secrets.sha256(secret)));
        return new Registered(new OAuth.App(id, n, site, distinct, parsed, clientId), secret);
    }

    /** Why a redirect address is refused, or null: absolute, no fragment, or the out-of-band one. */
    static String redirectProblem(String u) {
        if (OAuth.OOB.equals(u)) return null;
        if (u.length() > MAX_URI) return "redirect_uris holds an address that is too long";
        try {
            URI uri = new URI(u);
            if (!uri.isAbsolute() || uri.getScheme() == null) return "redirect_uris must be absolute addresses";
            if (uri.getFragment() != null) return "redirect_uris must not contain a fragment";
            String scheme = uri.getScheme().toLowerCase();
            // Native apps register custom schemes (myapp://callback); javascript: and data: are never a place to return
            // to.
            if (scheme.equals("javascript") || scheme.equals("data") || scheme.equals("vbscript")) {
                return "redirect_uris holds a forbidden scheme";
            }
            return null;
        } catch (URISyntaxException e) {
            return "redirect_uris holds an address that is not valid";
        }
    }

    private static boolean absoluteHttp(String u) {
        try {
            URI uri = new URI(u);
            return uri.isAbsolute()
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
