package social.rapport.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import social.rapport.account.AccountCounts;
import social.rapport.account.AccountStore;
import social.rapport.account.Settings;
import social.rapport.account.SignUp;
import social.rapport.account.TokenViewers;
import social.rapport.account.Tokens;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Ids;
import social.rapport.graph.SocialGraph;
import social.rapport.relation.RelationLimits;
import social.rapport.relation.RelationsModule;
import social.rapport.relation.connect.SharedContext;
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
    private final RelationsModule relations;
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

        this.relations = new RelationsModule(db, accounts, config.baseUrl(), RelationLimits.DEFAULTS,
                SharedContext.NOTHING_YET);
        this.posts = new Posts(db, relations.policy, accounts, (owner, circle) -> db.read(h ->
                relations.circleStore.byId(h, circle).filter(c -> c.ownerId() == owner).isPresent()),
                new Ids(clock), config.baseUrl());
        this.timelines = new Timelines(db, posts, accounts, relations.graph, (h, owner) ->
                relations.profiles.introduction(h, owner).map(i -> i.postIds()).orElse(List.of()));

        List<Routes> routes = new ArrayList<>();
        // Fixed paths such as /api/v1/accounts/relationships must come before /api/v1/accounts/{id}.
        routes.addAll(relations.routes());
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
    public RelationsModule relations() { return relations; }
    /** The in-memory social graph, current with every committed relationship change. */
    public SocialGraph graph() { return relations.graph; }
    /** THE audience policy: every read path asks it who may see what. */
    public AudiencePolicy policy() { return relations.policy; }
    /** Follower and following counts for Account entities, hidden when the viewer may not see the lists. */
    public AccountCounts accountCounts() { return relations.counts; }
    public Posts posts() { return posts; }
    public Timelines timelines() { return timelines; }

    @Override
    public void close() {
        web.stop();
        db.close();
    }
}
