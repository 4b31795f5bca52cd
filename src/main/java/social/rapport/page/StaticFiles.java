package social.rapport.page;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import social.rapport.web.Routes;

/** The stylesheet, the htmx and cytoscape scripts and our own scripts, served from the build. */
public final class StaticFiles implements Routes {
    private final byte[] css;
    private final byte[] htmx;
    private final byte[] composer;
    private final byte[] cytoscape;
    private final byte[] network;
    private final byte[] live;

    public StaticFiles() {
        this.css = resource("/static/rapport.css");
        this.composer = resource("/static/composer.js");
        this.htmx = resource("/META-INF/resources/webjars/htmx.org/2.0.10/dist/htmx.min.js");
        this.cytoscape = resource("/META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
        this.network = resource("/static/network.js");
        this.live = resource("/static/live.js");
    }

    @Override
    public void register(RoutesConfig r) {
        r.get(
                "/static/rapport.css",
                ctx -> ctx.header("Cache-Control", "public, max-age=3600")
                        .contentType("text/css; charset=utf-8")
                        .result(css));
        r.get(
                "/static/htmx.min.js",
                ctx -> ctx.header("Cache-Control", "public, max-age=86400")
                        .contentType("text/javascript; charset=utf-8")
                        .result(htmx));
        r.get(
                "/static/composer.js",
                ctx -> ctx.header("Cache-Control", "public, max-age=3600")
                        .contentType("text/javascript; charset=utf-8")
                        .result(composer));
        r.get(
                "/static/cytoscape.min.js",
                ctx -> ctx.header("Cache-Control", "public, max-age=86400")
                        .contentType("text/javascript; charset=utf-8")
                        .result(cytoscape));
        r.get(
                "/static/network.js",
                ctx -> ctx.header("Cache-Control", "public, max-age=3600")
                        .contentType("text/javascript; charset=utf-8")
                        .result(network));
        r.get(
                "/static/live.js",
                ctx -> ctx.header("Cache-Control", "public, max-age=3600")
                        .contentType("text/javascript; charset=utf-8")
                        .result(live));
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
