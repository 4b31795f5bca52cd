package social.rapport.web;

import io.javalin.config.RoutesConfig;

/** A feature's HTTP surface. Each feature registers its own routes; the server holds the plumbing. */
public interface Routes {
    void register(RoutesConfig routes);
}
