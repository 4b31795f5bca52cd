package social.rapport.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import social.rapport.account.AccountCounts;
import social.rapport.account.AccountServices;
import social.rapport.account.AccountStore;
import social.rapport.account.ChangePassword;
import social.rapport.account.DeleteAccount;
import social.rapport.account.FindAccount;
import social.rapport.account.Settings;
import social.rapport.account.ShowAccount;
import social.rapport.account.SignIn;
import social.rapport.account.SignUp;
import social.rapport.account.SignedOutAccess;
import social.rapport.account.Tokens;
import social.rapport.account.UpdateProfile;
import social.rapport.account.WebSessions;
import social.rapport.account.oauth.OAuth;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Ids;
import social.rapport.core.Viewer;
import social.rapport.emoji.CustomEmojis;
import social.rapport.filter.Filters;
import social.rapport.graph.SocialGraph;
import social.rapport.group.GroupDirectory;
import social.rapport.group.GroupStore;
import social.rapport.group.Groups;
import social.rapport.limits.RateLimitGate;
import social.rapport.limits.RateLimits;
import social.rapport.list.ListCleanup;
import social.rapport.list.Lists;
import social.rapport.mail.Mailer;
import social.rapport.media.Media;
import social.rapport.media.MediaCleanup;
import social.rapport.media.MediaRoutes;
import social.rapport.message.Messages;
import social.rapport.notify.Notifications;
import social.rapport.page.SocialPages;
import social.rapport.page.WebPages;
import social.rapport.push.Push;
import social.rapport.push.PushReactions;
import social.rapport.relation.GraphLoader;
import social.rapport.relation.MuteClock;
import social.rapport.relation.RelationServices;
import social.rapport.relation.RelationsFeature;
import social.rapport.report.Reports;
import social.rapport.review.ViewAs;
import social.rapport.search.PostIndexing;
import social.rapport.search.Search;
import social.rapport.status.CacheReactions;
import social.rapport.status.Posts;
import social.rapport.store.Database;
import social.rapport.store.Outbox;
import social.rapport.tag.FollowedTags;
import social.rapport.tag.Tags;
import social.rapport.timeline.RecentPostsFeed;
import social.rapport.timeline.Timelines;
import social.rapport.web.Feature;
import social.rapport.web.RequestGate;
import social.rapport.web.Routes;
import social.rapport.web.UploadLimit;
import social.rapport.web.ViewerResolver;
import social.rapport.web.WebServer;

/**
 * The server as a short list of features, each built from the services it needs (see
 * {@link Features}); the graph and the audience policy are built once here, and every reaction to
 * a committed event is in one table ({@link Reactions}). Constructors, no statics, no container.
 */
public final class App implements AutoCloseable {
    private final Config config;
    private final Database db;
    private final WebServer web;
    private final RateLimits rateLimits;
    private final Mailer mailer;
    private final AccountServices account;
    private final GraphLoader.Loaded graph;
    private final AudiencePolicy policy;
    private final Feature<AccountServices, Feature.NoReactions> accounts;
    private final Feature<RelationServices, RelationsFeature.Reactions> relations;
    private final Feature<Posts, CacheReactions> posts;
    private final Feature<Media, MediaCleanup> media;
    private final Feature<Filters, ?> filters;
    private final Feature<Timelines, RecentPostsFeed> timelines;
    private final Feature<Lists, ListCleanup> lists;
    private final Feature<Groups, GroupDirectory> groups;
    private final Feature<Messages, ?> messages;
    private final Feature<Notifications, Reactions.Notifying> notifications;
    private final Feature<Push, PushReactions> push;
    private final Feature<Search, PostIndexing> search;
    private final Feature<Tags, FollowedTags> tags;
    private final Feature<Reports, ?> reports;
    private final Feature<Features.Review, ?> review;
    private final Feature<WebPages, ?> pages;
    private final ShowAccount showAccount;
    private final List<Routes> routes = new ArrayList<>();

    public App(Config config, Clock clock) {
        this.config = config;
        this.db = Database.open(config.jdbcUrl(), clock);
        db.migrate();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Ids ids = new Ids(clock);
        this.rateLimits = new RateLimits(config.rateLimits(), config.trustProxy(), clock);
        CustomEmojis emojis = new CustomEmojis(db, config.baseUrl());
        this.mailer = new Mailer(db, config.mail(), config.mailFolder(), config.domain());
        this.account = AccountServices.build(
                db,
                config.sessionIdle(),
                config.domain(),
                rateLimits::passwordCheck,
                emojis,
                mailer.queue(),
                config.baseUrl(),
                config.confirmEmail());
        // Group members in memory, for the policy's `group:<id>` grant; never part of the social graph.
        GroupDirectory groupMembers = GroupDirectory.load(db, new GroupStore());
        this.graph = GraphLoader.load(db, groupMembers);
        this.policy = new AudiencePolicy(graph.relations(), account.signedOut()::profiles);

        Features f = new Features(db, config, clock, ids, account, policy, emojis);
        this.relations = f.relations(graph);
        Media uploads = f.media();
        this.posts = f.posts(relations.services(), uploads.posts());
        this.media = f.mediaFeature(uploads, posts.services());
        FollowedTags followedTags = FollowedTags.load(db);
        this.tags = f.tags(posts.services(), followedTags);
        this.filters = f.filters(posts.services());
        this.timelines = f.timelines(posts.services(), relations.services(), followedTags);
        this.lists = f.lists(relations.services(), timelines.services());
        this.groups = f.groups(groupMembers, relations.services(), posts.services(), timelines.services());
        this.messages = f.messages(posts.services(), graph);
        this.notifications =
                f.notifications(posts.services(), graph, lists.services(), followedTags, messages.services());
        this.push = f.push(notifications.services(), graph);
        this.search = f.search(posts.services(), relations.services(), tags.services());
        this.reports = f.reports(posts.services());
        this.showAccount = f.showAccount(relations.services());
        this.accounts = f.accounts(
                rateLimits,
                relations.services(),
                posts.services(),
                showAccount,
                push.services().vapidKey());
        this.review = f.review(relations.services(), posts.services(), timelines.services());
        this.pages = f.pages(
                rateLimits,
                relations.services(),
                posts.services(),
                timelines.services(),
                review.services(),
                search.services(),
                notifications.services(),
                reports.services(),
                uploads,
                messages.services(),
                groups.services(),
                mailer);
        Reactions.register(
                db,
                new Reactions.Parts(
                        relations.reactions(),
                        posts.reactions(),
                        timelines.reactions(),
                        notifications.reactions(),
                        push.reactions(),
                        lists.reactions(),
                        tags.reactions(),
                        media.reactions(),
                        groups.reactions(),
                        search.reactions()));

        // Fixed paths such as /api/v1/accounts/relationships must come before /api/v1/accounts/{id}.
        List<Feature<?, ?>> all = List.of(
                relations,
                posts,
                media,
                filters,
                timelines,
                tags,
                lists,
                groups,
                search,
                messages,
                notifications,
                push,
                reports,
                accounts,
                review,
                pages);
        for (Feature<?, ?> feature : all) routes.addAll(feature.routes());
        for (Feature<?, ?> feature : all) routes.addAll(feature.pages());
        List<RequestGate> gates =
                List.of(new RateLimitGate(rateLimits), pages.services().csrfGate());
        // The API and the OAuth endpoints take bearer tokens only; pages take the browser session only,
        // so a cookie can never authorise an API call and a token never a form.
        WebPages web = pages.services();
        ViewerResolver viewers = ctx -> {
            if (!WebServer.wantsJson(ctx)) return web.viewer(ctx);
            Viewer byToken = account.tokenViewers().resolve(ctx);
            return byToken != null ? byToken : Viewer.ANONYMOUS;
        };
        this.web = new WebServer(new WebServer.Setup(
                config.host(),
                config.port(),
                db,
                viewers,
                gates,
                routes,
                web.errors(),
                metrics,
                config.trustProxy(),
                new UploadLimit(
                        union(MediaRoutes.UPLOAD_PATHS, SocialPages.UPLOAD_PATHS),
                        MediaParts.limits(config).largest())));
    }

    public App start() {
        // The index of posts is built from the store when it is missing, before the outbox catches it up.
        search.reactions().rebuildIfMissing();
        // Reactions that a stop between a commit and its reactions left undone run before serving.
        db.outbox().catchUp();
        db.outbox().prune();
        db.outbox().sweepEvery(Outbox.SWEEP);
        push.services().start();
        mailer.start();
        posts.services().jobs().start();
        media.services().start();
        web.start();
        return this;
    }

    /** Every HTTP endpoint the server answers, as "METHOD /path/{param}". */
    public List<String> endpoints() {
        return web.endpoints();
    }

    public int port() {
        return web.port();
    }
    /** Every feature's routes, in registration order (tests walk them). */
    public List<Routes> routes() {
        return List.copyOf(routes);
    }

    /** Outgoing mail: its queue, and the mails written to the data folder when no SMTP server is set. */
    public Mailer mailer() {
        return mailer;
    }

    public Database db() {
        return db;
    }

    public Config config() {
        return config;
    }

    public AccountStore accounts() {
        return account.accounts();
    }

    public Settings settings() {
        return account.settings();
    }
    /** What signed-out visitors may do: see profiles, search. */
    public SignedOutAccess signedOut() {
        return account.signedOut();
    }

    public SignUp signUp() {
        return account.signUp();
    }

    public Tokens tokens() {
        return account.tokens();
    }

    public RelationServices relations() {
        return relations.services();
    }
    /** The in-memory social graph, current with every committed relationship change. */
    public SocialGraph graph() {
        return graph.graph();
    }
    /** THE audience policy: every read path asks it who may see what. */
    public AudiencePolicy policy() {
        return policy;
    }
    /** Whether one account has muted another right now (for timelines and notifications). */
    public MuteClock mutes() {
        return graph.mutes();
    }

    public OAuth oauth() {
        return account.oauth();
    }

    public WebSessions webSessions() {
        return account.webSessions();
    }

    public SignIn signIn() {
        return account.signIn();
    }

    public ChangePassword changePassword() {
        return account.changePassword();
    }

    public DeleteAccount deleteAccount() {
        return account.deleteAccount();
    }

    public RateLimits rateLimits() {
        return rateLimits;
    }
    /** Follower and following counts for Account entities, hidden when the viewer may not see the lists. */
    public AccountCounts accountCounts() {
        return relations.services().counts();
    }

    public UpdateProfile updateProfile() {
        return account.updateProfile();
    }

    public FindAccount findAccount() {
        return account.findAccount();
    }
    /** An account entity as a viewer may see it: what GET /api/v1/accounts/:id and lookup answer. */
    public ShowAccount showAccount() {
        return showAccount;
    }

    public Filters filters() {
        return filters.services();
    }

    public Posts posts() {
        return posts.services();
    }

    public Timelines timelines() {
        return timelines.services();
    }

    /** People's lists, their members and timelines. */
    public Lists lists() {
        return lists.services();
    }

    /** Groups: their members, requests, roles and timelines. */
    public Groups groups() {
        return groups.services();
    }

    public Messages messages() {
        return messages.services();
    }

    public Notifications notifications() {
        return notifications.services();
    }
    /** Finding accounts and hashtags, for the search API and the composer's suggestions. */
    public Search search() {
        return search.services();
    }
    /** One's own profile as somebody else would see it, asked of the audience policy. */
    public ViewAs viewAs() {
        return review.services().viewAs();
    }

    /** Following and featuring hashtags. */
    public Tags tags() {
        return tags.services();
    }

    public Reports reports() {
        return reports.services();
    }

    /** Uploads and the media of posts. */
    public Media media() {
        return media.services();
    }

    @Override
    public void close() {
        notifications.services().streams().close();
        push.services().close();
        mailer.close();
        posts.services().jobs().close();
        media.services().close();
        web.stop();
        db.close();
        // After the database: no reaction can reach the index any more.
        search.reactions().close();
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
