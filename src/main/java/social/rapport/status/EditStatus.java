package social.rapport.status;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import social.rapport.account.AccountStore;
import social.rapport.core.Problem;
import social.rapport.status.poll.Poll;
import social.rapport.status.poll.PollRequest;
import social.rapport.status.poll.PollStore;
import social.rapport.store.Database;
import social.rapport.store.Tx;

/**
 * Edits one's own post: the text, title, content warning and quote policy change, the audience never does.
 * Every version is kept for the history. Someone else's post answers 404, as if it did not exist.
 */
public final class EditStatus {
    /**
     * `quotePolicy` null leaves it as it is; `poll` null leaves the poll as it is. A poll with the same
     * options keeps its votes and its end (only `hide_totals` may change); other options replace it,
     * its votes gone and its time counted again from now, as Mastodon resets votes when options change.
     */
    /**
     * `mediaIds` null leaves the media as they are; a list (empty: none) replaces them, in its order;
     * `mediaAttributes` change the description or focus of media the post keeps.
     */
    public record Request(
            String text,
            String title,
            String spoilerText,
            Boolean sensitive,
            String quotePolicy,
            PollRequest poll,
            List<String> mediaIds,
            List<PostMedia.Attribute> mediaAttributes) {
        public Request {
            mediaIds = mediaIds == null
                    ? null
                    : mediaIds.stream().filter(m -> m != null && !m.isBlank()).toList();
            mediaAttributes = mediaAttributes == null ? List.of() : List.copyOf(mediaAttributes);
        }

        public Request(
                String text,
                String title,
                String spoilerText,
                Boolean sensitive,
                String quotePolicy,
                PollRequest poll) {
            this(text, title, spoilerText, sensitive, quotePolicy, poll, null, List.of());
        }

        public Request(String text, String title, String spoilerText, Boolean sensitive, String quotePolicy) {
            this(text, title, spoilerText, sensitive, quotePolicy, null);
        }

        public Request(String text, String title, String spoilerText, Boolean sensitive) {
            this(text, title, spoilerText, sensitive, null, null);
        }
    }

    private final Database db;
    private final StatusAccess access;
    private final Composer composer;
    private final PollStore polls;
    private final PostMedia media;
    private final GroupPosting groups;

    public EditStatus(
            Database db,
            StatusAccess access,
            AccountStore accounts,
            String baseUrl,
            PollStore polls,
            PostMedia media,
            GroupPosting groups) {
        this.db = db;
        this.groups = groups;
        this.media = media;
        this.polls = polls;
        this.access = access;
        this.composer = new Composer(accounts, baseUrl);
    }

    /** What its author wrote, to fill the edit form: one's own post only, 404 for any other. */
    public record Source(long id, boolean article, String title, String text, String spoilerText) {}

    public Source source(int editor, long id) {
        return db.read(h -> {
            Status s = access.visibleOrNotFound(h, editor, id);
            if (s.accountId() != editor || s.isReblog()) throw Problem.notFound();
            return new Source(s.id(), s.kind() == Status.Kind.ARTICLE, s.title(), s.source(), s.spoilerText());
        });
    }

    public Status edit(int editor, long id, Request r) {
        return db.write(tx -> {
            var h = tx.handle();
            Status s = access.visibleOrNotFound(h, editor, id);
            if (s.accountId() != editor || s.isReblog()) throw Problem.notFound();
            String title = s.kind() == Status.Kind.ARTICLE ? (r.title() == null ? s.title() : r.title()) : null;
            if (s.kind() == Status.Kind.NOTE && r.title() != null) {
                throw Problem.invalid("title", "A short post has no title");
            }
            // The media first: a post left with media may have no text, and a refused upload changes nothing.
            List<Long> mediaBefore = media.attachedIds(h, id);
            int attached = media.edit(tx, editor, id, r.mediaIds(), r.mediaAttributes());
            Composer.Composed c = composer.compose(
                    h, r.text(), title, r.spoilerText() == null ? s.spoilerText() : r.spoilerText(), attached > 0);
            boolean sensitive = (r.sensitive() == null ? s.sensitive() : r.sensitive())
                    || !c.spoilerText().isEmpty();
            StatusStore store = access.store();
            if (store.versions(h, id).isEmpty()) {
                store.insertVersion(
                        tx,
                        id,
                        new StatusStore.Version(
                                s.title(),
                                s.source(),
                                s.html(),
                                s.spoilerText(),
                                s.sensitive(),
                                s.createdAt(),
                                mediaBefore));
            }
            store.insertVersion(
                    tx,
                    id,
                    new StatusStore.Version(
                            c.title(),
                            c.source(),
                            c.html(),
                            c.spoilerText(),
                            sensitive,
                            tx.now(),
                            media.attachedIds(h, id)));
            store.updateText(tx, id, c.title(), c.source(), c.html(), c.spoilerText(), sensitive);
            store.setMentionsAndTags(tx, id, c.mentions(), c.tags());
            if (r.quotePolicy() != null) {
                store.setQuotePolicy(tx, id, PostStatus.quotePolicy(r.quotePolicy(), s.audience()));
            }
            if (r.poll() != null) editPoll(tx, id, editor, r.poll());
            tx.emit(new StatusEvents.Edited(id, editor, List.copyOf(c.mentions())));
            Set<Integer> added = new HashSet<>(c.mentions());
            added.removeAll(s.mentions());
            if (!added.isEmpty()) checkGroupMentions(tx, s, c.mentions());
            for (int m : added) {
                if (m != editor) tx.emit(new StatusEvents.Mentioned(id, editor, m));
            }
            return store.byId(h, id).orElseThrow();
        });
    }

    /**
     * A group's post may not be edited over the limits on mentioning strangers that would have held it
     * when posted (a held post stays held, whatever it mentions): a 422, and nothing changes.
     */
    private void checkGroupMentions(Tx tx, Status s, Set<Integer> mentions) {
        for (social.rapport.audience.Grant g : s.audience().grants()) {
            if (g.kind() == social.rapport.audience.Grant.Kind.GROUP
                    && groups.hold(tx, s.accountId(), g.id())
                    && groups.heldForModerators(tx, s.accountId(), g.id(), s.id(), mentions)) {
                throw Problem.invalid(
                        "status",
                        "Too many mentions of people you have no relationship with for a new member of the group");
            }
        }
    }

    private void editPoll(Tx tx, long id, int editor, PollRequest asked) {
        Poll next = new Poll(
                id,
                editor,
                asked.options(),
                asked.multiple(),
                asked.hideTotals(),
                tx.now() + asked.expiresInSeconds() * 1000L,
                false);
        Optional<Poll> old = polls.byId(tx.handle(), id);
        if (old.isEmpty()) polls.insert(tx, next);
        else if (old.get().options().equals(next.options()) && old.get().multiple() == next.multiple()) {
            polls.setHideTotals(tx, id, next.hideTotals());
        } else polls.replace(tx, next);
    }
}
