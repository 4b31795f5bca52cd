package social.rapport.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import social.rapport.account.Account;
import social.rapport.account.AccountStore;
import social.rapport.account.FindAccount;
import social.rapport.audience.AudiencePolicy;
import social.rapport.audience.Hypothetical;
import social.rapport.core.Problem;
import social.rapport.relation.RelationServices;
import social.rapport.relation.Visible;
import social.rapport.relation.circle.Circle;
import social.rapport.relation.profile.Profile;
import social.rapport.relation.profile.ViewIntroduction;
import social.rapport.relation.profile.ViewProfile;
import social.rapport.status.Cursor;
import social.rapport.status.Posts;
import social.rapport.status.StatusAccess;
import social.rapport.status.StatusEntity;
import social.rapport.status.StatusViews;
import social.rapport.status.ViewerFilters;
import social.rapport.timeline.AccountStatuses;

/**
 * One's own profile and posts as somebody else would see them: nobody signed in, a follower, a
 * connection, a member of one of one's circles, or a named person. The answers come from the same
 * services as every profile, asked through THE audience policy: for an imagined viewer the policy
 * runs over the real relations with that viewer's relationships laid over them, for a named person
 * it is asked about the real account. Only the owner's own fields and posts are shown (no reposts of
 * others, no mutual connections, no path, no claims), so nothing is learnt about anyone else.
 */
public final class ViewAs {
    public enum Kind {
        ANONYMOUS,
        FOLLOWER,
        CONNECTION,
        CIRCLE,
        PERSON
    }

    /** Whom to imagine: `circle` (0 for none) adds a circle to a follower, a connection or a circle member. */
    public record Who(Kind kind, long circle, String handle) {}

    /** The owner's profile as the viewer would see it. */
    public record View(
            Account owner,
            String viewer,
            Profile profile,
            String introduction,
            List<StatusEntity> posts,
            long olderThan) {}

    private final RelationServices m;
    private final Posts posts;
    private final AccountStore accounts;
    private final AccountStatuses.Introductions introductions;
    private final FindAccount find;
    private final String baseUrl;

    public ViewAs(
            RelationServices relations,
            Posts posts,
            AccountStore accounts,
            AccountStatuses.Introductions introductions,
            FindAccount find,
            String baseUrl) {
        this.m = relations;
        this.posts = posts;
        this.accounts = accounts;
        this.introductions = introductions;
        this.find = find;
        this.baseUrl = baseUrl;
    }

    /** The owner's profile with the newest `count` of their own posts older than `maxId`, as `who` sees them. */
    public View view(int owner, Who who, int count, long maxId) {
        AudiencePolicy policy;
        int viewer;
        String label;
        switch (who.kind()) {
            case ANONYMOUS -> {
                policy = m.policy();
                viewer = 0;
                label = "someone who is not signed in";
            }
            case PERSON -> {
                Account person = person(owner, who.handle());
                policy = m.policy();
                viewer = person.id();
                label = person.shownName() + " (@" + person.handle() + ")";
            }
            default -> {
                Circle circle = circle(owner, who);
                boolean connected = who.kind() == Kind.CONNECTION;
                // Connecting makes each follow the other, so a connection is imagined following too.
                boolean follows = who.kind() == Kind.FOLLOWER || connected;
                Set<Long> circles = new HashSet<>();
                if (circle != null) circles.add(circle.id());
                policy = m.policy().imagining(owner, new Hypothetical(follows, connected, circles));
                viewer = Hypothetical.VIEWER;
                String base = connected
                        ? "a connection"
                        : follows ? "a follower" : "a member of your " + circle.name() + " circle";
                label = circle != null && who.kind() != Kind.CIRCLE
                        ? base + " in your " + circle.name() + " circle"
                        : base;
            }
        }
        Visible visible = new Visible(accounts, policy);
        Profile profile = new ViewProfile(m.db(), visible, m.profiles()).view(viewer, owner);
        ViewIntroduction.Shown intro =
                new ViewIntroduction(m.db(), visible, m.profiles(), m.postFacts()).view(viewer, owner);
        StatusAccess access = posts.access().under(policy);
        AccountStatuses statuses = new AccountStatuses(
                m.db(),
                access,
                // Media as the imagined viewer would get them, with addresses the owner, who looks, can load.
                new StatusViews(
                        access,
                        accounts,
                        baseUrl,
                        ViewerFilters.NONE,
                        null,
                        posts.media().addressedTo(owner)),
                accounts,
                introductions);
        var page = statuses.page(
                viewer, owner, new Cursor(maxId, 0, false, count), new AccountStatuses.Filter(false, false, true));
        return new View(
                intro.account(),
                label,
                profile,
                ResearchCards.introductionShown(policy, viewer, intro.account(), intro.text()),
                page.items(),
                page.next());
    }

    /** A person the owner may see, found by handle; anyone else is answered as nobody. */
    private Account person(int owner, String handle) {
        if (handle == null || handle.isBlank()) throw Problem.invalid("handle", "Give the handle of the person");
        Account a;
        try {
            a = find.byAcct(handle);
        } catch (Problem p) {
            a = null;
        }
        if (a == null || !m.policy().canSeeAccount(owner, a.id())) {
            throw Problem.invalid("handle", "Nobody you can see has the handle " + handle.strip());
        }
        if (a.id() == owner) throw Problem.invalid("handle", "That is you: choose somebody else");
        return a;
    }

    private Circle circle(int owner, Who who) {
        if (who.circle() <= 0) {
            if (who.kind() == Kind.CIRCLE) throw Problem.invalid("circle", "Choose one of your circles");
            return null;
        }
        return m.listCircles().list(owner).stream()
                .filter(c -> c.id() == who.circle())
                .findFirst()
                .orElseThrow(() -> Problem.invalid("circle", "Choose one of your circles"));
    }
}
