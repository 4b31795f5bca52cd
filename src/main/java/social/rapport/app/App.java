package social.rapport.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import social.rapport.account.AccountStore;
import social.rapport.account.Settings;
import social.rapport.account.SignUp;
import social.rapport.account.TokenViewers;
import social.rapport.account.Tokens;
import social.rapport.account.VisibleAccounts;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Ids;
import social.rapport.graph.GraphRelations;
import social.rapport.graph.SocialGraph;
import social.rapport.status.Posts;
import social.rapport.timeline.Timelines;
import social.rapport.store.Database;
import social.rapport.web.HtmlErrors;
import social.rapport.web.RequestGate;
import social.rapport.web.Routes;
import social.rapport.web.Viewer;
import social.rapport.web.ViewerResolver;
import social.rapport.web.WebServer;

/**
 * Hand-written wiring: constructors, no statics, no container. Reading this file tells what the
 * server is made of.
 */
public final class App implements AutoCloseable {
    private final Config config;
    private final Database db;
    private final WebServer web;
    private final AccountStore accounts = new AccountStore();
    private final Settings settings;
    private final SignUp signUp;
    private final Tokens tokens;
    private final SocialGraph graph = new SocialGraph();
    private final AudiencePolicy policy;
    private final Posts posts;
    private final Timelines timelines;

    public App(Config config, Clock clock) {
        this.config = config;
        this.db = Database.open(config.jdbcUrl(), clock);
        db.migrate();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        this.settings = new Settings(db);
        this.signUp = new SignUp(db, accounts, settings);
        this.tokens = new Tokens(db);
        TokenViewers tokenViewers = new TokenViewers(db, tokens, accounts);

        VisibleAccounts visibleAccounts = new VisibleAccounts(db, accounts);
        this.policy = new AudiencePolicy(new GraphRelations(graph, visibleAccounts::visible));
        // Until circles are stored, a circle is the author's when the graph holds it under their id.
        this.posts = new Posts(db, policy, accounts, (owner, circle) -> graph.circleMembers(owner, circle).length > 0,
                new Ids(clock), config.baseUrl());
        this.timelines = new Timelines(db, posts, accounts, graph);

        List<Routes> routes = new ArrayList<>();
        routes.add(posts.routes());
        routes.add(timelines.routes());
        List<RequestGate> gates = new ArrayList<>();
        ViewerResolver viewers = ctx -> {
            Viewer byToken = tokenViewers.resolve(ctx);
            return byToken != null ? byToken : Viewer.ANONYMOUS;
        };
        this.web = new WebServer(new WebServer.Setup(config.host(), config.port(), db, viewers,
                gates, routes, HtmlErrors.PLAIN, metrics));
    }

    public App start() {
        web.start();
        return this;
    }

    public int port() { return web.port(); }
    public Database db() { return db; }
    public Config config() { return config; }
    public AccountStore accounts() { return accounts; }
    public Settings settings() { return settings; }
    public SignUp signUp() { return signUp; }
    public Tokens tokens() { return tokens; }
    public SocialGraph graph() { return graph; }
    public AudiencePolicy policy() { return policy; }
    public Posts posts() { return posts; }
    public Timelines timelines() { return timelines; }

    @Override
    public void close() {
        web.stop();
        db.close();
    }
}
