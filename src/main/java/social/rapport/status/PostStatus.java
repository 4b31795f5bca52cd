package social.rapport.status;

import java.util.List;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.audience.Audience;
import social.rapport.audience.Grant;
import social.rapport.audience.QuotePolicy;
import social.rapport.audience.ReplyPolicy;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.status.poll.Poll;
import social.rapport.status.poll.PollRequest;
import social.rapport.status.poll.PollStore;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Publishes a post: a short note or an article, optionally replying to or quoting a post the
 * author may see, to the audience the author chose (or their default).
 */
public final class PostStatus {
    /** What the client sent; ids are raw strings so an unknown one answers 404 like a hidden one. */
    public record Request(
            String text,
            String title,
            String spoilerText,
            boolean sensitive,
            String language,
            String visibility,
            List<String> audience,
            List<String> audienceExcept,
            String replyPolicy,
            String inReplyToId,
            String quotedStatusId,
            String quotePolicy,
            List<String> mediaIds) {
        /** No audience lists means none chosen: the visibility or the author's default decides. */
        public Request {
            audience = audience == null ? List.of() : audience;
            audienceExcept = audienceExcept == null ? List.of() : audienceExcept;
            mediaIds = mediaIds == null
                    ? List.of()
                    : mediaIds.stream().filter(m -> m != null && !m.isBlank()).toList();
        }

        /** Without media. */
        public Request(
                String text,
                String title,
                String spoilerText,
                boolean sensitive,
                String language,
                String visibility,
                List<String> audience,
                List<String> audienceExcept,
                String replyPolicy,
                String inReplyToId,
                String quotedStatusId,
                String quotePolicy) {
            this(
                    text,
                    title,
                    spoilerText,
                    sensitive,
                    language,
                    visibility,
                    audience,
                    audienceExcept,
                    replyPolicy,
                    inReplyToId,
                    quotedStatusId,
                    quotePolicy,
                    List.of());
        }

        /** The same request with these uploads attached (ids as the client sent them, in order). */
        public Request withMediaIds(List<String> ids) {
            return new Request(
                    text,
                    title,
                    spoilerText,
                    sensitive,
                    language,
                    visibility,
                    audience,
                    audienceExcept,
                    replyPolicy,
                    inReplyToId,
                    quotedStatusId,
                    quotePolicy,
                    ids);
        }

        /** With the default quote policy. */
        public Request(
                String text,
                String title,
                String spoilerText,
                boolean sensitive,
                String language,
                String visibility,
                List<String> audience,
                List<String> audienceExcept,
                String replyPolicy,
                String inReplyToId,
                String quotedStatusId) {
            this(
                    text,
                    title,
                    spoilerText,
                    sensitive,
                    language,
                    visibility,
                    audience,
                    audienceExcept,
                    replyPolicy,
                    inReplyToId,
                    quotedStatusId,
                    null);
        }
    }

    private final Database db;
    private final StatusAccess access;
    private final AccountStore accounts;
    private final PostingDefaults defaults;
    private final CircleOwners circles;
    private final GroupPosting groups;
    private final Composer composer;
    private final Ids ids;
    private final PollStore polls;
    private final PostMedia media;
    private volatile PrivateMessages messages = PrivateMessages.NONE;

    public PostStatus(
            Database db,
            StatusAccess access,
            AccountStore accounts,
            PostingDefaults defaults,
            CircleOwners circles,
            GroupPosting groups,
            Ids ids,
            String baseUrl,
            PollStore polls,
            PostMedia media) {
        this.groups = groups;
        this.db = db;
        this.polls = polls;
        this.media = media;
        this.access = access;
        this.accounts = accounts;
        this.defaults = defaults;
        this.circles = circles;
        this.composer = new Composer(accounts, baseUrl);
        this.ids = ids;
    }

    /** Files private posts through the messages feature, built after the posts (see {@link PrivateMessages}). */
    public void fileMessagesWith(PrivateMessages messages) {
        this.messages = messages;
    }

    public Status post(int author, Request r) {
        return db.write(tx -> post(tx, author, r, null));
    }

    public Status post(int author, Request r, PollRequest poll) {
        return db.write(tx -> post(tx, author, r, poll));
    }

    /** Publishes within a transaction the caller holds (to record an idempotency key with the post). */
    public Status post(Tx tx, int author, Request r) {
        return post(tx, author, r, null);
    }

    /** Publishes with a poll (null for none), which ends `expires_in` seconds from now. */
    /** What {@link #post} stores: the post, and the posts it replies to and quotes (null when none). */
    private record Prepared(Status status, Status parent, Status quoted) {}

    /**
     * Checks a post as {@link #post} would (the author, the audience, the text, the parent and quoted
     * posts and their policies) and stores nothing: for a post scheduled to be published later.
     */
    public void check(org.jdbi.v3.core.Handle h, int author, Request r) {
        prepare(h, author, r, 0);
    }

    private Prepared prepare(org.jdbi.v3.core.Handle h, int author, Request r, long now) {
        Account me = accounts.byId(h, author).filter(Account::active).orElseThrow(Problem::notFound);
        Status parent = r.inReplyToId() == null || r.inReplyToId().isBlank()
                ? null
                : access.visibleOrNotFound(h, author, parseId(r.inReplyToId()));
        if (parent != null && parent.isReblog()) throw Problem.notFound();
        if (parent != null && parent.held()) throw Problem.forbidden("This post is held for the group's moderators");
        Status quoted = r.quotedStatusId() == null || r.quotedStatusId().isBlank()
                ? null
                : access.visibleOrNotFound(h, author, parseId(r.quotedStatusId()));
        if (quoted != null && quoted.isReblog()) quoted = access.visibleOrNotFound(h, author, quoted.reblogOfId());
        if (parent != null && !access.policy().mayReply(author, parent, parent.replyPolicy())) {
            throw Problem.forbidden("Replies to this post are limited by its author");
        }
        if (quoted != null && !access.policy().mayQuote(author, quoted, quoted.quotePolicy())) {
            throw Problem.forbidden("Quotes of this post are limited by its author");
        }
        PostingDefaults.Defaults d = defaults.of(h, me);
        Audience audience = audienceOf(h, author, r, d, parent);
        ReplyPolicy replies = r.replyPolicy() == null || r.replyPolicy().isBlank()
                ? d.replyPolicy()
                : ReplyPolicy.parse(r.replyPolicy())
                        .orElseThrow(() -> Problem.invalid("reply_policy", "Unknown reply policy: " + r.replyPolicy()));
        QuotePolicy quotes = quotePolicy(r.quotePolicy(), audience);
        // A post may be its media alone, as on Mastodon; the uploads are checked before anything is stored.
        int attached = media.check(h, author, r.mediaIds());
        Composer.Composed c = composer.compose(h, r.text(), r.title(), r.spoilerText(), attached > 0);
        Status s = new Status(
                ids.next(),
                author,
                c.title() == null ? Status.Kind.NOTE : Status.Kind.ARTICLE,
                c.title(),
                c.source(),
                c.html(),
                c.spoilerText(),
                r.sensitive() || !c.spoilerText().isEmpty(),
                r.language(),
                audience,
                replies,
                parent == null ? 0 : parent.id(),
                parent == null ? 0 : parent.accountId(),
                0,
                quoted == null ? 0 : quoted.id(),
                now,
                0,
                c.mentions(),
                c.tags(),
                quotes);
        return new Prepared(s, parent, quoted);
    }

    /**
     * The audience asked for; a reply to a group's post stays in the group (Mastodon apps send the
     * parent's visibility, which is ignored; an explicit other `audience[]` is refused).
     */
    private Audience audienceOf(
            org.jdbi.v3.core.Handle h, int author, Request r, PostingDefaults.Defaults d, Status parent) {
        java.util.function.LongPredicate member = group -> groups.isMember(h, author, group);
        if (parent != null && parent.audience().has(Grant.Kind.GROUP)) {
            Audience group = parent.audience();
            if (!r.audience().isEmpty()) {
                Audience asked = AudienceChoice.choose(
                        null, r.audience(), r.audienceExcept(), d.audience(), author, circles, member);
                if (!asked.equals(group)) {
                    throw Problem.invalid("audience", "A reply to a group's post stays in the group");
                }
            }
            for (Grant g : group.grants()) {
                if (g.kind() == Grant.Kind.GROUP && !member.test(g.id())) {
                    throw Problem.forbidden("Only the group's members may reply in it");
                }
            }
            return group;
        }
        return AudienceChoice.choose(
                r.visibility(), r.audience(), r.audienceExcept(), d.audience(), author, circles, member);
    }

    public Status post(Tx tx, int author, Request r, PollRequest poll) {
        Prepared p = prepare(tx.handle(), author, r, tx.now());
        Status s = p.status();
        // Checked again in this transaction, holding the membership: a member removed or banned at this
        // moment is either still a member when the post is stored, or the post is refused.
        for (Grant g : s.audience().grants()) {
            if (g.kind() == Grant.Kind.GROUP && !groups.hold(tx, author, g.id())) {
                throw Problem.invalid("audience", "Unknown group: " + g.wire());
            }
        }
        // A new member naming too many strangers: stored for the group's moderators, and announced to
        // no one (no stream, no mention) until a moderator releases it (HeldPosts).
        for (Grant g : s.audience().grants()) {
            if (g.kind() == Grant.Kind.GROUP && groups.heldForModerators(tx, author, g.id(), s.id(), s.mentions())) {
                s = s.withAudience(Audience.of(Grant.held(g.id())));
            }
        }
        Status parent = p.parent();
        Status quoted = p.quoted();
        // Before the post is stored: a refused message stores nothing, even where the caller keeps the
        // transaction (a scheduled post that can no longer be sent).
        if (PrivateMessages.isPrivate(s)) messages.sent(tx, s);
        access.store().insert(tx, s);
        if (!r.mediaIds().isEmpty()) media.attach(tx, author, s.id(), r.mediaIds());
        if (poll != null) {
            polls.insert(
                    tx,
                    new Poll(
                            s.id(),
                            author,
                            poll.options(),
                            poll.multiple(),
                            poll.hideTotals(),
                            tx.now() + poll.expiresInSeconds() * 1000L,
                            false));
        }
        if (!s.held()) announce(tx, s, quoted == null ? 0 : quoted.accountId());
        return s;
    }

    /** The events of a new post: streams, mentions, replies and quotes hear of it. */
    static void announce(Tx tx, Status s, int quotedAuthor) {
        int author = s.accountId();
        tx.emit(new StatusEvents.Created(
                s.id(), author, "status", s.inReplyToId(), 0, s.quoteOfId(), List.copyOf(s.mentions())));
        for (int m : s.mentions()) {
            if (m != author) tx.emit(new StatusEvents.Mentioned(s.id(), author, m));
        }
        if (s.inReplyToId() != 0) {
            tx.emit(new StatusEvents.Replied(s.id(), author, s.inReplyToId(), s.inReplyToAccountId()));
        }
        if (s.quoteOfId() != 0) tx.emit(new StatusEvents.Quoted(s.id(), author, s.quoteOfId(), quotedAuthor));
    }

    /** An article or post as it would be published, rendered and checked exactly as {@link #post} does; nothing is stored. */
    public record Preview(String title, String html) {}

    public Preview preview(int author, String text, String title) {
        return db.read(h -> {
            accounts.byId(h, author).filter(Account::active).orElseThrow(Problem::notFound);
            Composer.Composed c = composer.compose(h, text, title, null, false);
            return new Preview(c.title(), c.html());
        });
    }

    /**
     * The quote policy asked for (public by default); a post that is neither public nor unlisted may
     * be quoted only by its author, so it is stored as `nobody` whatever was asked.
     */
    static QuotePolicy quotePolicy(String asked, Audience audience) {
        QuotePolicy p = asked == null || asked.isBlank()
                ? QuotePolicy.PUBLIC
                : QuotePolicy.parse(asked)
                        .orElseThrow(() -> Problem.invalid(
                                "quote_approval_policy",
                                "Unknown quote policy: " + asked + " (public, followers or nobody)"));
        return audience.isOpen() ? p : QuotePolicy.NOBODY;
    }

    static long parseId(String raw) {
        long id = Ids.parse(raw);
        if (id <= 0) throw Problem.notFound();
        return id;
    }
}
