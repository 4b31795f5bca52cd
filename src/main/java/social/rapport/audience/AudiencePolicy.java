package social.rapport.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * THE place that decides who may see what: posts, profile fields, lists, contact information.
 * Every read path asks here; nothing else decides visibility. A viewer of 0 is anonymous.
 */
public final class AudiencePolicy {
    private final Relations relations;
    private final BooleanSupplier signedOutMaySee;

    public AudiencePolicy(Relations relations) {
        this(relations, () -> true);
    }

    /**
     * `signedOutMaySee` is the instance's setting for visitors who are not signed in: when it says no,
     * no account and nothing of any account is visible to them, on every path.
     */
    public AudiencePolicy(Relations relations, BooleanSupplier signedOutMaySee) {
        this.relations = relations;
        this.signedOutMaySee = signedOutMaySee;
    }

    public Relations relations() {
        return relations;
    }

    /**
     * The same rules over the real relations with an imagined viewer ({@link Hypothetical#VIEWER})
     * laid over them, so an owner can see their own things exactly as such a person would.
     */
    public AudiencePolicy imagining(int owner, Hypothetical viewer) {
        return new AudiencePolicy(viewer.over(relations, owner), signedOutMaySee);
    }

    /**
     * May `viewer` see an object of `owner` with this audience? `mentioned` holds the accounts the
     * object names (for the `mentioned` grant); pass an empty set when it names none.
     */
    public boolean canSee(int viewer, int owner, Audience audience, Set<Integer> mentioned) {
        if (!relations.visibleAccount(owner)) return false;
        if (viewer <= 0 && !signedOutMaySee.getAsBoolean()) return false;
        if (viewer == owner && viewer > 0) return true;
        if (viewer > 0 && relations.blockedEitherWay(viewer, owner)) return false;
        if (viewer > 0 && !relations.visibleAccount(viewer)) return false;
        if (viewer > 0) {
            for (long c : audience.exceptCircles()) {
                if (relations.inCircle(owner, c, viewer)) return false;
            }
        }
        for (Grant g : audience.grants()) {
            if (admits(g, viewer, owner, mentioned)) return true;
        }
        return false;
    }

    private boolean admits(Grant g, int viewer, int owner, Set<Integer> mentioned) {
        return switch (g.kind()) {
            case PUBLIC, UNLISTED -> true;
            case ONLY_ME -> false;
            case FOLLOWERS -> viewer > 0 && relations.follows(viewer, owner);
            case CONNECTIONS -> viewer > 0 && relations.connected(viewer, owner);
            case NETWORK -> viewer > 0 && (relations.connected(viewer, owner) || relations.inNetwork(owner, viewer));
            case CIRCLE -> viewer > 0 && relations.inCircle(owner, g.id(), viewer);
            case MENTIONED -> viewer > 0 && mentioned.contains(viewer);
            case GROUP -> relations.groupOpen(g.id()) || viewer > 0 && relations.inGroup(g.id(), viewer);
            case HELD -> viewer > 0 && relations.moderatesGroup(g.id(), viewer);
        };
    }

    /** An object with an owner and an audience: a post, a reply, a repost. */
    public interface Visible {
        int owner();

        Audience audience();
        /** The accounts the object names, for the `mentioned` grant. */
        Set<Integer> mentioned();
    }

    public boolean canSee(int viewer, Visible object) {
        return object != null && canSee(viewer, object.owner(), object.audience(), object.mentioned());
    }

    /**
     * A derived object (a repost) never widens what it derives from: visible only when both it and
     * its original are. A missing original (null) hides the derived object too.
     */
    public boolean canSeeDerived(int viewer, Visible derived, Visible original) {
        if (original == null) return false;
        // A repost carries its original's audience, and so the people the original mentions: the
        // author's repost of a post to the mentioned people reaches exactly them, no one more.
        Set<Integer> mentioned = derived.mentioned().isEmpty() ? original.mentioned() : derived.mentioned();
        return canSee(viewer, derived.owner(), derived.audience(), mentioned) && canSee(viewer, original);
    }

    /**
     * The batch form for a page: keeps the items the viewer may see, in order. `original` answers
     * what an item derives from (null when it derives from nothing); `missing` when it derives
     * from something gone is given by `derivesFromSomething`.
     */
    public <T extends Visible> List<T> filter(
            int viewer,
            List<T> page,
            Function<T, Visible> original,
            java.util.function.Predicate<T> derivesFromSomething) {
        List<T> out = new ArrayList<>(page.size());
        for (T item : page) {
            boolean ok = derivesFromSomething.test(item)
                    ? canSeeDerived(viewer, item, original.apply(item))
                    : canSee(viewer, item);
            if (ok) out.add(item);
        }
        return out;
    }

    /**
     * Only public and unlisted objects may be reposted by others; the owner may repost their own. A post
     * to a group may be reposted only when every group it names is public, by its author too: a
     * private or secret group's posts stay in the group.
     */
    public boolean mayRepost(int viewer, Visible object) {
        if (!canSee(viewer, object)) return false;
        if (object.audience().has(Grant.Kind.HELD)) return false;
        if (object.audience().has(Grant.Kind.GROUP)) return openGroupsOnly(object.audience());
        return viewer == object.owner() || object.audience().isOpen();
    }

    /** Does the audience name groups, all of them public? */
    public boolean openGroupsOnly(Audience audience) {
        boolean any = false;
        for (Grant g : audience.grants()) {
            if (g.kind() != Grant.Kind.GROUP) continue;
            if (!relations.groupOpen(g.id())) return false;
            any = true;
        }
        return any;
    }

    /** May `viewer`, who can see the post, reply to it under the post's reply policy? */
    public boolean mayReply(int viewer, Visible post, ReplyPolicy rule) {
        if (viewer <= 0 || !canSee(viewer, post)) return false;
        if (viewer == post.owner()) return true;
        return switch (rule) {
            case EVERYONE -> true;
            case FOLLOWERS -> relations.follows(viewer, post.owner());
            case CONNECTIONS -> relations.connected(viewer, post.owner());
            case MENTIONED -> post.mentioned().contains(viewer);
        };
    }

    /**
     * May `viewer` quote the post? Its author may quote any post of theirs they can see. Anyone else
     * only a public or unlisted post, and only under its quote policy: a quote of a restricted post
     * would carry it to people outside its audience.
     */
    public boolean mayQuote(int viewer, Visible post, QuotePolicy rule) {
        if (viewer <= 0 || !canSee(viewer, post)) return false;
        if (viewer == post.owner()) return true;
        if (!post.audience().isOpen()) return false;
        return switch (rule) {
            case PUBLIC -> true;
            case FOLLOWERS -> relations.follows(viewer, post.owner());
            case NOBODY -> false;
        };
    }

    /**
     * Is the account listed to the viewer in search and suggestions? Only one the viewer may see, and
     * only when it chose to be discoverable, unless it is the viewer's own or one they follow.
     */
    public boolean mayList(int viewer, int account, boolean discoverable) {
        if (!canSeeAccount(viewer, account)) return false;
        return discoverable || viewer > 0 && (viewer == account || relations.follows(viewer, account));
    }

    /**
     * Is the post listed to the viewer in the public listings (the public and hashtag timelines and
     * streams, hashtag search)? Only a public post, never an unlisted or restricted one and never a
     * repost, and only one the viewer may see.
     */
    public boolean mayList(int viewer, Visible post, boolean repost) {
        return !repost && post.audience().isListed() && canSee(viewer, post);
    }

    /**
     * May search find this author's posts for the viewer? Never those of an author who is not
     * indexable, except for the author themselves; the post's own audience is asked separately.
     */
    public boolean mayIndex(int viewer, int author, boolean indexable) {
        return indexable || viewer > 0 && viewer == author;
    }

    /**
     * May full-text search find the post for the viewer (Mastodon 4.2's rule)? Only signed-in viewers
     * and only a post they may see, never a repost. Their own posts, and posts they took part in
     * (`interacted`: they are mentioned in it, replied to, favourited, reposted or bookmarked it),
     * always; anyone else's only when it is listed (public, never unlisted or restricted) and its
     * author is indexable.
     */
    public boolean mayFind(int viewer, Visible post, boolean repost, boolean authorIndexable, boolean interacted) {
        if (viewer <= 0 || repost || !canSee(viewer, post)) return false;
        if (viewer == post.owner() || interacted || post.mentioned().contains(viewer)) return true;
        return authorIndexable && post.audience().isListed();
    }

    /**
     * May the viewer find the account to manage their relationship with it? Whoever they may see, and
     * also an account they blocked themselves, so that they can look it up and undo the block.
     */
    public boolean canFindToManage(int viewer, int account) {
        return canSeeAccount(viewer, account)
                || viewer > 0 && relations.visibleAccount(account) && relations.blocks(viewer, account);
    }

    /** Is the account itself visible to the viewer (exists, not suspended, no block either way)? */
    public boolean canSeeAccount(int viewer, int account) {
        if (!relations.visibleAccount(account)) return false;
        if (viewer <= 0 && !signedOutMaySee.getAsBoolean()) return false;
        return viewer <= 0 || viewer == account || !relations.blockedEitherWay(viewer, account);
    }
}
