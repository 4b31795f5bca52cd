package social.rapport.share;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import social.rapport.core.Problem;
import social.rapport.status.StatusEntity;
import social.rapport.web.Html;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * Sharing out: RSS and Atom feeds of a person's and a hashtag's public posts, a post's embeddable
 * page and the oEmbed answer that points at it. Each shows only what a signed-out visitor may see,
 * whoever asks, so none of them depends on a cookie or a token.
 */
public final class ShareRoutes implements Routes {
    static final String RSS = "application/rss+xml; charset=utf-8";
    static final String ATOM = "application/atom+xml; charset=utf-8";
    /** Feeds are the same for everyone: shared caches may keep them for a minute. */
    static final String FEED_CACHE = "public, max-age=60";
    /** Mastodon's defaults for an embedded post's frame. */
    static final int WIDTH = 400;

    static final int HEIGHT = 300;
    static final int CACHE_AGE = 86_400;

    /** The oEmbed answer (type `rich`), in Mastodon's shape. */
    public record OEmbed(
            String type,
            String version,
            String title,
            String authorName,
            String authorUrl,
            String providerName,
            String providerUrl,
            int cacheAge,
            String html,
            int width,
            int height) {}

    private final Feeds feeds;
    private final Embeds embeds;
    private final String baseUrl;
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public ShareRoutes(Feeds feeds, Embeds embeds, String baseUrl) {
        this.feeds = feeds;
        this.embeds = embeds;
        this.baseUrl = baseUrl;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/@{handle}.rss", ctx -> feed(ctx, RSS, FeedXml::rss, feeds.profile(ctx.pathParam("handle"))));
        r.get("/@{handle}.atom", ctx -> feed(ctx, ATOM, FeedXml::atom, feeds.profile(ctx.pathParam("handle"))));
        r.get("/tags/{tag}.rss", ctx -> feed(ctx, RSS, FeedXml::rss, feeds.tag(ctx.pathParam("tag"))));
        r.get("/tags/{tag}.atom", ctx -> feed(ctx, ATOM, FeedXml::atom, feeds.tag(ctx.pathParam("tag"))));
        r.get("/@{handle}/{id}/embed", this::embed);
        r.get("/api/oembed", this::oembed);
    }

    private static void feed(Context ctx, String type, Function<Feed, String> format, Feed feed) {
        send(ctx, type, FEED_CACHE, format.apply(feed));
    }

    /** The post alone, in a small page other sites may frame; only this page may be framed. */
    private void embed(Context ctx) {
        StatusEntity post = embeds.post(ctx.pathParam("handle"), Web.longId(ctx, "id"));
        StringOutput out = new StringOutput();
        engine.render("share/embed.jte", Map.of("post", post), out);
        ctx.header(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors *");
        ctx.header("Referrer-Policy", "same-origin");
        // Revalidated each time, so a post deleted or narrowed since is not shown from a cache.
        send(ctx, "text/html; charset=utf-8", "no-cache", out.toString());
    }

    /** Mastodon's oEmbed endpoint: `url` of a post here; `maxwidth`, `maxheight`; only the JSON format. */
    private void oembed(Context ctx) {
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) throw Problem.badRequest("Missing url: the address of a post is required");
        String format = ctx.queryParam("format");
        if (format != null && !format.equalsIgnoreCase("json")) {
            ctx.status(501).json(Map.of("error", "Only the json format is supported"));
            return;
        }
        int width = Math.min(WIDTH, dimension(ctx, "maxwidth", WIDTH));
        int height = Math.min(HEIGHT, dimension(ctx, "maxheight", HEIGHT));
        StatusEntity post = embeds.byUrl(url);
        String name = post.account().displayName().isBlank()
                ? post.account().username()
                : post.account().displayName();
        String embed = post.url() + "/embed";
        String html = "<iframe src=\"" + Html.escape(embed) + "\" class=\"rapport-embed\""
                + " style=\"max-width: 100%; border: 0\" width=\"" + width + "\" height=\"" + height + "\""
                + " sandbox=\"allow-popups allow-popups-to-escape-sandbox\""
                + " title=\"" + Html.escape("Post by " + name) + "\"></iframe>";
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.json(new OEmbed(
                "rich",
                "1.0",
                "New post by " + name,
                name,
                post.account().url(),
                "Rapport",
                baseUrl + "/",
                CACHE_AGE,
                html,
                width,
                height));
    }

    /** A positive whole number of pixels, or the default when absent; anything else is a 400. */
    private static int dimension(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
            // answered below, as any other value that is not a positive number
        }
        throw Problem.badRequest(name + " must be a positive whole number of pixels");
    }

    /** Sends a body with a strong ETag; a client that already holds it gets 304 without the body. */
    private static void send(Context ctx, String type, String cacheControl, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 16) + "\"";
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", etag);
        String held = ctx.header("If-None-Match");
        if (held != null
                && (held.strip().equals("*")
                        || java.util.Arrays.stream(held.split(","))
                                .map(String::strip)
                                .anyMatch(etag::equals))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(type).result(bytes);
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
