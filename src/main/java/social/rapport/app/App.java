package social.rapport.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import social.rapport.account.AccountCounts;
import social.rapport.account.AccountStore;
import social.rapport.account.ChangePassword;
import social.rapport.account.DeleteAccount;
import social.rapport.account.DescribeInstance;
import social.rapport.account.EndSession;
import social.rapport.account.FindAccount;
import social.rapport.account.ListSessions;
import social.rapport.account.LiveCredentials;
import social.rapport.account.RevokeToken;
import social.rapport.account.Settings;
import social.rapport.account.ShowAccount;
import social.rapport.account.SignIn;
import social.rapport.account.SignUp;
import social.rapport.account.SignedOutAccess;
import social.rapport.account.SuspendAccount;
import social.rapport.account.TokenViewers;
import social.rapport.account.Tokens;
import social.rapport.account.UpdateProfile;
import social.rapport.account.WebSessions;
import social.rapport.account.api.AccountRoutes;
import social.rapport.account.api.AdminAccountRoutes;
import social.rapport.account.api.InstanceRoutes;
import social.rapport.account.api.InstanceSettingsRoutes;
import social.rapport.account.api.OAuthRoutes;
import social.rapport.account.api.SessionRoutes;
import social.rapport.account.oauth.OAuth;
import social.rapport.account.oauth.RegisterApp;
import social.rapport.account.oauth.SignUpByApp;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Ids;
import social.rapport.graph.SocialGraph;
import social.rapport.limits.RateLimitGate;
import social.rapport.limits.RateLimits;
import social.rapport.notify.Notifications;
import social.rapport.page.SocialPages;
import social.rapport.page.WebPages;
import social.rapport.push.Push;
import social.rapport.relation.MuteClock;
import social.rapport.relation.RelationLimits;
import social.rapport.relation.RelationsModule;
import social.rapport.report.Reports;
import social.rapport.review.ResearchCards;
import social.rapport.review.ReviewQueue;
import social.rapport.review.ViewAs;
import social.rapport.search.Search;
import social.rapport.status.Conversations;
import social.rapport.status.Posts;
import social.rapport.status.RelationPostFacts;
import social.rapport.store.Database;
import social.rapport.store.Outbox;
import social.rapport.timeline.AccountStatuses;
import social.rapport.timeline.Timelines;
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
    private final OAuth oauth;
    private final WebSessions webSessions;
    private final SignIn signIn;
    private final ChangePassword changePassword;
    private final DeleteAccount deleteAccount;
    private final RateLimits rateLimits;
    private final AccountCounts accountCounts;
    private final UpdateProfile updateProfile;
    private final FindAccount findAccount;
    private final ShowAccount showAccount;
    private final ListSessions listSessions;
    private final EndSession endSession;
    private final RevokeToken revokeToken;
    private final Posts posts;
    private final Timelines timelines;
    private final Notifications notifications;
    private final Search search;
    private final ViewAs viewAs;
    private final Reports reports;
    private final Push push;
    private final SignedOutAccess signedOut;
    private final List<Routes> routes = new ArrayList<>();

    public App(Config config, Clock clock) {
        this.config = config;
        this.db = Database.open(config.jdbcUrl(), clock);
        db.migrate();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        this.settings = new Settings(db);
        this.signedOut = new SignedOutAccess(settings);
        this.signUp = new SignUp(db, accounts, settings);
        this.tokens = new Tokens(db);
        this.oauth = new OAuth(db, tokens, accounts);
        this.webSessions = new WebSessions(db, config.sessionIdle());
        this.rateLimits = new RateLimits(config.rateLimits(), config.trustProxy(), clock);
        this.signIn = new SignIn(db, accounts, rateLimits::passwordCheck);
        this.changePassword = new ChangePassword(db, accounts, webSessions, tokens, rateLimits::passwordCheck);
        this.deleteAccount = new DeleteAccount(db, accounts, webSessions, tokens, rateLimits::passwordCheck);
        this.updateProfile = new UpdateProfile(db, accounts);
        this.findAccount = new FindAccount(db, accounts, config.domain());
        this.listSessions = new ListSessions(webSessions, tokens, oauth);
        this.endSession = new EndSession(db, webSessions);
        this.revokeToken = new RevokeToken(db, tokens);
        TokenViewers tokenViewers = new TokenViewers(db, tokens, accounts);
        WebPages pages = new WebPages(
                new WebPages.Services(
                        db,
                        accounts,
                        settings,
                        signUp,
                        signIn,
                        webSessions,
                        changePassword,
                        deleteAccount,
                        rateLimits,
                        oauth,
                        updateProfile,
                        findAccount,
                        listSessions,
                        endSession,
                        revokeToken,
                        signedOut),
                config.sessionIdle(),
                config.trustProxy(),
                clock);

        this.relations = new RelationsModule(
                db,
                accounts,
                config.baseUrl(),
                RelationLimits.DEFAULTS,
                new Conversations(db),
                signedOut::profiles,
                new RelationPostFacts());
        this.accountCounts = relations.counts;
        this.showAccount = new ShowAccount(findAccount, accountCounts, relations.policy, config.baseUrl());
        this.posts = new Posts(
                db,
                relations.policy,
                accounts,
                (owner, circle) -> db.read(h -> relations
                        .circleStore
                        .byId(h, circle)
                        .filter(c -> c.ownerId() == owner)
                        .isPresent()),
                new Ids(clock),
                config.baseUrl());
        AccountStatuses.Introductions introductions = (h, owner) ->
                relations.profiles.introduction(h, owner).map(i -> i.postIds()).orElse(List.of());
        this.timelines = new Timelines(db, posts, accounts, relations.graph, introductions);
        this.notifications = new Notifications(
                db, posts, accounts, relations, clock, new LiveCredentials(db, config.sessionIdle())::liveUntil);
        this.search = new Search(db, accounts, posts.access(), config.domain(), signedOut::search);
        this.reports = new Reports(db, posts, accounts, clock);
        this.push = new Push(db, notifications, relations.graph, config.baseUrl());

        ResearchCards cards = new ResearchCards(relations, timelines, clock);
        this.viewAs = new ViewAs(relations, posts, accounts, introductions, findAccount, config.baseUrl());
        SocialPages social = new SocialPages(
                pages.pages(),
                new SocialPages.Services(
                        relations,
                        posts,
                        timelines,
                        cards,
                        new ReviewQueue(relations, cards),
                        findAccount,
                        search,
                        viewAs,
                        notifications,
                        reports));
        pages.pages().countUnreadWith(notifications.read()::unreadCount);

        // Fixed paths such as /api/v1/accounts/relationships must come before /api/v1/accounts/{id}.
        routes.addAll(relations.routes());
        routes.add(posts.routes());
        routes.add(timelines.routes());
        routes.add(search.routes(accountCounts, config.baseUrl()));
        routes.add(notifications.routes());
        routes.add(notifications.streamRoutes(tokenViewers::byToken));
        routes.add(reports.routes());
        routes.add(push.routes());
        routes.add(new AdminAccountRoutes(new SuspendAccount(db, accounts)));
        routes.add(new InstanceSettingsRoutes(signedOut));
        List<RequestGate> gates = new ArrayList<>();
        gates.add(new RateLimitGate(rateLimits));
        routes.add(new OAuthRoutes(oauth, new RegisterApp(db), rateLimits, config.baseUrl(), push.vapidKey()));
        routes.add(new AccountRoutes(
                new SignUpByApp(signUp, tokens, oauth),
                findAccount,
                updateProfile,
                accountCounts,
                rateLimits,
                config.baseUrl(),
                showAccount));
        routes.add(new InstanceRoutes(
                new DescribeInstance(db, accounts, settings, posts::localCount),
                config.baseUrl(),
                config.domain(),
                "",
                relations.policy,
                push.vapidKey()));
        routes.add(new SessionRoutes(
                listSessions, endSession, revokeToken, changePassword, deleteAccount, rateLimits::clientIp));
        routes.addAll(pages.routes());
        routes.addAll(social.routes());
        gates.add(pages.csrfGate());
        // The API and the OAuth endpoints take bearer tokens only; pages take the browser session only,
        // so a cookie can never authorise an API call and a token never a form.
        ViewerResolver viewers = ctx -> {
            if (!WebServer.wantsJson(ctx)) return pages.viewer(ctx);
            Viewer byToken = tokenViewers.resolve(ctx);
            return byToken != null ? byToken : Viewer.ANONYMOUS;
        };
        this.web = new WebServer(new WebServer.Setup(
                config.host(),
                config.port(),
                db,
                viewers,
                gates,
                routes,
                pages.errors(),
                metrics,
                config.trustProxy()));
    }

    public App start() {
        // Reactions that a stop between a commit and its reactions left undone run before serving.
        db.outbox().catchUp();
        db.outbox().prune();
        db.outbox().sweepEvery(Outbox.SWEEP);
        push.start();
        web.start();
        return this;
    }

    public int port() {
        return web.port();
    }
    /** Every feature's routes, in registration order (tests walk them). */
    public List<Routes> routes() {
        return List.copyOf(routes);
    }

    public Database db() {
        return db;
    }

    public Config config() {
        return config;
    }

    public AccountStore accounts() {
        return accounts;
    }

    public Settings settings() {
        return settings;
    }
    /** What signed-out visitors may do: see profiles, search. */
    public SignedOutAccess signedOut() {
        return signedOut;
    }

    public SignUp signUp() {
        return signUp;
    }

    public Tokens tokens() {
        return tokens;
    }

    public RelationsModule relations() {
        return relations;
    }
    /** The in-memory social graph, current with every committed relationship change. */
    public SocialGraph graph() {
        return relations.graph;
    }
    /** THE audience policy: every read path asks it who may see what. */
    public AudiencePolicy policy() {
        return relations.policy;
    }
    /** Whether one account has muted another right now (for timelines and notifications). */
    public MuteClock mutes() {
        return relations.mutes;
    }

    public OAuth oauth() {
        return oauth;
    }

    public WebSessions webSessions() {
        return webSessions;
    }

    public SignIn signIn() {
        return signIn;
    }

    public ChangePassword changePassword() {
        return changePassword;
    }

    public DeleteAccount deleteAccount() {
        return deleteAccount;
    }

    public RateLimits rateLimits() {
        return rateLimits;
    }
    /** Follower and following counts for Account entities, hidden when the viewer may not see the lists. */
    public AccountCounts accountCounts() {
        return accountCounts;
    }

    public UpdateProfile updateProfile() {
        return updateProfile;
    }

    public FindAccount findAccount() {
        return findAccount;
    }
    /** An account entity as a viewer may see it: what GET /api/v1/accounts/:id and lookup answer. */
    public ShowAccount showAccount() {
        return showAccount;
    }

    public Posts posts() {
        return posts;
    }

    public Timelines timelines() {
        return timelines;
    }

    public Notifications notifications() {
        return notifications;
    }
    /** Finding accounts and hashtags, for the search API and the composer's suggestions. */
    public Search search() {
        return search;
    }
    /** One's own profile as somebody else would see it, asked of the audience policy. */
    public ViewAs viewAs() {
        return viewAs;
    }

    public Reports reports() {
        return reports;
    }

    @Override
    public void close() {
        notifications.streams().close();
        push.close();
        web.stop();
        db.close();
    }
}
