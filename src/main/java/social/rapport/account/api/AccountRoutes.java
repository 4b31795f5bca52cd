package social.rapport.account.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import social.rapport.account.Account;
import social.rapport.account.AccountCounts;
import social.rapport.account.FindAccount;
import social.rapport.account.PostingPrivacy;
import social.rapport.account.ProfileImages;
import social.rapport.account.ShowAccount;
import social.rapport.account.SignUp;
import social.rapport.account.UpdateProfile;
import social.rapport.account.avatar.ChangeProfileImages;
import social.rapport.account.avatar.UploadedImages;
import social.rapport.account.oauth.SignUpByApp;
import social.rapport.core.Problem;
import social.rapport.core.Scopes;
import social.rapport.core.Viewer;
import social.rapport.limits.RateLimits;
import social.rapport.web.Params;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/** Mastodon's account endpoints: sign-up, one's own credentials and profile, and looking people up. */
public final class AccountRoutes implements Routes {
    private static final Set<String> FIELD_KEYS = Set.of("name", "value", "verified_at");
    private final SignUpByApp signUp;
    private final FindAccount find;
    private final UpdateProfile update;
    private final AccountCounts counts;
    private final RateLimits limits;
    private final String baseUrl;
    private final ShowAccount show;
    private final PostingPrivacy privacy;
    private final ChangeProfileImages images;

    /** `privacy`: the default audience of new posts, as apps read and set it in `source[privacy]`. */
    public AccountRoutes(
            SignUpByApp signUp,
            FindAccount find,
            UpdateProfile update,
            AccountCounts counts,
            RateLimits limits,
            String baseUrl,
            ShowAccount show,
            PostingPrivacy privacy,
            ChangeProfileImages images) {
        this.privacy = privacy;
        this.images = images;
        this.show = show;
        this.signUp = signUp;
        this.find = find;
        this.update = update;
        this.counts = counts;
        this.limits = limits;
        this.baseUrl = baseUrl;
    }

    @Override
    public void register(RoutesConfig r) {
        r.post("/api/v1/accounts", this::create);
        r.get("/api/v1/accounts/verify_credentials", this::verify);
        r.patch("/api/v1/accounts/update_credentials", this::updateCredentials);
        r.delete("/api/v1/profile/avatar", ctx -> removeImage(ctx, ProfileImages.Kind.AVATAR));
        r.delete("/api/v1/profile/header", ctx -> removeImage(ctx, ProfileImages.Kind.HEADER));
        r.get("/api/v1/accounts", this::several);
        r.get("/api/v1/accounts/lookup", this::lookup);
        r.get("/api/v1/accounts/{id}", this::show);
    }

    private void create(Context ctx) {
        Viewer v = Web.viewer(ctx);
        if (v.tokenId() == 0) throw Problem.unauthorized("This method requires an app token");
        if (v.signedIn()) throw Problem.forbidden("This method requires an app token, not a user token");
        Web.requireScope(v, "write:accounts");
        limits.signUp(limits.clientIp(ctx));
        Params p = Params.of(ctx);
        Boolean agreement = p.bool("agreement");
        SignUp.Request req = new SignUp.Request(
                p.string("username"), p.string("email"), p.string("password"), Boolean.TRUE.equals(agreement));
        ctx.json(signUp.signUp(v.tokenId(), v.scopes(), req).entity());
    }

    private void verify(Context ctx) {
        Viewer v = Web.viewer(ctx);
        if (!v.signedIn()) throw Problem.unauthorized("The access token is invalid");
        // The `profile` scope exists for exactly this call.
        if (!Scopes.grants(v.scopes(), "profile")) Web.requireScope(v, "read:accounts");
        ctx.json(credentials(find.self(v.accountId()), v));
    }

    private void updateCredentials(Context ctx) {
        Viewer v = Web.user(ctx, "write:accounts");
        Params p = Params.of(ctx);
        UpdateProfile.Changes c = new UpdateProfile.Changes(
                p.string("display_name"),
                p.string("note"),
                p.bool("locked"),
                fields(p),
                p.bool("discoverable"),
                p.bool("indexable"));
        // Checked before anything is written: a bad privacy, sensitive or language changes nothing.
        String newPrivacy = sourcePrivacy(p);
        if (newPrivacy != null) checkPrivacy(newPrivacy);
        Boolean sensitive = sourceSensitive(p);
        String language = sourceLanguage(p);
        // Images are made (and a bad one refused) before anything is written, and stored after the rest.
        List<ChangeProfileImages.Prepared> uploads = UploadedImages.prepare(ctx, images);
        try {
            update.update(v.accountId(), c);
            if (newPrivacy != null) privacy.set(v.accountId(), newPrivacy);
            privacy.setExtras(v.accountId(), sensitive, language);
            images.apply(v.accountId(), uploads);
        } finally {
            uploads.forEach(ChangeProfileImages::discard);
        }
        ctx.json(credentials(find.self(v.accountId()), v));
    }

    /** `DELETE /api/v1/profile/avatar` and `/header` (Mastodon 4.2): back to the generated image. */
    private void removeImage(Context ctx, ProfileImages.Kind kind) {
        Viewer v = Web.user(ctx, "write:accounts");
        images.remove(v.accountId(), kind);
        ctx.json(credentials(find.self(v.accountId()), v));
    }

    /** `source[privacy]` from a JSON object or bracketed form names; null when not given. */
    private static String sourcePrivacy(Params p) {
        JsonNode source = p.node("source");
        if (source == null || source.isNull()) return null;
        if (!source.isObject()) throw Problem.invalid("source", "source must be an object");
        JsonNode v = source.get("privacy");
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) throw Problem.invalid("source[privacy]", "privacy must be a string");
        return v.asText();
    }

    /** `source[sensitive]`, null when not given. */
    private static Boolean sourceSensitive(Params p) {
        JsonNode v = sourceField(p, "sensitive");
        if (v == null) return null;
        if (v.isBoolean()) return v.booleanValue();
        return switch (v.asText().trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "on" -> true;
            case "false", "0", "off" -> false;
            default -> throw Problem.invalid("source[sensitive]", "sensitive must be true or false");
        };
    }

    /** `source[language]`: null when not given, "" to clear it, else a checked two-letter code. */
    private static String sourceLanguage(Params p) {
        JsonNode v = sourceField(p, "language");
        if (v == null) return null;
        String code = PostingPrivacy.language("source[language]", v.asText());
        return code == null ? "" : code;
    }

    private static JsonNode sourceField(Params p, String name) {
        JsonNode source = p.node("source");
        if (source == null || source.isNull() || !source.isObject()) return null;
        JsonNode v = source.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) throw Problem.invalid("source[" + name + "]", name + " must be a single value");
        return v;
    }

    private static void checkPrivacy(String v) {
        if (!List.of("public", "unlisted", "private").contains(v.trim().toLowerCase(java.util.Locale.ROOT))) {
            throw Problem.invalid("source[privacy]", "privacy must be public, unlisted or private");
        }
    }

    private CredentialAccount credentials(Account a, Viewer v) {
        return CredentialAccount.of(
                a,
                baseUrl,
                counts.of(v.accountId(), a.id()),
                counts.followRequests(a.id()),
                privacy.of(a.id()),
                privacy.extras(a.id()));
    }

    private void lookup(Context ctx) {
        Viewer v = Web.anyone(ctx, "read:accounts");
        String acct = Params.query(ctx).string("acct");
        if (acct == null || acct.isBlank()) throw Problem.invalid("acct", "acct is missing");
        ctx.json(show.byAcct(v.accountId(), acct));
    }

    private static final int MAX_IDS = 40;

    /** `GET /api/v1/accounts?id[]=…`: up to 40 accounts; ids that name no visible account are left out. */
    private void several(Context ctx) {
        Viewer v = Web.anyone(ctx, "read:accounts");
        List<String> raw = Params.query(ctx).list("id");
        if (raw.isEmpty()) throw Problem.invalid("id", "id[] is missing");
        if (raw.size() > MAX_IDS) throw Problem.invalid("id", "at most " + MAX_IDS + " ids");
        List<Integer> ids = new ArrayList<>();
        for (String s : raw) {
            try {
                ids.add(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                // An id that cannot exist names no account: left out like any missing one.
            }
        }
        ctx.json(show.byIds(v.accountId(), ids));
    }

    private void show(Context ctx) {
        Viewer v = Web.anyone(ctx, "read:accounts");
        ctx.json(show.byId(v.accountId(), Web.accountId(ctx, "id")));
    }

    /** fields_attributes as an array or index-keyed object of {name, value}: JSON, or form keys `fields_attributes[0][name]`. */
    static List<UpdateProfile.Field> fields(Params p) {
        JsonNode node = p.node("fields_attributes");
        if (node != null) {
            if (node.isNull()) return null;
            List<JsonNode> items = new ArrayList<>();
            if (node.isArray()) node.forEach(items::add);
            else if (node.isObject()) {
                TreeMap<Integer, JsonNode> byIndex = new TreeMap<>();
                var it = node.fields();
                while (it.hasNext()) {
                    var e = it.next();
                    if (!e.getKey().matches("\\d{1,3}")) throw badFields();
                    byIndex.put(Integer.parseInt(e.getKey()), e.getValue());
                }
                items.addAll(byIndex.values());
            } else throw badFields();
            List<UpdateProfile.Field> out = new ArrayList<>();
            for (JsonNode item : items) {
                if (!item.isObject()) throw badFields();
                // Only a field's own keys (verified_at comes back from clients that echo a field): a
                // misspelt key in any encoding is refused rather than silently dropped.
                item.fieldNames().forEachRemaining(k -> {
                    if (!FIELD_KEYS.contains(k)) throw badFields();
                });
                out.add(new UpdateProfile.Field(text(item.get("name")), text(item.get("value"))));
            }
            return out;
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return "";
        if (!n.isValueNode()) throw badFields();
        return n.asText();
    }

    private static Problem badFields() {
        return Problem.invalid("fields_attributes", "fields_attributes must be a list of name and value pairs");
    }
}
