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
import social.rapport.account.Account;
import social.rapport.account.AccountEntity;
import social.rapport.audience.AudiencePolicy;
import social.rapport.audience.Grant;
import social.rapport.core.Emojis;
import social.rapport.core.Times;

/**
 * The pure half of rendering posts: turns what {@link StatusLoader} read into Mastodon's entities,
 * with no I/O. Each part that points elsewhere (the parent of a reply, a quoted post, counts,
 * mentions) is checked against the audience policy on its own: counts hold only what the viewer
 * may see.
 */
final class StatusMapper {
    /** What the viewer may count of what hangs on a page, and which of its posts are their own favourites, reblogs, bookmarks, pins. */
    record Counts(
            Map<Long, Integer> replies,
            Map<Long, Integer> reblogs,
            Map<Long, Integer> favourites,
            Set<Long> favourited,
            Set<Long> reblogged,
            Set<Long> bookmarked,
            Set<Long> pinned) {}

    private final AudiencePolicy policy;
    private final String baseUrl;
    private final Emojis emojis;
    /** Kept an hour at most: the signed addresses of profile images in them expire after a day. */
    private final Cache<Account, AccountEntity> shownAccounts = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(java.time.Duration.ofHours(1))
            .build();

    StatusMapper(AudiencePolicy policy, String baseUrl, Emojis emojis) {
        this.policy = policy;
        this.baseUrl = baseUrl;
        this.emojis = emojis;
    }

    /** The quoted posts the viewer may see embedded: never a reblog. */
    List<Status> shownQuotes(int viewer, Collection<Status> quoted) {
        List<Status> out = new ArrayList<>();
        for (Status q : quoted) if (!q.isReblog() && policy.canSee(viewer, q)) out.add(q);
        return out;
    }

    /**
     * The page's entities in its order; `quotes` are the embedded quoted posts the viewer may see, by
     * id; `filtered` the viewer's filter results by the id of the post shown (a reblog's results are
     * those of its original, shown on both).
     */
    List<StatusEntity> map(
            int viewer,
            List<Status> visible,
            StatusLoader.Loaded page,
            Map<Long, StatusEntity> quotes,
            boolean embedded,
            Map<Long, List<FilterMatcher.Result>> filtered) {
        Counts counts = counts(viewer, page);
        List<StatusEntity> out = new ArrayList<>(visible.size());
        for (Status s : visible) {
            Status subject = page.subjects().get(s.isReblog() ? s.reblogOfId() : s.id());
            List<FilterMatcher.Result> results = filtered.getOrDefault(s.id(), List.of());
            StatusEntity inner = entity(viewer, subject, page, counts, quotes, embedded, results);
            out.add(s.isReblog() ? reblogEntity(s, inner, page.people()) : inner);
        }
        return out;
    }

    Counts counts(int viewer, StatusLoader.Loaded page) {
        StatusStore.Related related = page.related();
        Map<Long, Integer> replies = new HashMap<>();
        for (StatusStore.Light r : related.replies()) {
            if (policy.canSee(viewer, r)) replies.merge(r.target(), 1, Integer::sum);
        }
        Map<Long, Integer> reblogs = new HashMap<>();
        Set<Long> rebloggedByViewer = new HashSet<>();
        for (StatusStore.Light r : related.reblogs()) {
            if (policy.canSeeDerived(viewer, r, page.subjects().get(r.target())))
                reblogs.merge(r.target(), 1, Integer::sum);
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
        return new Counts(
                replies, reblogs, favourites, faved, rebloggedByViewer, related.bookmarked(), related.pinned());
    }

    private StatusEntity entity(
            int viewer,
            Status s,
            StatusLoader.Loaded page,
            Counts counts,
            Map<Long, StatusEntity> quotes,
            boolean embedded,
            List<FilterMatcher.Result> filtered) {
        Account author = page.people().get(s.accountId());
        Status parent = page.parents().get(s.inReplyToId());
        boolean parentShown = parent != null && policy.canSee(viewer, parent);
        StatusEntity.Quote quote = null;
        if (s.quoteOfId() != 0 && !embedded) {
            StatusEntity q = quotes.get(s.quoteOfId());
            quote = q == null ? new StatusEntity.Quote("deleted", null) : new StatusEntity.Quote("accepted", q);
        }
        boolean mine = viewer == s.accountId();
        String url = baseUrl + "/@" + author.handle() + "/" + s.id();
        String content =
                s.kind() == Status.Kind.ARTICLE ? "<h1>" + PostText.escape(s.title()) + "</h1>" + s.html() : s.html();
        return new StatusEntityBuilder()
                .id(Long.toString(s.id()))
                .createdAt(Times.iso(s.createdAt()))
                .inReplyToId(parentShown ? Long.toString(parent.id()) : null)
                .inReplyToAccountId(parentShown ? Integer.toString(parent.accountId()) : null)
                .sensitive(s.sensitive())
                .spoilerText(s.spoilerText())
                .visibility(AudienceChoice.visibility(s.audience()))
                .language(s.language())
                .uri(url)
                .url(url)
                .repliesCount(counts.replies().getOrDefault(s.id(), 0))
                .reblogsCount(counts.reblogs().getOrDefault(s.id(), 0))
                .favouritesCount(counts.favourites().getOrDefault(s.id(), 0))
                .editedAt(s.editedAt() == 0 ? null : Times.iso(s.editedAt()))
                .favourited(counts.favourited().contains(s.id()))
                .reblogged(counts.reblogged().contains(s.id()))
                .bookmarked(counts.bookmarked().contains(s.id()))
                .pinned(counts.pinned().contains(s.id()))
                .muted(page.muted().contains(s.id()))
                .content(content)
                .account(account(author))
                .mentions(mentions(viewer, s, page.people()))
                .tags(s.tags().stream()
                        .map(t -> new StatusEntity.Tag(t, baseUrl + "/tags/" + t))
                        .toList())
                .quote(quote)
                .emojis(emojis.in(s.spoilerText(), s.title(), s.source()))
                .poll(page.polls().get(s.id()))
                .mediaAttachments(page.media().getOrDefault(s.id(), List.of()))
                .quoteApproval(quoteApproval(viewer, s))
                .rapport(new StatusEntity.Rapport(
                        s.kind().name().toLowerCase(),
                        s.title(),
                        audience(s, mine),
                        mine
                                ? s.audience().exceptCircles().stream()
                                        .sorted()
                                        .map(c -> "circle:" + c)
                                        .toList()
                                : List.of(),
                        s.replyPolicy().wire(),
                        mine ? AudienceChoice.warnings(s.audience(), author) : List.of(),
                        s.held()))
                .filtered(filtered)
                .build();
    }

    /** The mentioned accounts the viewer may see. */
    private List<StatusEntity.Mention> mentions(int viewer, Status s, Map<Integer, Account> people) {
        List<StatusEntity.Mention> mentions = new ArrayList<>();
        for (int m : s.mentions()) {
            Account a = people.get(m);
            if (a != null && policy.canSeeAccount(viewer, m)) {
                mentions.add(new StatusEntity.Mention(
                        Integer.toString(m), a.handle(), baseUrl + "/@" + a.handle(), a.handle()));
            }
        }
        return mentions;
    }

    /** The audience's grants, sorted; to anyone but the author a circle is only "circle". */
    private static List<String> audience(Status s, boolean mine) {
        List<String> audience = new ArrayList<>();
        for (Grant g : s.audience().grants()) audience.add(mine || g.kind() != Grant.Kind.CIRCLE ? g.wire() : "circle");
        audience.sort(null);
        return audience;
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
        String me = viewer <= 0 ? "unknown" : policy.mayQuote(viewer, s, s.quotePolicy()) ? "automatic" : "denied";
        return new StatusEntity.QuoteApproval(automatic, List.of(), me);
    }

    private StatusEntity reblogEntity(Status r, StatusEntity inner, Map<Integer, Account> people) {
        Account who = people.get(r.accountId());
        String url = baseUrl + "/@" + who.handle() + "/" + r.id();
        return new StatusEntityBuilder()
                .id(Long.toString(r.id()))
                .createdAt(Times.iso(r.createdAt()))
                .spoilerText("")
                .visibility(inner.visibility())
                .uri(url)
                .url(url)
                .favourited(inner.favourited())
                .reblogged(inner.reblogged())
                .bookmarked(inner.bookmarked())
                .muted(inner.muted())
                .content("")
                .reblog(inner)
                .account(account(who))
                .quoteApproval(inner.quoteApproval())
                .rapport(new StatusEntity.Rapport(
                        "reblog",
                        null,
                        inner.rapport().audience(),
                        inner.rapport().audienceExcept(),
                        inner.rapport().replyPolicy(),
                        List.of(),
                        inner.rapport().held()))
                .filtered(inner.filtered())
                .build();
    }

    /**
     * The account as shown on a post. Made from the whole stored row, which is also the key: a row
     * that changed in any way is a different key, so a kept entity is never out of date.
     */
    AccountEntity account(Account a) {
        return shownAccounts.get(a, x -> AccountEntity.of(x, baseUrl, AccountEntity.Counts.NONE));
    }

    /**
     * The history of a post: every version, oldest first (the post itself when never edited), each
     * with the media it carried that the post still carries (`media`: the post's, as the viewer is
     * shown them, by upload id); a version that did not record its media shows the post's.
     */
    List<StatusEntity.Edit> history(
            Status s, Account author, List<StatusStore.Version> versions, Map<Long, Object> media) {
        if (versions.isEmpty()) {
            versions = List.of(new StatusStore.Version(
                    s.title(), s.source(), s.html(), s.spoilerText(), s.sensitive(), s.createdAt(), null));
        }
        List<StatusEntity.Edit> out = new ArrayList<>();
        for (StatusStore.Version v : versions) {
            out.add(new StatusEntity.Edit(
                    v.html(),
                    v.spoilerText(),
                    v.sensitive(),
                    Times.iso(v.createdAt()),
                    account(author),
                    v.mediaIds() == null
                            ? List.copyOf(media.values())
                            : v.mediaIds().stream()
                                    .map(media::get)
                                    .filter(java.util.Objects::nonNull)
                                    .toList(),
                    List.of(),
                    null,
                    v.title()));
        }
        return out;
    }
}
