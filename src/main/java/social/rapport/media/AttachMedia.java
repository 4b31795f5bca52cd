package social.rapport.media;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import social.rapport.audience.AudiencePolicy;
import social.rapport.core.Ids;
import social.rapport.core.Problem;
import social.rapport.processing.MediaKind;
import social.rapport.status.PostMedia;
import social.rapport.status.Status;
import social.rapport.store.Tx;

/**
 * The media of posts, as the posts ask for them: uploads checked and attached in the transaction
 * that writes the post, and shown with it. A post carries up to four images, or one video, GIF or
 * audio file. Media of a post that anyone may see (signed out too) get stable addresses; all others
 * get addresses signed for the viewer they are shown to.
 */
public final class AttachMedia implements PostMedia {
    static final int MAX_IMAGES = 4;

    private final MediaStore store;
    private final MediaViews views;
    private final AudiencePolicy policy;
    private final Clock clock;

    AttachMedia(MediaStore store, MediaViews views, AudiencePolicy policy, Clock clock) {
        this.store = store;
        this.views = views;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public int check(Handle h, int author, List<String> mediaIds) {
        return checked(h, author, 0, mediaIds).size();
    }

    @Override
    public void attach(Tx tx, int author, long statusId, List<String> mediaIds) {
        List<Attachment> media = checked(tx.handle(), author, statusId, mediaIds);
        for (int i = 0; i < media.size(); i++) {
            // Claimed with a guard: an upload taken or cleaned up since the check refuses the post.
            if (!store.attach(tx, media.get(i).id(), author, statusId, i)) {
                throw Problem.invalid("media_ids", "Media " + media.get(i).id() + " is no longer available");
            }
        }
    }

    @Override
    public int edit(Tx tx, int author, long statusId, List<String> mediaIds, List<Attribute> attributes) {
        Handle h = tx.handle();
        List<Attachment> kept;
        if (mediaIds == null) {
            kept = store.ofStatuses(h, List.of(statusId));
        } else {
            kept = checked(h, author, statusId, mediaIds);
            List<Long> ids = kept.stream().map(Attachment::id).toList();
            store.detachOthers(tx, statusId, ids);
            for (int i = 0; i < kept.size(); i++) {
                if (!store.attach(tx, kept.get(i).id(), author, statusId, i)) {
                    throw Problem.invalid("media_ids", "Media " + kept.get(i).id() + " is no longer available");
                }
            }
        }
        Map<Long, Attachment> byId = new HashMap<>();
        for (Attachment a : kept) byId.put(a.id(), a);
        for (Attribute attr : attributes) {
            long id = Ids.parse(attr.id());
            Attachment a = byId.get(id);
            if (a == null) {
                throw Problem.invalid("media_attributes", "Media " + attr.id() + " is not attached to this post");
            }
            String description =
                    attr.description() == null ? a.description() : MediaInput.description(attr.description());
            double[] focus = MediaInput.focus(attr.focus());
            store.describe(
                    tx, id, description, focus == null ? a.focusX() : focus[0], focus == null ? a.focusY() : focus[1]);
        }
        return kept.size();
    }

    /**
     * The uploads named, in order, each the author's own, ready, and free (or already on `statusId`,
     * for an edit), and together what one post may carry. Every refusal is a 422 that names the upload;
     * another's upload is named exactly as an unknown one.
     */
    private List<Attachment> checked(Handle h, int author, long statusId, List<String> raw) {
        if (raw.isEmpty()) return List.of();
        Set<Long> ids = new LinkedHashSet<>();
        for (String r : raw) {
            long id = Ids.parse(r.trim());
            if (id <= 0) throw Problem.invalid("media_ids", "Media not found: " + r);
            if (!ids.add(id)) throw Problem.invalid("media_ids", "Media " + id + " is named twice");
        }
        if (ids.size() > MAX_IMAGES) throw tooMany();
        Map<Long, Attachment> found = new HashMap<>();
        for (Attachment a : store.byIds(h, ids)) found.put(a.id(), a);
        List<Attachment> out = new ArrayList<>();
        for (long id : ids) {
            Attachment a = found.get(id);
            if (a == null || a.accountId() != author) throw Problem.invalid("media_ids", "Media not found: " + id);
            if (a.attached() && a.statusId() != statusId) {
                throw Problem.invalid("media_ids", "Media " + id + " is already attached to another post");
            }
            if (a.state() == Attachment.State.PROCESSING) {
                throw Problem.invalid(
                        "media_ids", "Media " + id + " is still being processed; try again when it is ready");
            }
            if (a.state() == Attachment.State.FAILED) {
                throw Problem.invalid("media_ids", "Media " + id + " could not be processed");
            }
            out.add(a);
        }
        Set<MediaKind> kinds = new HashSet<>();
        for (Attachment a : out) kinds.add(a.kind());
        if (kinds.size() > 1 || (!kinds.contains(MediaKind.IMAGE) && out.size() > 1)) throw tooMany();
        return out;
    }

    private static Problem tooMany() {
        return Problem.invalid(
                "media_ids", "A post may carry up to " + MAX_IMAGES + " images, or one video, GIF or audio file");
    }

    @Override
    public List<Long> attachedIds(Handle h, long statusId) {
        return store.ofStatuses(h, List.of(statusId)).stream()
                .map(Attachment::id)
                .toList();
    }

    @Override
    public Map<Long, Object> shownById(Handle h, int viewer, Status visible) {
        List<Attachment> rows = store.ofStatuses(h, List.of(visible.id()));
        MediaViews.Addressing addressing =
                new MediaViews.Addressing(policy.canSee(0, visible), viewer, MediaSigner.expiryFor(clock.millis()));
        Map<Long, Object> out = new java.util.LinkedHashMap<>();
        for (Attachment a : rows) out.put(a.id(), views.entity(a, addressing));
        return out;
    }

    @Override
    public Map<Long, List<Object>> shown(Handle h, int viewer, Collection<Status> visible) {
        if (visible.isEmpty()) return Map.of();
        Map<Long, Status> posts = new HashMap<>();
        for (Status s : visible) posts.put(s.id(), s);
        List<Attachment> rows = store.ofStatuses(h, posts.keySet());
        if (rows.isEmpty()) return Map.of();
        long expires = MediaSigner.expiryFor(clock.millis());
        Map<Long, MediaViews.Addressing> how = new HashMap<>();
        Map<Long, List<Object>> out = new HashMap<>();
        for (Attachment a : rows) {
            // Stable addresses only for posts a signed-out visitor may see; the policy says which.
            MediaViews.Addressing addressing = how.computeIfAbsent(
                    a.statusId(), id -> new MediaViews.Addressing(policy.canSee(0, posts.get(id)), viewer, expires));
            out.computeIfAbsent(a.statusId(), id -> new ArrayList<>()).add(views.entity(a, addressing));
        }
        return out;
    }
}
