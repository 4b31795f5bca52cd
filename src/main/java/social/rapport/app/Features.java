package social.rapport.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import social.rapport.account.AccountServices;
import social.rapport.account.DescribeInstance;
import social.rapport.account.InstanceRules;
import social.rapport.account.ShowAccount;
import social.rapport.account.api.AccountRoutes;
import social.rapport.account.api.AdminAccountRoutes;
import social.rapport.account.api.EmailRoutes;
import social.rapport.account.api.InstanceRoutes;
import social.rapport.account.api.InstanceSettingsRoutes;
import social.rapport.account.api.OAuthRoutes;
import social.rapport.account.api.PasswordResetRoutes;
import social.rapport.account.api.SessionRoutes;
import social.rapport.account.avatar.ChangeProfileImages;
import social.rapport.account.avatar.FaceRenderer;
import social.rapport.account.avatar.MediaProfileMaker;
import social.rapport.account.avatar.ProfileImageRoutes;
import social.rapport.account.oauth.RegisterApp;
import social.rapport.account.oauth.SignUpByApp;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Ids;
import social.rapport.emoji.CustomEmojis;
import social.rapport.emoji.EmojiRoutes;
import social.rapport.emoji.ManageEmojis;
import social.rapport.emoji.page.EmojiPages;
import social.rapport.files.BlobStore;
import social.rapport.filter.ActiveFilters;
import social.rapport.filter.Filters;
import social.rapport.group.GroupDirectory;
import social.rapport.group.GroupPostingCheck;
import social.rapport.group.GroupStore;
import social.rapport.group.Groups;
import social.rapport.group.GroupsInCommon;
import social.rapport.group.page.GroupPages;
import social.rapport.limits.RateLimits;
import social.rapport.list.ListCleanup;
import social.rapport.list.ListLimits;
import social.rapport.list.ListStore;
import social.rapport.list.Lists;
import social.rapport.mail.Mailer;
import social.rapport.media.Media;
import social.rapport.media.MediaCleanup;
import social.rapport.message.Messages;
import social.rapport.message.TalkedBefore;
import social.rapport.message.page.MessagePages;
import social.rapport.notify.Notifications;
import social.rapport.page.AnnouncementPages;
import social.rapport.page.MailPages;
import social.rapport.page.ProfileImagePages;
import social.rapport.page.SocialPages;
import social.rapport.page.WebPages;
import social.rapport.push.Push;
import social.rapport.push.PushReactions;
import social.rapport.relation.GraphLoader;
import social.rapport.relation.RelationLimits;
import social.rapport.relation.RelationServices;
import social.rapport.relation.RelationsFeature;
import social.rapport.relation.connect.SharedContext;
import social.rapport.report.Reports;
import social.rapport.report.page.ReportPages;
import social.rapport.review.ResearchCards;
import social.rapport.review.ReviewQueue;
import social.rapport.review.ViewAs;
import social.rapport.search.FindPosts;
import social.rapport.search.PostIndexing;
import social.rapport.search.Search;
import social.rapport.share.Embeds;
import social.rapport.share.Feeds;
import social.rapport.share.ShareRoutes;
import social.rapport.status.CacheReactions;
import social.rapport.status.Conversations;
import social.rapport.status.PostMedia;
import social.rapport.status.Posts;
import social.rapport.status.RelationPostFacts;
import social.rapport.store.Database;
import social.rapport.tag.FollowedTags;
import social.rapport.tag.Tags;
import social.rapport.timeline.AccountStatuses;
import social.rapport.timeline.RecentPostsFeed;
import social.rapport.timeline.Timelines;
import social.rapport.web.Feature;
import social.rapport.web.Routes;

/**
 * How each feature is built, from what it needs: one method per feature, in the order the App calls
 * them. What every feature shares (the database, the configuration, the clock, ids, the account
 * services and THE audience policy) is given once.
 */
final class Features {
    /** The review feature's services: research cards, the review queue and "view as". */
    record Review(ResearchCards cards, ReviewQueue queue, ViewAs viewAs) {}

    private final Database db;
    private final Config config;
    private final Clock clock;
    private final Ids ids;
    private final AccountServices account;
    private final AudiencePolicy policy;
    /** Lists' SQL, shared by the lists feature and home, which leaves out members of exclusive lists. */
    private final ListStore listStore = new ListStore();
    /** Groups' SQL, shared by the groups feature, the posts (who may post to a group) and screening. */
    private final GroupStore groupStore = new GroupStore();
    /** The custom emoji, the files of profile images and emoji, and the changes of profile images. */
    private final CustomEmojis emojis;

    private final BlobStore blobs;
    private final ChangeProfileImages profileImages;

    Features(
            Database db,
            Config config,
            Clock clock,
            Ids ids,
            AccountServices account,
            AudiencePolicy policy,
            CustomEmojis emojis) {
        this.emojis = emojis;
        this.blobs = MediaParts.blobs(config);
        this.profileImages = new ChangeProfileImages(db, blobs, new MediaProfileMaker());
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.ids = ids;
        this.account = account;
        this.policy = policy;
    }

    Feature<RelationServices, RelationsFeature.Reactions> relations(GraphLoader.Loaded graph) {
        return RelationsFeature.build(
                db,
                account.accounts(),
                config.baseUrl(),
                RelationLimits.DEFAULTS,
                new TalkedBefore(sharedContext(), db),
                graph,
                policy,
                new RelationPostFacts());
    }

    /**
     * What screening asks of other features: a group in common (the groups feature), an earlier
     * conversation (the posts).
     */
    private SharedContext sharedContext() {
        Conversations conversations = new Conversations(db);
        GroupsInCommon groups = new GroupsInCommon(db, groupStore);
        return new SharedContext() {
            @Override
            public boolean groupInCommon(int a, int b) {
                return groups.shared(a, b);
            }

            @Override
            public boolean earlierConversation(int a, int b) {
                return conversations.earlierConversation(a, b);
            }
        };
    }

    /** Groups; their reaction keeps the members in memory (which the audience policy asks) current. */
    Feature<Groups, GroupDirectory> groups(
            GroupDirectory directory, RelationServices relations, Posts posts, Timelines timelines) {
        Groups g = new Groups(
                db,
                groupStore,
                directory,
                account.accounts(),
                policy,
                posts.services().delete(),
                posts.held(),
                timelines.group(),
                relations.cards());
        return new Feature<>(g, List.of(g.routes()), List.of(), directory);
    }

    /**
     * Media: built before the posts, which check, attach and show them through {@link Media#posts()};
     * their files are served once the posts exist ({@link #mediaFeature}).
     */
    Media media() {
        return new Media(
                db, policy, MediaParts.processor(config), blobs, ids, MediaParts.limits(config), config.baseUrl());
    }

    /** The media routes; their durable reactions remove the files of deleted posts and accounts. */
    Feature<Media, MediaCleanup> mediaFeature(Media media, Posts posts) {
        media.serveWith(posts.access());
        return new Feature<>(media, media.routes(clock), List.of(), media.cleanup());
    }

    /** Posts; their reactions: the stored-post cache drops what edits and deletions change. */
    Feature<Posts, CacheReactions> posts(RelationServices relations, PostMedia media) {
        Posts posts = new Posts(
                db,
                policy,
                account.accounts(),
                (owner, circle) -> db.read(h -> relations
                        .circleStore()
                        .byId(h, circle)
                        .filter(c -> c.ownerId() == owner)
                        .isPresent()),
                new GroupPostingCheck(groupStore, policy.relations()),
                ids,
                config.baseUrl(),
                ActiveFilters.of(db.clock()),
                media);
        return new Feature<>(posts, posts.allRoutes(), List.of(), posts.cacheReactions());
    }

    /** A person's filters; rendering applies them through the posts' views, so they have no reactions. */
    Feature<Filters, Feature.NoReactions> filters(Posts posts) {
        Filters f = new Filters(db, posts.access());
        return Feature.of(f, List.of(f.routes()));
    }

    private static AccountStatuses.Introductions introductions(RelationServices relations) {
        return (h, owner) -> relations
                .profiles()
                .introduction(h, owner)
                .map(i -> i.postIds())
                .orElse(List.of());
    }

    /** Timelines; their reactions keep the recent-posts index current. */
    Feature<Timelines, RecentPostsFeed> timelines(Posts posts, RelationServices relations, FollowedTags followed) {
        Timelines t = new Timelines(
                db,
                posts,
                account.accounts(),
                relations.graph(),
                introductions(relations),
                viewer -> db.read(h -> listStore.exclusiveMembers(h, viewer)),
                followed::of);
        return new Feature<>(t, List.of(t.routes()), List.of(), t.feed());
    }

    /** Lists; their durable reactions take people off lists when a follow or connection ends. */
    Feature<Lists, ListCleanup> lists(RelationServices relations, Timelines timelines) {
        Lists l = new Lists(db, listStore, relations, timelines, ListLimits.DEFAULTS);
        return new Feature<>(l, List.of(l.routes()), List.of(), l.cleanup());
    }

    /** Notifications and live streams; their reactions feed the streams and make notifications. */
    /** Private messages: conversations, message requests and who may message whom; no reactions of their own. */
    Feature<Messages, Feature.NoReactions> messages(Posts posts, GraphLoader.Loaded graph) {
        Messages m = new Messages(db, posts, account.accounts(), graph.graph(), ids);
        return Feature.of(m, List.of(m.routes()));
    }

    Feature<Notifications, Reactions.Notifying> notifications(
            Posts posts, GraphLoader.Loaded graph, Lists lists, FollowedTags followed, Messages messages) {
        Notifications n = new Notifications(
                db,
                posts,
                account.accounts(),
                graph.graph(),
                graph.mutes(),
                ids,
                account.liveCredentials()::liveUntil,
                lists.streams(),
                followed::of,
                messages.facts());
        return new Feature<>(
                n,
                List.of(n.routes(), n.streamRoutes(account.tokenViewers()::byToken)),
                List.of(),
                new Reactions.Notifying(n.streams(), n.listeners()));
    }

    Feature<Push, PushReactions> push(Notifications notifications, GraphLoader.Loaded graph) {
        Push p = new Push(db, notifications, graph.graph(), config.baseUrl());
        return new Feature<>(p, List.of(p.routes()), List.of(), p.reactions());
    }

    /** Hashtags: following and featuring them; their reactions keep the followed tags in memory current. */
    Feature<Tags, FollowedTags> tags(Posts posts, FollowedTags followed) {
        Tags t = new Tags(db, posts, followed, clock, config.baseUrl());
        return new Feature<>(t, List.of(t.routes()), List.of(), followed);
    }

    /** Search: accounts, hashtags, and posts through this server's index, which its reactions keep current. */
    Feature<Search, PostIndexing> search(Posts posts, RelationServices relations, Tags tags) {
        PostIndexing indexing =
                new PostIndexing(db, posts.access(), config.dataDir().resolve("search"));
        FindPosts find = new FindPosts(db, account.accounts(), posts.access(), posts.views(), indexing);
        Search s =
                new Search(db, account.accounts(), posts.access(), config.domain(), account.signedOut()::search, find);
        return new Feature<>(
                s, List.of(s.routes(relations.counts(), config.baseUrl(), tags.show())), List.of(), indexing);
    }

    Feature<Reports, Feature.NoReactions> reports(Posts posts) {
        Reports r = new Reports(db, posts, account.accounts(), ids);
        return Feature.of(r, List.of(r.routes()));
    }

    ShowAccount showAccount(RelationServices relations) {
        return new ShowAccount(account.findAccount(), relations.counts(), policy, config.baseUrl());
    }

    /** `vapidKey`: the Web Push key that app and instance documents announce. */
    Feature<AccountServices, Feature.NoReactions> accounts(
            RateLimits rateLimits, RelationServices relations, Posts posts, ShowAccount show, String vapidKey) {
        AccountServices a = account;
        InstanceRules rules = new InstanceRules(a.settings(), clock);
        return Feature.of(
                a,
                List.of(
                        new AdminAccountRoutes(a.suspend()),
                        new InstanceSettingsRoutes(a.signedOut(), rules),
                        new OAuthRoutes(a.oauth(), new RegisterApp(db), rateLimits, config.baseUrl(), vapidKey),
                        new AccountRoutes(
                                new SignUpByApp(a.signUp(), a.tokens(), a.oauth()),
                                a.findAccount(),
                                a.updateProfile(),
                                relations.counts(),
                                rateLimits,
                                config.baseUrl(),
                                show,
                                posts.services().defaults(),
                                profileImages),
                        new ProfileImageRoutes(db, blobs, policy, new FaceRenderer()),
                        new EmojiRoutes(emojis, blobs),
                        new InstanceRoutes(
                                new DescribeInstance(db, a.accounts(), a.settings(), posts::localCount),
                                rules,
                                config.baseUrl(),
                                config.domain(),
                                "",
                                policy,
                                vapidKey,
                                config.sourceUrl()),
                        new PasswordResetRoutes(a.resetPassword(), rateLimits),
                        new EmailRoutes(a.changeEmail(), rateLimits::clientIp),
                        new SessionRoutes(
                                a.listSessions(),
                                a.endSession(),
                                a.revokeToken(),
                                a.changePassword(),
                                a.deleteAccount(),
                                rateLimits::clientIp)));
    }

    Feature<Review, Feature.NoReactions> review(RelationServices relations, Posts posts, Timelines timelines) {
        ResearchCards cards = new ResearchCards(relations, timelines, clock);
        ViewAs viewAs = new ViewAs(
                relations,
                posts,
                account.accounts(),
                introductions(relations),
                account.findAccount(),
                config.baseUrl());
        return Feature.of(new Review(cards, new ReviewQueue(relations, cards), viewAs), List.of());
    }

    /** The server-rendered pages, on the same services the API calls. */
    Feature<WebPages, Feature.NoReactions> pages(
            RateLimits rateLimits,
            RelationServices relations,
            Posts posts,
            Timelines timelines,
            Review review,
            Search search,
            Notifications notifications,
            Reports reports,
            Media media,
            Messages messages,
            Groups groups,
            Mailer mailer) {
        AccountServices a = account;
        WebPages pages = new WebPages(
                new WebPages.Services(
                        db,
                        a.accounts(),
                        a.settings(),
                        a.signUp(),
                        a.signIn(),
                        a.webSessions(),
                        a.changePassword(),
                        a.deleteAccount(),
                        rateLimits,
                        a.oauth(),
                        a.updateProfile(),
                        a.findAccount(),
                        a.listSessions(),
                        a.endSession(),
                        a.revokeToken(),
                        a.signedOut(),
                        a.suspend(),
                        a.resetPassword(),
                        a.confirmEmail()),
                config.sessionIdle(),
                config.trustProxy(),
                clock);
        SocialPages social = new SocialPages(
                pages.pages(),
                new SocialPages.Services(
                        relations,
                        posts,
                        timelines,
                        review.cards(),
                        review.queue(),
                        a.findAccount(),
                        search,
                        review.viewAs(),
                        notifications,
                        media.upload(),
                        media.own()));
        ReportPages reportPages = new ReportPages(
                pages.pages(), new ReportPages.Services(reports, posts, review.cards(), a.findAccount()));
        pages.pages().countUnreadWith(notifications.read()::unreadCount);
        // The feeds (/@ana.rss, /tags/tea.atom) come before the profile and tag pages their paths would match.
        List<Routes> all = new ArrayList<>();
        all.add(new ShareRoutes(
                new Feeds(a.findAccount(), timelines, config.baseUrl(), clock),
                new Embeds(posts.services().show(), config.baseUrl()),
                config.baseUrl()));
        all.addAll(pages.routes());
        all.addAll(social.routes());
        all.add(reportPages);
        all.add(new MessagePages(
                pages.pages(),
                new MessagePages.Services(messages, posts.services().post(), review.cards())));
        all.add(new GroupPages(
                pages.pages(), new GroupPages.Services(groups, posts.services().post())));
        all.add(new AnnouncementPages(pages.pages(), notifications.announcements()));
        all.add(new ProfileImagePages(pages.pages(), profileImages));
        all.add(new MailPages(pages.pages(), mailer));
        all.add(new EmojiPages(pages.pages(), emojis, new ManageEmojis(db, blobs, emojis)));
        return new Feature<>(pages, List.of(), all, Feature.NoReactions.NONE);
    }
}
