package social.rapport.status;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.account.Account;
import social.rapport.account.AccountEntity;
import social.rapport.account.AccountStore;
import social.rapport.audience.AudiencePolicy;
import social.rapport.audience.Grant;
import social.rapport.core.Times;

/**
 * Renders a page of posts the viewer may see, with everything loaded for the whole page at once.
 * Each part that points elsewhere (the parent of a reply, a quoted post, counts, mentions) is
 * checked against the audience policy on its own: counts hold only what the viewer may see.
 */
public final class StatusViews {
    private final StatusAccess access;
    private final AccountStore accounts;
    private final String baseUrl;
    private final Cache<Account, AccountEntity> shownAccounts =
            Caffeine.newBuilder().maximumSize(10_000).build();

    public StatusViews(StatusAccess access, AccountStore accounts, String baseUrl) {
        this.access = access;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    /** Renders posts already checked as visible (through {@link StatusAccess}); keeps their order. */
    public List<StatusEntity> render(Handle h, int viewer, List<Status> visible) {
        if (visible.isEmpty()) return List.of();
        Map<Long, Status> originals = access.originalsOf(h, visible);
        List<Status> subjects = new ArrayList<>();
        for (Status s : visible) subjects.add(s.isReblog() ? originals.get(s.reblogOfId()) : s);
        Map<Long, Status> quoted = new HashMap<>();
        Set<Long> quoteIds = new HashSet<>();
        for (Status s : subjects) if (s.quoteOfId() != 0) quoteIds.add(s.quoteOfId());
        for (Status q : access.cached(h, quoteIds).values()) {
            if (!q.isReblog() && access.policy().canSee(viewer, q)) quoted.put(q.id(), q);
        }
        List<StatusEntity> quotedViews = render(h, viewer, List.copyOf(quoted.values()), Map.of(), true);
        Map<Long, StatusEntity> quotedById = new HashMap<>();
        for (StatusEntity e : quotedViews) quotedById.put(Long.parseLong(e.id()), e);
        return render(h, viewer, visible, quotedById, false);
    }

    private List<StatusEntity> render(
            Handle h, int viewer, List<Status> visible, Map<Long, StatusEntity> quotes, boolean embedded) {
        if (visible.isEmpty()) return List.of();
        AudiencePolicy policy = access.policy();
        StatusStore store = access.store();
        Map<Long, Status> originals = access.originalsOf(h, visible);
        Map<Long, Status> subjects = new HashMap<>();
        for (Status s : visible) {
            Status subject = s.isReblog() ? originals.get(s.reblogOfId()) : s;
            subjects.put(subject.id(), subject);
        }
        Set<Long> ids = subjects.keySet();
        Set<Long> parentIds = new HashSet<>();
        Set<Integer> accountIds = new HashSet<>();
        for (Status s : visible) accountIds.add(s.accountId());
        for (Status s : subjects.values()) {
            accountIds.add(s.accountId());
            accountIds.addAll(s.mentions());
            if (s.inReplyToId() != 0) parentIds.add(s.inReplyToId());
        }
        Map<Long, Status> parents = access.cached(h, parentIds);
        Map<Integer, Account> people = new HashMap<>();
        for (Account a : accounts.byIds(h, accountIds)) people.put(a.id(), a);

        // Everything that hangs on the page in one query; the policy decides what each viewer may count.
        StatusStore.Related related = store.related(h, ids, viewer);
        Map<Long, Integer> replies = new HashMap<>();
        for (StatusStore.Light r : related.replies()) {
            if (policy.canSee(viewer, r)) replies.merge(r.target(), 1, Integer::sum);
        }
        Map<Long, Integer> reblogs = new HashMap<>();
        Set<Long> rebloggedByViewer = new HashSet<>();
        for (StatusStore.Light r : related.reblogs()) {
            if (policy.canSeeDerived(viewer, r, subjects.get(r.target()))) reblogs.merge(r.target(), 1, Integer::sum);
            if (r.owner() == viewer) rebloggedByViewer.add(r.target());
        }
        Map<Long, Integer> favourites = new HashMap<>();
        Set<Long> faved = new HashSet<>();
        related.favouritedBy().forEach((sid, who) -> {
            int n = 0;
            for (int a : who) {
                if (policy.canSeeAccount(viewer, a)) n++;
                if (viewer > 0 && a == viewer) faved.add(sid);
            }
            favourites.put(sid, n);
        });
        Set<Long> marked = related.bookmarked();
        Set<Long> pins = related.pinned();

        List<StatusEntity> out = new ArrayList<>(visible.size());
        for (Status s : visible) {
            Status subject = subjects.get(s.isReblog() ? s.reblogOfId() : s.id());
            StatusEntity inner = entity(
                    viewer,
                    subject,
                    people,
                    parents,
                    quotes,
                    embedded,
                    replies,
                    reblogs,
                    favourites,
                    faved,
                    rebloggedByViewer,
                    marked,
                    pins);
            out.add(s.isReblog() ? reblogEntity(viewer, s, inner, people) : inner);
        }
        return out;
    }

    private StatusEntity entity(
            int viewer,
            Status s,
            Map<Integer, Account> people,
            Map<Long, Status> parents,
            Map<Long, StatusEntity> quotes,
            boolean embedded,
            Map<Long, Integer> replies,
            Map<Long, Integer> reblogs,
            Map<Long, Integer> favourites,
            Set<Long> faved,
            Set<Long> reblogged,
            Set<Long> marked,
            Set<Long> pins) {
        AudiencePolicy policy = access.policy();
        Account author = people.get(s.accountId());
        Status parent = parents.get(s.inReplyToId());
        boolean parentShown = parent != null && policy.canSee(viewer, parent);
        List<StatusEntity.Mention> mentions = new ArrayList<>();
        for (int m : s.mentions()) {
            Account a = people.get(m);
            if (a != null && policy.canSeeAccount(viewer, m)) {
                mentions.add(new StatusEntity.Mention(
                        Integer.toString(m), a.handle(), baseUrl + "/@" + a.handle(), a.handle()));
            }
        }
        List<StatusEntity.Tag> tags = s.tags().stream()
                .map(t -> new StatusEntity.Tag(t, baseUrl + "/tags/" + t))
                .toList();
        StatusEntity.Quote quote = null;
        if (s.quoteOfId() != 0 && !embedded) {
            StatusEntity q = quotes.get(s.quoteOfId());
            quote = q == null ? new StatusEntity.Quote("deleted", null) : new StatusEntity.Quote("accepted", q);
        }
        boolean mine = viewer == s.accountId();
        List<String> audience = new ArrayList<>();
        for (Grant g : s.audience().grants()) audience.add(mine || g.kind() != Grant.Kind.CIRCLE ? g.wire() : "circle");
        audience.sort(null);
        List<String> except = mine
                ? s.audience().exceptCircles().stream()
                        .sorted()
                        .map(c -> "circle:" + c)
                        .toList()
                : List.of();
        String url = baseUrl + "/@" + author.handle() + "/" + s.id();
        String content =
                s.kind() == Status.Kind.ARTICLE ? "<h1>" + PostText.escape(s.title()) + "</h1>" + s.html() : s.html();
        return new StatusEntity(
                Long.toString(s.id()),
                Times.iso(s.createdAt()),
                parentShown ? Long.toString(parent.id()) : null,
                parentShown ? Integer.toString(parent.accountId()) : null,
                s.sensitive(),
                s.spoilerText(),
                AudienceChoice.visibility(s.audience()),
                s.language(),
                url,
                url,
                replies.getOrDefault(s.id(), 0),
                reblogs.getOrDefault(s.id(), 0),
                favourites.getOrDefault(s.id(), 0),
                s.editedAt() == 0 ? null : Times.iso(s.editedAt()),
                faved.contains(s.id()),
                reblogged.contains(s.id()),
                false,
                marked.contains(s.id()),
                pins.contains(s.id()),
                content,
                null,
                null,
                account(author),
                List.of(),
                mentions,
                tags,
                List.of(),
                null,
                null,
                quote,
                quoteApproval(viewer, s),
                new StatusEntity.Rapport(
                        s.kind().name().toLowerCase(),
                        s.title(),
                        audience,
                        except,
                        s.replyPolicy().wire(),
                        mine ? AudienceChoice.warnings(s.audience(), author) : List.of()));
    }

    /** The quote policy as Mastodon shows it, and what the policy says of this viewer. */
    private StatusEntity.QuoteApproval quoteApproval(int viewer, Status s) {
        List<String> automatic = !s.audience().isOpen()
                ? List.of()
                : switch (s.quotePolicy()) {
                    case PUBLIC -> List.of("public");
                    case FOLLOWERS -> List.of("followers");
                    case NOBODY -> List.of();
                };
        String me =
                viewer <= 0 ? "unknown" : access.policy().mayQuote(viewer, s, s.quotePolicy()) ? "automatic" : "denied";
        return new StatusEntity.QuoteApproval(automatic, List.of(), me);
    }

    private StatusEntity reblogEntity(int viewer, Status r, StatusEntity inner, Map<Integer, Account> people) {
        Account who = people.get(r.accountId());
        String url = baseUrl + "/@" + who.handle() + "/" + r.id();
        return new StatusEntity(
                Long.toString(r.id()),
                Times.iso(r.createdAt()),
                null,
                null,
                false,
                "",
                inner.visibility(),
                null,
                url,
                url,
                0,
                0,
                0,
                null,
                inner.favourited(),
                inner.reblogged(),
                false,
                inner.bookmarked(),
                false,
                "",
                inner,
                null,
                account(who),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                inner.quoteApproval(),
                new StatusEntity.Rapport(
                        "reblog",
                        null,
                        inner.rapport().audience(),
                        inner.rapport().audienceExcept(),
                        inner.rapport().replyPolicy(),
                        List.of()));
    }

    /**
     * The account as shown on a post. Made from the whole stored row, which is also the key: a row
     * that changed in any way is a different key, so a kept entity is never out of date.
     */
    public AccountEntity account(Account a) {
        return shownAccounts.get(a, x -> AccountEntity.of(x, baseUrl, AccountEntity.Counts.NONE));
    }

    public List<AccountEntity> accounts(Handle h, Collection<Integer> ids) {
        Map<Integer, Account> byId = new HashMap<>();
        for (Account a : accounts.byIds(h, ids)) byId.put(a.id(), a);
        List<AccountEntity> out = new ArrayList<>();
        for (int id : ids) if (byId.containsKey(id)) out.add(account(byId.get(id)));
        return out;
    }

    /** The history of a post the viewer may see: every version, oldest first. */
    public List<StatusEntity.Edit> history(Handle h, Status s) {
        Account author = accounts.byId(h, s.accountId()).orElseThrow();
        List<StatusStore.Version> versions = access.store().versions(h, s.id());
        if (versions.isEmpty()) {
            versions = List.of(new StatusStore.Version(
                    s.title(), s.source(), s.html(), s.spoilerText(), s.sensitive(), s.createdAt()));
        }
        List<StatusEntity.Edit> out = new ArrayList<>();
        for (StatusStore.Version v : versions) {
            out.add(new StatusEntity.Edit(
                    v.html(),
                    v.spoilerText(),
                    v.sensitive(),
                    Times.iso(v.createdAt()),
                    account(author),
                    List.of(),
                    List.of(),
                    null,
                    v.title()));
        }
        return out;
    }
}
