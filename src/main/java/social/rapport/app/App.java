package social.rapport.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import social.rapport.store.Database;
import social.rapport.web.HtmlErrors;
import social.rapport.web.RequestGate;
import social.rapport.web.Routes;
import social.rapport.web.Viewer;
import social.rapport.web.WebServer;

/**
 * Hand-written wiring: constructors, no statics, no container. Reading this file tells what the
 * server is made of.
 */
public final class App implements AutoCloseable {
    private final Config config;
    private final Database db;
    private final WebServer web;

    public App(Config config, Clock clock) {
        this.config = config;
        this.db = Database.open(config.jdbcUrl(), clock);
        db.migrate();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        List<Routes> routes = new ArrayList<>();
        List<RequestGate> gates = new ArrayList<>();
        this.web = new WebServer(new WebServer.Setup(config.host(), config.port(), db, ctx -> Viewer.ANONYMOUS,
                gates, routes, HtmlErrors.PLAIN, metrics));
    }

    public App start() {
        web.start();
        return this;
    }

    public int port() { return web.port(); }
    public Database db() { return db; }
    public Config config() { return config; }

    @Override
    public void close() {
        web.stop();
        db.close();
    }
}
