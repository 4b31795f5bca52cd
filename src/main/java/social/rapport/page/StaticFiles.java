package social.rapport.page;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import social.rapport.web.Routes;

/**
 * The stylesheets, the htmx, cytoscape and blurhash scripts, our own scripts, and the images that entities point
 * at (the default avatar and header, the instance thumbnail and icon), served from the build.
 */
public final class StaticFiles implements Routes {
    private static final String JS = "text/javascript; charset=utf-8";
    private static final String PNG = "image/png";

    /** One file: where it is served, where the build holds it, its type and how long caches keep it. */
    private record File(String path, String resource, String type, int maxAge) {}

    private static final List<File> FILES = List.of(
            new File("/static/rapport.css", "/static/rapport.css", "text/css; charset=utf-8", 3600),
            new File("/static/htmx.min.js", "/META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js", JS, 86400),
            new File("/static/composer.js", "/static/composer.js", JS, 3600),
            new File(
                    "/static/cytoscape.min.js",
                    "/META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js",
                    JS,
                    86400),
            new File("/static/network.js", "/static/network.js", JS, 3600),
            new File("/static/live.js", "/static/live.js", JS, 3600),
            new File("/static/share.js", "/static/share.js", JS, 3600),
            new File("/static/blurhash.js", "/META-INF/resources/webjars/blurhash/2.0.5/dist/esm/index.js", JS, 86400),
            new File("/static/media.js", "/static/media.js", JS, 3600),
            new File("/static/attach.js", "/static/attach.js", JS, 3600),
            new File("/static/media.css", "/static/media.css", "text/css; charset=utf-8", 3600),
            new File("/static/embed.css", "/static/embed.css", "text/css; charset=utf-8", 3600),
            new File("/avatar-missing.png", "/static/img/avatar-missing.png", PNG, 86400),
            new File("/header-missing.png", "/static/img/header-missing.png", PNG, 86400),
            new File("/thumbnail.png", "/static/img/thumbnail.png", PNG, 86400),
            new File("/app-icon.png", "/static/img/app-icon.png", PNG, 86400));

    @Override
    public void register(RoutesConfig r) {
        for (File f : FILES) {
            byte[] body = resource(f.resource());
            String cache = "public, max-age=" + f.maxAge();
            r.get(
                    f.path(),
                    ctx -> ctx.header("Cache-Control", cache)
                            .contentType(f.type())
                            .result(body));
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
