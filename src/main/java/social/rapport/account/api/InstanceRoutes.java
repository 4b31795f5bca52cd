package social.rapport.account.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import social.rapport.account.Account;
import social.rapport.account.DescribeInstance;
import social.rapport.account.InstanceRules;
import social.rapport.account.Settings;
import social.rapport.core.Problem;
import social.rapport.web.Html;
import social.rapport.web.Routes;

/** The instance documents (v1 and v2), webfinger and nodeinfo: how clients and other servers find us. */
public final class InstanceRoutes implements Routes {
    static final String VERSION = "4.3.0 (compatible; Rapport 0.1.0)";
    private final social.rapport.audience.AudiencePolicy policy;
    private final DescribeInstance describe;
    private final String baseUrl;
    private final String domain;
    private final String contactEmail;
    private final String vapidKey;

    private final InstanceRules rules;

    /**
     * `policy` hides from webfinger an account a signed-out visitor may not see; `vapidKey` is the
     * server's Web Push public key (configuration.vapid.public_key).
     */
    private final String sourceUrl;

    public InstanceRoutes(
            DescribeInstance describe,
            InstanceRules rules,
            String baseUrl,
            String domain,
            String contactEmail,
            social.rapport.audience.AudiencePolicy policy,
            String vapidKey,
            String sourceUrl) {
        this.sourceUrl = sourceUrl == null ? "" : sourceUrl;
        this.rules = rules;
        this.vapidKey = vapidKey;
        this.policy = policy;
        this.describe = describe;
        this.baseUrl = baseUrl;
        this.domain = domain;
        this.contactEmail = contactEmail;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/api/v1/instance", this::v1);
        r.get("/api/v2/instance", this::v2);
        r.get("/.well-known/webfinger", this::webfinger);
        r.get("/.well-known/nodeinfo", this::nodeinfoLinks);
        r.get("/nodeinfo/2.0", this::nodeinfo);
        r.get("/.well-known/host-meta", this::hostMeta);
        r.get("/api/v1/instance/rules", ctx -> ctx.json(rules.rules()));
        r.get("/api/v1/instance/extended_description", this::extendedDescription);
        // No translation here, no federation yet, no custom emoji until administrators can upload images.
        r.get("/api/v1/instance/translation_languages", ctx -> ctx.json(Map.of()));
        r.get("/api/v1/instance/peers", ctx -> ctx.json(List.of()));
    }

    private void hostMeta(Context ctx) {
        ctx.contentType("application/xrd+xml; charset=utf-8");
        ctx.result("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n"
                + "  <Link rel=\"lrdd\" template=\"" + baseUrl + "/.well-known/webfinger?resource={uri}\"/>\n"
                + "</XRD>\n");
    }

    /** The about text, written as plain paragraphs by the administrator, as HTML. */
    private void extendedDescription(Context ctx) {
        InstanceRules.About about = rules.about();
        StringBuilder html = new StringBuilder();
        for (String para : about.text().split("\\n\\s*\\n")) {
            if (para.isBlank()) continue;
            html.append("<p>")
                    .append(Html.escape(para.strip()).replace("\n", "<br>"))
                    .append("</p>");
        }
        ctx.json(map(
                "updated_at",
                about.updatedAt() == null ? null : about.updatedAt().toString(),
                "content",
                html.toString()));
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private Map<String, Object> configuration() {
        return map(
                "urls", map("streaming", baseUrl.replaceFirst("^http", "ws")),
                "accounts", map("max_featured_tags", 10, "max_pinned_statuses", 5),
                "statuses", map("max_characters", 500, "max_media_attachments", 4, "characters_reserved_per_url", 23),
                "media_attachments",
                        map(
                                "supported_mime_types",
                                List.of(),
                                "image_size_limit",
                                0,
                                "image_matrix_limit",
                                0,
                                "video_size_limit",
                                0,
                                "video_frame_rate_limit",
                                0,
                                "video_matrix_limit",
                                0),
                "polls",
                        map(
                                "max_options",
                                4,
                                "max_characters_per_option",
                                50,
                                "min_expiration",
                                300,
                                "max_expiration",
                                2_629_746),
                "translation", map("enabled", false),
                "vapid", map("public_key", vapidKey));
    }

    private void v2(Context ctx) {
        DescribeInstance.Facts f = describe.facts();
        ctx.json(map(
                "domain",
                domain,
                "title",
                "Rapport",
                "version",
                VERSION,
                "source_url",
                sourceUrl,
                // Mastodon 4.3's API version 2 announces grouped notifications (/api/v2/notifications).
                "api_versions",
                map("mastodon", 2),
                "description",
                "A social network with the personal touch: one identity for business and personal"
                        + " life, and you decide per relationship and per post who sees what.",
                "usage",
                map("users", map("active_month", f.users())),
                "thumbnail",
                map("url", baseUrl + "/thumbnail.png"),
                "icon",
                List.of(map("src", baseUrl + "/app-icon.png", "size", "192x192")),
                "languages",
                List.of("en"),
                "configuration",
                configuration(),
                "registrations",
                map(
                        "enabled",
                        f.registration() != Settings.Registration.CLOSED,
                        "approval_required",
                        f.registration() == Settings.Registration.APPROVAL,
                        "message",
                        null,
                        "url",
                        null),
                "contact",
                map("email", contactEmail, "account", null),
                "rules",
                rules.rules()));
    }

    private void v1(Context ctx) {
        DescribeInstance.Facts f = describe.facts();
        ctx.json(map(
                "uri",
                domain,
                "title",
                "Rapport",
                "short_description",
                "A social network with the personal touch.",
                "description",
                "One identity for business and personal life; you decide who sees what.",
                "email",
                contactEmail,
                "version",
                VERSION,
                "urls",
                map("streaming_api", baseUrl.replaceFirst("^http", "ws")),
                "stats",
                map("user_count", f.users(), "status_count", f.localPosts(), "domain_count", 0),
                "thumbnail",
                baseUrl + "/thumbnail.png",
                "languages",
                List.of("en"),
                "registrations",
                f.registration() != Settings.Registration.CLOSED,
                "approval_required",
                f.registration() == Settings.Registration.APPROVAL,
                "invites_enabled",
                false,
                "configuration",
                configuration(),
                "contact_account",
                null,
                "rules",
                rules.rules()));
    }

    private void webfinger(Context ctx) {
        String resource = ctx.queryParam("resource");
        if (resource == null || resource.isBlank()) throw Problem.badRequest("resource is missing");
        String handle = handleOf(resource.strip());
        Account a = describe.local(handle).orElseThrow(Problem::notFound);
        if (policy != null && !policy.canSeeAccount(0, a.id())) throw Problem.notFound();
        String profile = baseUrl + "/@" + a.handle();
        ctx.json(map(
                "subject", "acct:" + a.handle() + "@" + domain,
                "aliases", List.of(profile, baseUrl + "/users/" + a.handle()),
                "links",
                        List.of(
                                map(
                                        "rel",
                                        "http://webfinger.net/rel/profile-page",
                                        "type",
                                        "text/html",
                                        "href",
                                        profile),
                                map(
                                        "rel",
                                        "self",
                                        "type",
                                        "application/activity+json",
                                        "href",
                                        baseUrl + "/users/" + a.handle()))));
        ctx.contentType("application/jrd+json; charset=utf-8");
    }

    /** The handle a webfinger resource names: acct:ana@domain, ana@domain, or the profile address. */
    private String handleOf(String resource) {
        String r = resource;
        if (r.startsWith(baseUrl + "/@"))
            return r.substring(baseUrl.length() + 2).toLowerCase(Locale.ROOT);
        if (r.startsWith(baseUrl + "/users/"))
            return r.substring(baseUrl.length() + 7).toLowerCase(Locale.ROOT);
        if (r.regionMatches(true, 0, "acct:", 0, 5)) r = r.substring(5);
        if (r.startsWith("@")) r = r.substring(1);
        int at = r.lastIndexOf('@');
        if (at <= 0) throw Problem.badRequest("resource must be acct:user@" + domain);
        if (!r.substring(at + 1).equalsIgnoreCase(domain)) throw Problem.notFound();
        return r.substring(0, at).toLowerCase(Locale.ROOT);
    }

    private void nodeinfoLinks(Context ctx) {
        ctx.json(map(
                "links",
                List.of(map(
                        "rel", "http://nodeinfo.diaspora.software/ns/schema/2.0", "href", baseUrl + "/nodeinfo/2.0"))));
    }

    private void nodeinfo(Context ctx) {
        DescribeInstance.Facts f = describe.facts();
        // Nodeinfo's members are camelCase, unlike the Mastodon API: these maps are written as they are.
        ctx.json(map(
                "version", "2.0",
                "software", map("name", "rapport", "version", "0.1.0"),
                "protocols", List.of(),
                "services", map("outbound", List.of(), "inbound", List.of()),
                "usage",
                        map(
                                "users",
                                map("total", f.users(), "activeMonth", f.users(), "activeHalfyear", f.users()),
                                "localPosts",
                                f.localPosts()),
                "openRegistrations", f.registration() == Settings.Registration.OPEN,
                // Client libraries (megalodon, behind Whalebird and Fedistar) pick their API by the software
                // name, and take a server whose upstream is Mastodon as speaking Mastodon's client API.
                "metadata", map("nodeName", "Rapport", "upstream", map("name", "Mastodon", "version", "4.3.0"))));
        ctx.contentType("application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.0#\"");
    }
}
