package social.rapport.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import social.rapport.core.Problem;
import social.rapport.status.StatusEntity;
import social.rapport.web.Routes;
import social.rapport.web.Web;

/**
 * A post's thread at /@handle/id: the post with its ancestors and replies, each checked on its own
 * by the same services as the API's context, and link-preview meta tags for the post. A post the
 * viewer may not see, a reblog, or a handle that is not the author's is the same 404 page as a
 * post that does not exist, without any meta tags.
 */
final class ThreadPages implements Routes {
    static final int DESCRIPTION = 200;
    private final Pages pages;
    private final SocialPages.Services s;

    ThreadPages(Pages pages, SocialPages.Services services) {
        this.pages = pages;
        this.s = services;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/@{handle}/{id}", this::thread);
    }

    private void thread(Context ctx) {
        int viewer = BrowserSessions.current(ctx).map(f -> f.account().id()).orElse(0);
        long id = Web.longId(ctx, "id");
        var show = s.posts().services().show();
        StatusEntity post = show.show(viewer, id);
        if (post.reblog() != null) throw Problem.notFound();
        if (!post.account()
                .acct()
                .toLowerCase(Locale.ROOT)
                .equals(ctx.pathParam("handle").toLowerCase(Locale.ROOT))) {
            throw Problem.notFound();
        }
        StatusEntity.Context thread = show.context(viewer, id);
        String name = post.account().displayName().isBlank()
                ? post.account().username()
                : post.account().displayName();
        String title = "Post by " + name;
        Map<String, Object> model = new HashMap<>();
        model.put("post", post);
        model.put("ancestors", thread.ancestors());
        model.put("descendants", thread.descendants());
        model.put(
                "preview",
                new LinkPreview(name + " (" + Page.at(post.account().acct()) + ")", description(post), post.url()));
        model.put("oembed", embeddable(viewer, post) ? "/api/oembed?url=" + ReturnTo.encode(post.url()) : null);
        pages.render(ctx, "thread.jte", title, model);
    }

    /** Only a post a signed-out visitor may see is embedded elsewhere (the embed decides so too). */
    private boolean embeddable(int viewer, StatusEntity post) {
        if (viewer <= 0) return true;
        try {
            s.posts().services().show().show(0, Long.parseLong(post.id()));
            return true;
        } catch (Problem hidden) {
            return false;
        }
    }

    /** The content warning when there is one (never the text behind it), else the post as plain text, shortened. */
    static String description(StatusEntity post) {
        String text = post.spoilerText() != null && !post.spoilerText().isBlank()
                ? post.spoilerText()
                : plain(post.content());
        text = text.strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= DESCRIPTION) return text;
        return text.substring(0, text.offsetByCodePoints(0, DESCRIPTION - 1)).strip() + "…";
    }

    private static final java.util.regex.Pattern ENTITY =
            java.util.regex.Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|lt|gt|quot|apos|amp|nbsp);");

    /** Sanitised post HTML as text: block ends become spaces, tags go, entities are read. */
    static String plain(String html) {
        String text = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>|</blockquote>", " ")
                .replaceAll("<[^>]*>", "");
        return ENTITY.matcher(text).replaceAll(m -> {
            String e = m.group(1);
            String out = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "amp" -> "&";
                case "nbsp" -> " ";
                default -> {
                    int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X'
                            ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
                }
            };
            return java.util.regex.Matcher.quoteReplacement(out);
        });
    }
}
