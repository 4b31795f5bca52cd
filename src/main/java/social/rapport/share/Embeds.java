package social.rapport.share;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.status.ShowStatus;
import social.rapport.status.StatusEntity;

/**
 * Posts shown outside Rapport (an embedded frame, an oEmbed answer) are shown as a signed-out
 * visitor would see them, whoever asks: only a post the audience policy lets a visitor see. Any
 * other post, a repost, a handle that is not the author's, or an address that names no post here is
 * answered exactly as a missing post.
 */
public final class Embeds {
    private static final int ANONYMOUS = 0;
    private static final Pattern POST_PATH = Pattern.compile("/@([^/@]+)(?:@([^/]+))?/([0-9]{1,19})/?");
    private final ShowStatus show;
    private final URI base;

    public Embeds(ShowStatus show, String baseUrl) {
        this.show = show;
        this.base = URI.create(baseUrl);
    }

    /** The post at /@handle/id, as a visitor sees it. */
    public StatusEntity post(String handle, long id) {
        StatusEntity post = show.show(ANONYMOUS, id);
        if (post.reblog() != null) throw Problem.notFound();
        String h = handle.startsWith("@") ? handle.substring(1) : handle;
        if (!post.account().acct().toLowerCase(Locale.ROOT).equals(h.toLowerCase(Locale.ROOT))) {
            throw Problem.notFound();
        }
        return post;
    }

    /**
     * The post a post's address names (`https://this.server/@ana/123`, also with `@ana@this.domain`).
     * An address of another site, or of anything but a post, names no post here: not found.
     */
    public StatusEntity byUrl(String url) {
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw Problem.notFound();
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) throw Problem.notFound();
        if (u.getHost() == null || !u.getHost().equalsIgnoreCase(base.getHost())) throw Problem.notFound();
        if (!samePort(u, scheme)) throw Problem.notFound();
        Matcher m = POST_PATH.matcher(u.getPath() == null ? "" : u.getPath());
        if (!m.matches()) throw Problem.notFound();
        String domain = m.group(2);
        if (domain != null
                && !domain.equalsIgnoreCase(base.getHost())
                && !domain.equalsIgnoreCase(base.getAuthority())) {
            throw Problem.notFound();
        }
        long id = Ids.parse(m.group(3));
        if (id <= 0) throw Problem.notFound();
        return post(m.group(1), id);
    }

    /** The server's own port: the one it names, or (when it names none) none or the scheme's usual one. */
    private boolean samePort(URI u, String scheme) {
        if (base.getPort() >= 0) return u.getPort() == base.getPort();
        return u.getPort() < 0 || u.getPort() == (scheme.equals("https") ? 443 : 80);
    }
}
